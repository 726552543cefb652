using System.Net;
using Microsoft.Extensions.DependencyInjection;
using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Web.Tests.Support;

namespace UppkaCatalog.Web.Tests.Components.Pages.Catalog;

[Collection(DemoAppCollection.Name)]
public sealed class CatalogPagesTests(AppFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Catalogue_lists_products_and_page_2_starts_with_another_product()
    {
        using var client = app.Browser();

        var first = await client.GetStringAsync("/katalog", Ct);
        var second = await client.GetStringAsync("/katalog?halaman=2", Ct);

        var firstProducts = Html.Hrefs(first, "/produk/");
        var secondProducts = Html.Hrefs(second, "/produk/");
        Assert.True(firstProducts.Count >= 8);
        Assert.NotEmpty(secondProducts);
        Assert.NotEqual(firstProducts[0], secondProducts[0]);
        Assert.Empty(firstProducts.Intersect(secondProducts));
        Assert.Contains("/katalog?halaman=2", Html.Hrefs(first, "/katalog?"));
        Assert.Contains("/katalog?halaman=1", Html.Hrefs(second, "/katalog?"));
    }

    [Fact]
    public async Task Catalogue_shows_the_newest_published_product_first()
    {
        var newest = (await app.Services.GetRequiredService<CatalogService>().GetNewestAsync(1, Ct)).Single();
        using var client = app.Browser();

        var html = await client.GetStringAsync("/katalog", Ct);

        Assert.Equal("/produk/" + newest.Slug, Html.Hrefs(html, "/produk/")[0]);
    }

    [Fact]
    public async Task Product_page_shows_the_name_price_and_OpenGraph_title()
    {
        var product = await app.Services.GetRequiredService<CatalogService>().GetPublishedAsync(await DemoProducts.WithPhotoAndWhatsAppAsync(app), Ct);
        Assert.NotNull(product);
        using var client = app.Browser();

        using var response = await client.GetAsync("/produk/" + product.Slug, Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(product.Name, Html.Text(html));
        var ogTitle = Html.MetaProperty(html, "og:title");
        Assert.NotNull(ogTitle);
        Assert.StartsWith(product.Name, ogTitle);
        Assert.Matches(@"Rp \d{1,3}(\.\d{3})*$", ogTitle);
        var ogImage = Html.MetaProperty(html, "og:image");
        Assert.NotNull(ogImage);
        Assert.Matches("^https?://[^/]+/media/p/[0-9a-f]{32}/[0-9]+\\.jpg$", ogImage);
    }

    [Fact]
    public async Task Product_page_links_WhatsApp_with_the_group_number_and_a_prefilled_message()
    {
        var slug = await DemoProducts.WithPhotoAndWhatsAppAsync(app);
        var product = await app.Services.GetRequiredService<CatalogService>().GetPublishedAsync(slug, Ct);
        Assert.NotNull(product?.GroupWhatsApp);
        using var client = app.Browser();

        var html = await client.GetStringAsync("/produk/" + slug, Ct);

        var link = Assert.Single(Html.Hrefs(html, "https://wa.me/"));
        Assert.StartsWith($"https://wa.me/{product.GroupWhatsApp.TrimStart('+')}?text=", link);
        Assert.Contains(product.Name, Uri.UnescapeDataString(link));
    }

    [Fact]
    public async Task Unknown_product_is_404_with_the_not_found_page()
    {
        using var client = app.Browser();

        using var response = await client.GetAsync("/produk/tidak-ada", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Halaman tidak ditemukan", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Unknown_address_is_404_with_the_not_found_page()
    {
        using var client = app.Browser();

        using var response = await client.GetAsync("/tidak/ada/sama/sekali", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Halaman tidak ditemukan", await response.Content.ReadAsStringAsync(Ct));
    }
}
