using Microsoft.Playwright;

namespace UppkaCatalog.BrowserTests.Pages.Exhibitions;

/// <summary><c>/pameran</c>: exhibitions grouped by phase.</summary>
public sealed class ExhibitionsPage(IPage page) : BasePage(page)
{
    public const string Path = "/pameran";

    public ILocator ExhibitionCards => Page.Locator("main article.exhibition-card");

    public Task<IResponse> OpenAsync() => GotoAsync(Path);
}
