using Microsoft.Playwright;

namespace UppkaCatalog.BrowserTests.Pages.Groups;

/// <summary><c>/kelompok/{slug}</c>: a group's storefront.</summary>
public sealed class StorefrontPage(IPage page) : ProductListPage(page)
{
    public static string PathFor(string groupSlug) => "/kelompok/" + groupSlug;

    public ILocator WhatsAppButton => Page.Locator("main a.button--whatsapp");

    /// <summary>"Unduh katalog (PDF)": a plain link to the group's katalog.pdf.</summary>
    public ILocator CatalogueDownload => Page.Locator("main a.store-catalogue-download");

    /// <summary>"Bagikan katalog": wa.me without a number, the PDF's absolute address as the text.</summary>
    public ILocator CatalogueShare => Page.Locator("main a.store-catalogue-share");

    public Task<IResponse> OpenAsync(string groupSlug) => GotoAsync(PathFor(groupSlug));
}
