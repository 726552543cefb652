using Microsoft.Playwright;

namespace UppkaCatalog.BrowserTests.Pages.Staff;

/// <summary>
/// <c>/staf/moderasi/{id}</c> (the staff area, built beside the member area): just enough of it for
/// the member's end-to-end flow — approve a listing.
/// </summary>
public sealed class StaffReviewPage(IPage page) : BasePage(page)
{
    public const string StaffEmail = "staf@uppka.test";

    public static string PathFor(int productId) => $"/staf/moderasi/{productId}";

    public ILocator ApproveButton => Page.Locator("main .decision__approve");

    public ILocator Dialog => Page.Locator(".mud-dialog");

    /// <summary>Approves and confirms in the dialog; waits until staff are back at the queue.</summary>
    public async Task ApproveAsync(int productId)
    {
        await GotoAsync(PathFor(productId));
        // One click once the circuit is live (the area marks it): clicking the prerendered button again and again until
        // a dialog showed could open a second dialog while the first was still opening, and the confirm went to one
        // that was already gone.
        await Page.Locator("nav.staff-nav[data-interactive=true]").WaitForAsync(new() { Timeout = 45_000 });
        var approveText = (await ApproveButton.InnerTextAsync()).Trim();
        await ApproveButton.ClickAsync();
        await Dialog.GetByRole(AriaRole.Button, new() { Name = approveText, Exact = true }).ClickAsync();
        await Page.ArrivedAsync(Arrival.EndsWith("/staf/moderasi"));
    }
}
