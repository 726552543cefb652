using System.Text.RegularExpressions;
using UppkaCatalog.BrowserTests.Pages.Exhibitions;

namespace UppkaCatalog.BrowserTests.Pages.Home;

public sealed class HomePageTests(AppFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task Home_shows_the_ongoing_exhibition_and_newest_products_in_Indonesian()
    {
        var ongoing = await App.OngoingExhibitionAsync();
        var home = new HomePage(await NewPageAsync());

        await home.OpenAsync();

        Assert.Equal("id", await home.LangAsync());
        Assert.Equal(ongoing.Title, (await home.FeaturedExhibitionTitle.InnerTextAsync()).Trim());
        Assert.Equal(HallPage.PathFor(ongoing.Slug), await home.FeaturedExhibitionTitle.Locator("a").GetAttributeAsync("href"));

        var cards = await home.ProductCards.CountAsync();
        Assert.True(cards >= 8, $"expected at least 8 product cards on the home page, found {cards}");
        foreach (var price in await home.PricesAsync())
        {
            // Indonesian rupiah: "Rp 25.000" (NBSP or space after Rp, dots for thousands), never "¤" or "IDR".
            Assert.Matches(new Regex(@"^Rp\s?\d{1,3}(\.\d{3})*\b"), price.Trim());
        }
    }
}
