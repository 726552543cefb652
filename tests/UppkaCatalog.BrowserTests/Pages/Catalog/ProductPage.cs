using Microsoft.Playwright;

namespace UppkaCatalog.BrowserTests.Pages.Catalog;

/// <summary><c>/produk/{slug}</c>: one product.</summary>
public sealed class ProductPage(IPage page) : BasePage(page)
{
    public ILocator Price => Page.Locator("main .product-info__price");

    public Task<IResponse> OpenAsync(string href) => GotoAsync(href);
}
