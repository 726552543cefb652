using Microsoft.Playwright;

namespace UppkaCatalog.BrowserTests.Pages.Exhibitions;

/// <summary>
/// The booth's inquiry form as a buyer uses it: on the booth page (<c>#tanya</c>) or on its own at
/// <c>/pameran/{slug}/stan/{group}/tanya</c>, where the form posts.
/// </summary>
public sealed class BoothInquiryFormPage(IPage page) : BasePage(page)
{
    public static string PathFor(string exhibitionSlug, string groupSlug) => $"/pameran/{exhibitionSlug}/stan/{groupSlug}/tanya";

    public ILocator Form => Page.Locator("main #tanya form");

    public ILocator Name => Form.GetByLabel("Nama Anda");

    public ILocator Phone => Form.GetByLabel("Nomor WhatsApp");

    public ILocator Quantity => Form.GetByLabel("Jumlah (tidak wajib)");

    public ILocator Message => Form.GetByLabel("Pesan", new() { Exact = true });

    public ILocator Send => Form.Locator("button[type=submit]");

    public ILocator Sent => Page.Locator("main .booth-inquiry__sent[role=status]");

    public ILocator FieldErrors => Form.Locator(".field__error");

    public Task<IResponse> OpenAsync(string exhibitionSlug, string groupSlug) => GotoAsync(PathFor(exhibitionSlug, groupSlug));

    /// <summary>Fills the form and sends it; returns the server's answer to the POST (a redirect when accepted).</summary>
    public async Task<IResponse> SendAsync(string name, string phone, string? quantity, string message)
    {
        await Name.FillAsync(name);
        await Phone.FillAsync(phone);
        await Quantity.FillAsync(quantity ?? "");
        await Message.FillAsync(message);
        return await Page.RunAndWaitForResponseAsync(() => Send.ClickAsync(), r => r.Request.Method == "POST");
    }
}
