namespace UppkaCatalog.Web.Components.Pages.Catalog;

/// <summary>The addresses of a product page and of its inquiry target (as every helper links to them).</summary>
public static class ProductPaths
{
    public static string Product(string slug) => "/produk/" + Uri.EscapeDataString(slug);

    /// <summary>Where the product's inquiry form posts (and, as a GET, the form on a page of its own).</summary>
    public static string Inquiry(string slug) => Product(slug) + "/tanya";
}
