namespace UppkaCatalog.Tests.Shared;

/// <summary>Paths in the repository, found from the test's output folder (linked into every test project).</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> RootLazy = new(FindRoot);

    /// <summary>The folder holding <c>UppkaCatalog.sln</c>.</summary>
    public static string Root => RootLazy.Value;

    /// <summary>The demo photos named in the embedded demo data.</summary>
    public static string DemoPhotos => Path.Combine(Root, "wwwroot-assets", "demo");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "UppkaCatalog.sln"))) return dir.FullName;
        }

        throw new InvalidOperationException($"UppkaCatalog.sln not found above {AppContext.BaseDirectory}.");
    }
}
