using Microsoft.Playwright;

namespace UppkaCatalog.BrowserTests.Pages;

/// <summary><c>/pameran/{slug}</c>: an exhibition's halls and their booths.</summary>
public sealed class HallPage(IPage page) : BasePage(page)
{
    public static string PathFor(string exhibitionSlug) => $"/pameran/{exhibitionSlug}";

    public ILocator Halls => Page.Locator("main section.hall");

    public ILocator BoothLinks => Page.Locator("main .booth-tile a.booth-tile__name");

    public Task<IResponse> OpenAsync(string exhibitionSlug) => GotoAsync(PathFor(exhibitionSlug));

    public async Task<string> FirstBoothHrefAsync() =>
        await BoothLinks.First.GetAttributeAsync("href")
        ?? throw new InvalidOperationException("The hall page lists no booth link.");
}
