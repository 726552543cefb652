using Microsoft.Playwright;

namespace UppkaCatalog.BrowserTests.Pages.Catalog;

/// <summary>A buyer searching the catalogue on a phone, and how the search page looks and reads.</summary>
public sealed class CatalogSearchTests(AppFixture app) : BrowserTest(app)
{
    private const string Query = "q=keri&kategori=kue-camilan";

    [Fact]
    public async Task A_buyer_searches_filters_by_category_and_opens_a_product()
    {
        var catalog = new CatalogPage(await NewPageAsync(360));
        await catalog.OpenAsync();

        await catalog.SearchAsync("keri");
        Assert.True(await catalog.ProductCards.CountAsync() > 0, "searching \"keri\" found nothing");
        Assert.Contains("“keri”", await catalog.ResultCount.InnerTextAsync());
        Assert.Contains(await catalog.ProductNamesAsync(), name => name.Contains("Keripik", StringComparison.OrdinalIgnoreCase));
        var unfiltered = await catalog.ProductCards.CountAsync();

        await catalog.FilterByCategoryAsync("Kue & Camilan");
        Assert.Contains("kategori=kue-camilan", catalog.Page.Url);
        Assert.Contains("q=keri", catalog.Page.Url);
        var names = await catalog.ProductNamesAsync();
        Assert.NotEmpty(names);
        Assert.True(names.Count <= unfiltered);
        Assert.Equal("keri", await catalog.SearchBox.InputValueAsync());

        var chosen = names[0];
        await catalog.OpenFirstProductAsync();
        await Assertions.Expect(new ProductPage(catalog.Page).Heading).ToHaveTextAsync(chosen);
    }

    [Theory]
    [InlineData(360, false)]
    [InlineData(1280, true)]
    public async Task Without_a_filter_the_filters_fold_on_a_phone_and_stand_beside_the_results_on_a_wide_screen(int width, bool shown)
    {
        var catalog = new CatalogPage(await NewPageAsync(width));
        await catalog.OpenAsync("q=keri");

        Assert.Equal(shown, await catalog.CategorySelect.IsVisibleAsync());
        if (shown) return;
        await catalog.FiltersToggle.ClickAsync();
        Assert.True(await catalog.CategorySelect.IsVisibleAsync());
    }

    [Fact]
    public async Task Search_results_have_no_serious_or_critical_axe_violations()
    {
        var catalog = new CatalogPage(await NewPageAsync());
        await catalog.OpenAsync(Query);

        await LookChecks.AssertAxeCleanAsync(catalog.Page);
    }

    [Theory]
    [InlineData(360)]
    [InlineData(1280)]
    public async Task Search_results_screenshot_without_horizontal_overflow(int width)
    {
        var catalog = new CatalogPage(await NewPageAsync(width));
        await catalog.OpenAsync(Query);
        // A filter is set, so the block is open on a phone too: the widest part of the page there.
        var file = App.ScreenshotPath($"katalog-cari-{width}");
        await catalog.ScreenshotAsync(file);

        Assert.True(await catalog.ProductCards.CountAsync() > 0);
        Assert.True(await catalog.CategorySelect.IsVisibleAsync(), "the filters are not visible");
        await LookChecks.AssertFitsAsync(catalog, width, file);
    }
}
