using System.Text;
using Deque.AxeCore.Playwright;
using UppkaCatalog.BrowserTests.Pages;

namespace UppkaCatalog.BrowserTests;

public sealed class AccessibilityTests(AppFixture app) : BrowserTest(app)
{
    [Theory]
    [InlineData("home")]
    [InlineData("katalog")]
    [InlineData("produk")]
    [InlineData("pameran")]
    [InlineData("aula")]
    [InlineData("stan")]
    public async Task Page_has_no_serious_or_critical_axe_violations(string name)
    {
        var path = await PathOfAsync(name);
        var page = new PublicPage(await NewPageAsync());
        await page.OpenAsync(path);

        var result = await page.Page.RunAxe();

        var blocking = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        var report = new StringBuilder();
        foreach (var v in result.Violations)
        {
            report.AppendLine($"- {v.Id} [{v.Impact}] {v.Help}");
            foreach (var node in v.Nodes)
            {
                report.AppendLine($"    {node.Target}  {Shorten(node.Html)}");
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"axe on {path}: {result.Violations.Length} violation(s)\n{report}");
        Assert.True(blocking.Count == 0, $"axe found {blocking.Count} serious/critical violation(s) on {path}:\n{report}");
    }

    private static string Shorten(string? html) =>
        html is null ? "" : html.Length <= 160 ? html : html[..160] + "…";
}
