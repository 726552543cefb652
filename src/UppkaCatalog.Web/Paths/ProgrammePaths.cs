namespace UppkaCatalog.Web.Paths;

/// <summary>Partner programmes' public pages.</summary>
public static class ProgrammePaths
{
    /// <summary>The list of open programmes, and prefix of every programme page (output-cache rules match on it).</summary>
    public const string List = "/program";

    public static string Programme(string slug) => List + "/" + SitePath.Escape(slug);
}
