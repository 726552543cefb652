namespace UppkaCatalog.Web.Paths;

/// <summary>The addresses of a product page and of its inquiry target (as every helper links to them).</summary>
public static class ProductPaths
{
    /// <summary>Prefix of every product page (output-cache rules match on it).</summary>
    public const string Root = "/produk";

    public static string Product(string slug) => Root + "/" + SitePath.Escape(slug);

    /// <summary>A product reached from a booth: the page shows the booth's price and links back to it.</summary>
    public static string FromBooth(string slug, int boothId) => Product(slug) + "?stan=" + SitePath.Id(boothId);

    /// <summary>Where the product's inquiry form posts (and, as a GET, the form on a page of its own).</summary>
    public static string Inquiry(string slug) => Product(slug) + "/tanya";
}
