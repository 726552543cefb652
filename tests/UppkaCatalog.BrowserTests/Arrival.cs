using System.Diagnostics;
using Microsoft.Playwright;

namespace UppkaCatalog.BrowserTests;

/// <summary>Waits for a click's or a post's navigation to reach an address, and no longer.</summary>
public static class Arrival
{
    /// <summary>
    /// Returns once the page's address matches. Polls <see cref="IPage.Url"/> (which Playwright keeps current from the
    /// browser's navigation events whether anyone waits or not) instead of waiting for a navigation event: an event
    /// that arrives between "does the address match yet?" and the waiter being attached is never seen again, and
    /// <c>WaitForURLAsync</c> then waits its whole time-out (seen: a link from the member area to the static catalogue,
    /// 45 s "waiting for navigation", and before that post-redirect-gets whose load event never reached Playwright).
    /// The tests read what they need with auto-waiting locators next.
    /// </summary>
    public static async Task ArrivedAsync(this IPage page, Func<string, bool> address, float timeoutMs = 45_000)
    {
        var waited = Stopwatch.StartNew();
        while (!address(page.Url))
        {
            if (waited.ElapsedMilliseconds > timeoutMs)
                throw new TimeoutException($"after {timeoutMs / 1000:0} s the page is still at {page.Url}");
            await Task.Delay(25);
        }
    }

    /// <summary>Whether an address's path (and query and fragment, when given) ends as expected.</summary>
    public static Func<string, bool> EndsWith(string end) => url => url.EndsWith(end, StringComparison.Ordinal);
}
