namespace UppkaCatalog.Web.Paths;

/// <summary>A group's public storefront.</summary>
public static class GroupPaths
{
    /// <summary>Prefix of every storefront (output-cache rules match on it).</summary>
    public const string Root = "/kelompok";

    public static string Storefront(string slug) => Root + "/" + SitePath.Escape(slug);

    /// <summary>The group's catalogue as a PDF (made from what the storefront shows).</summary>
    public static string Catalogue(string slug) => Storefront(slug) + "/katalog.pdf";

    /// <summary>
    /// "Bagikan katalog": WhatsApp's share link without a number (the sender picks the chat), its text the catalogue's
    /// absolute address, after <paramref name="message"/> when given. The storefront and <c>/kelola</c> both use it.
    /// </summary>
    public static string CatalogueShare(string absoluteCatalogueUrl, string? message = null) =>
        "https://wa.me/?text=" + Uri.EscapeDataString(string.IsNullOrEmpty(message) ? absoluteCatalogueUrl : message + " " + absoluteCatalogueUrl);
}
