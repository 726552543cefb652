using Microsoft.Playwright;

namespace UppkaCatalog.BrowserTests.Pages.Manage;

/// <summary><c>/kelola/pertanyaan</c>: the group's inquiries, new ones first, each with a handle/reopen button.</summary>
public sealed class InquiriesPage(IPage page) : MemberPage(page)
{
    public const string Path = "/kelola/pertanyaan";

    public ILocator Cards => Page.Locator("main article.inquiry-card");

    public ILocator CardFrom(string buyerName) =>
        Cards.Filter(new() { Has = Page.Locator(".inquiry-card__name", new() { HasTextString = buyerName }) });

    public ILocator NavLink => Page.Locator("nav.manage-nav a[href='/kelola/pertanyaan']");

    public Task OpenAsync(string? status = null) => OpenPathAsync(status is null ? Path : $"{Path}?status={status}");

    /// <summary>Presses "Tandai sudah ditangani" on the buyer's inquiry and waits for it to leave the list of new ones.</summary>
    public async Task MarkHandledAsync(string buyerName)
    {
        var card = CardFrom(buyerName);
        await card.GetByRole(AriaRole.Button, new() { Name = "Tandai sudah ditangani" }).ClickAsync();
        await card.WaitForAsync(new() { State = WaitForSelectorState.Detached });
    }
}
