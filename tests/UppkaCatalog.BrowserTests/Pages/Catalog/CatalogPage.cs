using Microsoft.Playwright;

namespace UppkaCatalog.BrowserTests.Pages.Catalog;

/// <summary><c>/katalog</c>: search box, the folded "Filter &amp; urutkan" block, result count, product cards, pages.</summary>
public sealed class CatalogPage(IPage page) : ProductListPage(page)
{
    public const string Path = "/katalog";

    public ILocator SearchBox => Page.Locator("main form[role=search] input[name=q]");

    public ILocator SearchButton => Page.Locator("main form[role=search] button[type=submit]");

    /// <summary>The filter block: a &lt;details&gt; on phones, a column beside the results on wide screens.</summary>
    public ILocator Filters => Page.Locator("main details.filters");

    public ILocator FiltersToggle => Filters.Locator("summary");

    public ILocator CategorySelect => Filters.Locator("select[name=kategori]");

    public ILocator ApplyFiltersButton => Filters.Locator("button[type=submit]");

    public ILocator ResultCount => Page.Locator("main .catalog__count");

    public Task<IResponse> OpenAsync(string? query = null) => GotoAsync(query is null ? Path : $"{Path}?{query}");

    /// <summary>Types the words and presses Enter, as a buyer does (a plain GET form: a full page load).</summary>
    public async Task SearchAsync(string words)
    {
        await SearchBox.FillAsync(words);
        await Task.WhenAll(Page.WaitForURLAsync($"**{Path}?q={Uri.EscapeDataString(words)}*"), SearchBox.PressAsync("Enter"));
    }

    /// <summary>Opens the filter block if it is folded, picks the category by its label and applies.</summary>
    public async Task FilterByCategoryAsync(string label)
    {
        if (!await CategorySelect.IsVisibleAsync()) await FiltersToggle.ClickAsync();
        await CategorySelect.SelectOptionAsync(new SelectOptionValue { Label = label });
        await Task.WhenAll(Page.WaitForURLAsync("**kategori=*"), ApplyFiltersButton.ClickAsync());
    }

    /// <summary>Clicks the first card's link and waits for the product page.</summary>
    public async Task OpenFirstProductAsync()
    {
        await ProductCards.First.Locator("a.product-card__link").ClickAsync();
        await Page.WaitForURLAsync("**/produk/**");
    }
}
