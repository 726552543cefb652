using Microsoft.Playwright;

namespace UppkaCatalog.BrowserTests.Pages;

/// <summary>Any public page, by path: for checks that are the same on every page (accessibility, layout).</summary>
public sealed class PublicPage(IPage page) : BasePage(page)
{
    public Task<IResponse> OpenAsync(string path) => GotoAsync(path);
}
