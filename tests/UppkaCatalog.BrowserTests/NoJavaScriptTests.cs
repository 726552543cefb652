using UppkaCatalog.BrowserTests.Pages.Catalog;
using UppkaCatalog.BrowserTests.Pages.Home;


namespace UppkaCatalog.BrowserTests;

/// <summary>Buyers on cheap phones and bad connections: the public pages work without JavaScript.</summary>
public sealed class NoJavaScriptTests(AppFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task Home_shows_products_without_JavaScript()
    {
        var ongoing = await App.OngoingExhibitionAsync();
        var home = new HomePage(await NewPageAsync(javaScript: false));
        await home.OpenAsync();

        Assert.True(await home.ProductCards.CountAsync() >= 8, "the home page shows fewer than 8 products without JavaScript");
        Assert.True(await home.ProductCards.First.IsVisibleAsync(), "the home page's products are not visible without JavaScript");
        Assert.Equal(ongoing.Title, (await home.FeaturedExhibitionTitle.InnerTextAsync()).Trim());
    }

    [Fact]
    public async Task Catalogue_shows_products_without_JavaScript()
    {
        var catalog = new CatalogPage(await NewPageAsync(javaScript: false));
        await catalog.OpenAsync();

        Assert.True(await catalog.ProductCards.CountAsync() >= 1, "the catalogue shows no product without JavaScript");
        Assert.True(await catalog.ProductCards.First.IsVisibleAsync(), "the catalogue's products are not visible without JavaScript");
        Assert.StartsWith("Rp", (await catalog.PricesAsync())[0], StringComparison.Ordinal);
    }
}
