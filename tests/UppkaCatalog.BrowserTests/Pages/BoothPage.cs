using Microsoft.Playwright;

namespace UppkaCatalog.BrowserTests.Pages;

/// <summary><c>/pameran/{slug}/stan/{groupSlug}</c>: one group's booth with its featured products.</summary>
public sealed class BoothPage(IPage page) : ProductListPage(page)
{
    public Task<IResponse> OpenAsync(string href) => GotoAsync(href);
}
