using Microsoft.Playwright;

namespace UppkaCatalog.BrowserTests.Pages.Exhibitions;

/// <summary><c>/pameran/{slug}</c>: an exhibition's halls and their booths, with a GET filter form.</summary>
public sealed class HallPage(IPage page) : BasePage(page)
{
    public static string PathFor(string exhibitionSlug) => $"/pameran/{exhibitionSlug}";

    public ILocator Halls => Page.Locator("main section.hall");

    /// <summary>Each booth tile is one link to the booth page.</summary>
    public ILocator BoothLinks => Page.Locator("main a.booth-card");

    public ILocator BoothNames => BoothLinks.Locator(".booth-card__name");

    public ILocator BoothRegencies => BoothLinks.Locator(".booth-card__regency");

    public ILocator StatusNote => Page.Locator("main .status-note");

    public ILocator RegencySelect => Page.Locator("main form.hall-filter select[name=wilayah]");

    public ILocator ApplyFilter => Page.Locator("main form.hall-filter button[type=submit]");

    public ILocator ShownCount => Page.Locator("main .hall-count");

    public Task<IResponse> OpenAsync(string exhibitionSlug) => GotoAsync(PathFor(exhibitionSlug));

    public async Task<string> FirstBoothHrefAsync() =>
        await BoothLinks.First.GetAttributeAsync("href")
        ?? throw new InvalidOperationException("The hall page lists no booth link.");

    /// <summary>Chooses a regency by its visible name and submits the filter form (a plain GET: a full page load).</summary>
    public async Task FilterByRegencyAsync(string regencyName)
    {
        await RegencySelect.SelectOptionAsync(new SelectOptionValue { Label = regencyName });
        await ApplyFilter.ClickAsync();
        await Page.WaitForURLAsync(url => url.Contains("wilayah=", StringComparison.Ordinal));
        await Page.WaitForLoadStateAsync();
    }
}
