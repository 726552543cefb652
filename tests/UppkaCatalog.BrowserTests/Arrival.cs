using Microsoft.Playwright;

namespace UppkaCatalog.BrowserTests;

/// <summary>Waits for a click's or a post's navigation to reach an address, and no longer.</summary>
public static class Arrival
{
    /// <summary>
    /// Returns once the page's address matches (the new document committed). A click already waits for the navigation it
    /// started to commit, so the address often matches at once; Playwright's <c>WaitForURLAsync</c> then waits for the
    /// load event whatever <c>WaitUntil</c> says (Commit maps to Load), and after a post-redirect-get that load event
    /// three times never reached Playwright within 15–60 s although its network-idle event did and the app logged no
    /// slow request. The tests read what they need with auto-waiting locators next.
    /// </summary>
    public static Task ArrivedAsync(this IPage page, Func<string, bool> address, float timeoutMs = 45_000) =>
        address(page.Url)
            ? Task.CompletedTask
            : page.WaitForURLAsync(address, new() { WaitUntil = WaitUntilState.Commit, Timeout = timeoutMs });

    /// <summary>Whether an address's path (and query and fragment, when given) ends as expected.</summary>
    public static Func<string, bool> EndsWith(string end) => url => url.EndsWith(end, StringComparison.Ordinal);
}
