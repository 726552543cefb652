using Microsoft.Playwright;

namespace UppkaCatalog.BrowserTests.Pages.Catalog;

/// <summary><c>/produk/{slug}</c> as a buyer uses it: the gallery, the WhatsApp button and the inquiry form.</summary>
public sealed class ProductInquiryPage(IPage page) : BasePage(page)
{
    public ILocator GallerySlides => Page.Locator("main .gallery__slide");

    public ILocator WhatsAppButton => Page.Locator("main a.button--whatsapp");

    public ILocator GroupLink => Page.Locator("main .maker__name a");

    public ILocator Name => Page.GetByLabel("Nama Anda");

    public ILocator Phone => Page.GetByLabel("Nomor WhatsApp");

    public ILocator Quantity => Page.GetByLabel("Jumlah (tidak wajib)");

    public ILocator Message => Page.GetByLabel("Pesan", new() { Exact = true });

    public ILocator Send => Page.Locator("main #tanya button[type=submit]");

    public ILocator Sent => Page.Locator("main .inquiry-sent[role=status]");

    public ILocator FieldErrors => Page.Locator("main #tanya .field__error");

    public ILocator RelatedCards => Page.Locator("main .product-grid article.product-card");

    public Task<IResponse> OpenAsync(string path) => GotoAsync(path);

    public async Task<string> CanonicalAsync() =>
        await Page.Locator("link[rel=canonical]").GetAttributeAsync("href") ?? throw new InvalidOperationException("no canonical link");

    public async Task<string> WhatsAppHrefAsync() =>
        await WhatsAppButton.GetAttributeAsync("href") ?? throw new InvalidOperationException("the WhatsApp button has no link");

    /// <summary>
    /// Fills the inquiry form and sends it; waits for the server's answer to the POST. Then wait for what
    /// should show (<see cref="Sent"/> or <see cref="FieldErrors"/>): locators wait for the new page.
    /// </summary>
    public async Task SendInquiryAsync(string name, string phone, string? quantity, string message)
    {
        await Name.FillAsync(name);
        await Phone.FillAsync(phone);
        await Quantity.FillAsync(quantity ?? "");
        await Message.FillAsync(message);
        await Page.RunAndWaitForResponseAsync(() => Send.ClickAsync(), r => r.Request.Method == "POST");
    }
}
