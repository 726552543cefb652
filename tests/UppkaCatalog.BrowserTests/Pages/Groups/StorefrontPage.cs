using Microsoft.Playwright;

namespace UppkaCatalog.BrowserTests.Pages.Groups;

/// <summary><c>/kelompok/{slug}</c>: a group's storefront.</summary>
public sealed class StorefrontPage(IPage page) : ProductListPage(page)
{
    public static string PathFor(string groupSlug) => "/kelompok/" + groupSlug;

    public ILocator WhatsAppButton => Page.Locator("main a.button--whatsapp");

    public Task<IResponse> OpenAsync(string groupSlug) => GotoAsync(PathFor(groupSlug));
}
