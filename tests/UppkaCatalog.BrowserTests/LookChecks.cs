using System.Text;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using UppkaCatalog.BrowserTests.Pages;

namespace UppkaCatalog.BrowserTests;

/// <summary>The checks every "looks right" test makes: axe on the page as it is now, and nothing wider than the phone.</summary>
public static class LookChecks
{
    /// <summary>
    /// Runs axe and fails on serious or critical violations (on any violation when <paramref name="anyImpact"/>),
    /// listing each with its elements; the full list goes to the test output either way.
    /// </summary>
    public static async Task AssertAxeCleanAsync(IPage page, bool anyImpact = false)
    {
        var result = await page.RunAxe();
        var report = new StringBuilder();
        foreach (var v in result.Violations)
        {
            report.AppendLine($"- {v.Id} [{v.Impact}] {v.Help}");
            foreach (var node in v.Nodes) report.AppendLine($"    {node.Target}  {Shorten(node.Html)}");
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"axe on {page.Url}: {result.Violations.Length} violation(s)\n{report}");
        var failing = result.Violations.Count(v => anyImpact || v.Impact is "serious" or "critical");
        Assert.True(failing == 0,
            $"axe found {failing} {(anyImpact ? "" : "serious/critical ")}violation(s) on {page.Url}:\n{report}");
    }

    /// <summary>
    /// The page does not scroll sideways at <paramref name="width"/> and (unless <paramref name="insideMain"/> is false)
    /// no element sticks out of &lt;main&gt;; <paramref name="screenshot"/> is named in the message.
    /// </summary>
    public static async Task AssertFitsAsync(BasePage view, int width, string screenshot, bool insideMain = true)
    {
        var scrollWidth = await view.ScrollWidthAsync();
        Assert.True(scrollWidth <= width, $"{view.Page.Url} at {width}px is {scrollWidth}px wide (horizontal scrolling); see {screenshot}");
        if (!insideMain) return;
        var wide = await view.ElementsWiderThanMainAsync();
        Assert.True(wide.Length == 0, $"{view.Page.Url} at {width}px: content sticks out of <main> (see {screenshot}):\n  {string.Join("\n  ", wide)}");
    }

    private static string Shorten(string? html) =>
        html is null ? "" : html.Length <= 160 ? html : html[..160] + "…";
}
