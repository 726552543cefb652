using Microsoft.Playwright;

namespace UppkaCatalog.BrowserTests.Pages.Manage;

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
        var approveText = (await ApproveButton.InnerTextAsync()).Trim();
        // The page has no "interactive now" marker: a click on the prerendered button does nothing, so try until the dialog opens.
        for (var attempt = 0; attempt < 20 && !await Dialog.IsVisibleAsync(); attempt++)
        {
            await ApproveButton.ClickAsync();
            try
            {
                await Dialog.WaitForAsync(new() { Timeout = 1_000 });
            }
            catch (TimeoutException)
            {
                // Not interactive yet.
            }
        }

        await Dialog.GetByRole(AriaRole.Button, new() { Name = approveText, Exact = true }).ClickAsync();
        await Page.WaitForURLAsync(url => url.EndsWith("/staf/moderasi", StringComparison.Ordinal), new() { Timeout = 45_000, WaitUntil = WaitUntilState.Commit });
    }
}
