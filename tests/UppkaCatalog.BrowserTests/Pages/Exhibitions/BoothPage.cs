using Microsoft.Playwright;

namespace UppkaCatalog.BrowserTests.Pages.Exhibitions;

/// <summary><c>/pameran/{slug}/stan/{groupSlug}</c>: one group's booth with its featured products.</summary>
public sealed class BoothPage(IPage page) : ProductListPage(page)
{
    /// <summary>Exhibition prices (shown beside the struck-through normal price).</summary>
    public ILocator ExhibitionPrices => ProductCards.Locator(".price-special");

    public ILocator NormalPrices => ProductCards.Locator("s.price-was");

    public ILocator WhatsAppButton => Page.Locator("main a.button--whatsapp");

    /// <summary>Where the inquiry form goes.</summary>
    public ILocator InquirySection => Page.Locator("main section#tanya");

    public Task<IResponse> OpenAsync(string href) => GotoAsync(href);
}
