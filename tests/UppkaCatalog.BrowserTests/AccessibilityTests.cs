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
    [InlineData("program")]
    [InlineData("programmitra")]
    public async Task Page_has_no_serious_or_critical_axe_violations(string name)
    {
        var path = await PathOfAsync(name);
        var page = new PublicPage(await NewPageAsync());
        await page.OpenAsync(path);

        await LookChecks.AssertAxeCleanAsync(page.Page);
    }
}
