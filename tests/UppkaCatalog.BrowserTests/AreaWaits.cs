using Microsoft.Playwright;

namespace UppkaCatalog.BrowserTests;

/// <summary>Waits in the interactive member and staff areas that fail with what the page showed, not only "timeout".</summary>
public static class AreaWaits
{
    /// <summary>
    /// Waits for an action's navigation (a save, a decision) to reach a matching address. On timeout it throws with
    /// the page's alerts, field errors, snackbars and the circuit's reconnect dialog, so a failure in CI says why.
    /// </summary>
    public static async Task ForAddressAsync(IPage page, Func<string, bool> address, string what, float timeoutMs = 60_000)
    {
        try
        {
            // Through Arrival: an address that already matches (a save's enhanced navigation often lands before this
            // runs) must not wait for a load event, which a same-document navigation never has.
            await page.ArrivedAsync(address, timeoutMs);
        }
        catch (TimeoutException e)
        {
            var shown = await page.Locator("main .mud-alert, main .mud-input-error, .mud-snackbar, #components-reconnect-modal")
                .AllInnerTextsAsync();
            throw new TimeoutException($"{what} did not navigate within {timeoutMs / 1000:0} s (still at {page.Url}); "
                + $"the page showed: [{string.Join(" | ", shown.Select(t => t.Trim()).Where(t => t.Length > 0))}]", e);
        }
    }
}
