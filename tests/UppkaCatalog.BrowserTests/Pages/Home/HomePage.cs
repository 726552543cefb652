using Microsoft.Playwright;

namespace UppkaCatalog.BrowserTests.Pages.Home;

/// <summary><c>/</c>: hero, the featured (ongoing or upcoming) exhibition, the newest products, categories.</summary>
public sealed class HomePage(IPage page) : ProductListPage(page)
{
    public const string Path = "/";

    public ILocator FeaturedExhibition => Page.Locator("main section[aria-labelledby='pameran-utama']");

    public ILocator FeaturedExhibitionTitle => FeaturedExhibition.Locator(".exhibition-card__title");

    public Task<IResponse> OpenAsync() => GotoAsync(Path);
}
