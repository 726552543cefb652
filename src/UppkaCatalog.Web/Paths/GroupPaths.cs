namespace UppkaCatalog.Web.Paths;

/// <summary>A group's public storefront.</summary>
public static class GroupPaths
{
    /// <summary>Prefix of every storefront (output-cache rules match on it).</summary>
    public const string Root = "/kelompok";

    public static string Storefront(string slug) => Root + "/" + SitePath.Escape(slug);

    /// <summary>The group's catalogue as a PDF (made from what the storefront shows).</summary>
    public static string Catalogue(string slug) => Storefront(slug) + "/katalog.pdf";
}
