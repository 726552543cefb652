namespace UppkaCatalog.Core.Seeding;

/// <summary>Configuration section <c>Seed</c>.</summary>
public sealed class SeedOptions
{
    public const string Section = "Seed";

    /// <summary>Fill an empty database with demo groups, products, exhibitions and accounts. On in Development only.</summary>
    public bool Demo { get; set; }

    /// <summary>Password of every demo account.</summary>
    public string DemoPassword { get; set; } = "Demo-UPPKA-2026";

    /// <summary>Folder holding the demo photos named in the demo data; default <c>demo-photos/</c> in the app's output folder, copied there from <c>wwwroot-assets/demo</c>.</summary>
    public string? PhotoFolder { get; set; }

    /// <summary>
    /// The folder of the demo's files: <see cref="PhotoFolder"/>, or <c>demo-photos/</c> beside the binaries. Beside the
    /// photos it holds the demo registry (<see cref="DemoRegistryFile"/>) that staff can import in the demo.
    /// </summary>
    public string DemoFolder => PhotoFolder ?? Path.Combine(AppContext.BaseDirectory, "demo-photos");

    /// <summary>The generated registry of 574 groups (<c>wwwroot-assets/demo/registri-uppka-jambi.csv</c>).</summary>
    public string DemoRegistryFile => Path.Combine(DemoFolder, "registri-uppka-jambi.csv");
}
