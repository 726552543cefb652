using UppkaCatalog.BrowserTests.Pages.Catalog;
using UppkaCatalog.BrowserTests.Pages.Home;


namespace UppkaCatalog.BrowserTests;

public sealed class LanguageTests(AppFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task Language_switch_goes_to_English_and_back()
    {
        var catalog = new CatalogPage(await NewPageAsync());
        await catalog.OpenAsync();
        Assert.Equal("id", await catalog.LangAsync());
        var indonesianHeading = (await catalog.Heading.InnerTextAsync()).Trim();
        Assert.Equal("English", (await catalog.LanguageSwitch.InnerTextAsync()).Trim());

        await catalog.Page.Locator("header").GetByText("English", new() { Exact = true }).ClickAsync();
        await catalog.Page.WaitForFunctionAsync("() => document.documentElement.lang === 'en'");

        Assert.Equal("en", await catalog.LangAsync());
        Assert.EndsWith(CatalogPage.Path, new Uri(catalog.Page.Url).AbsolutePath, StringComparison.Ordinal);
        Assert.NotEqual(indonesianHeading, (await catalog.Heading.InnerTextAsync()).Trim());
        // The choice sticks (cookie) on the next page.
        await catalog.GotoAsync(HomePage.Path);
        Assert.Equal("en", await catalog.LangAsync());

        await catalog.LanguageSwitch.ClickAsync();
        await catalog.Page.WaitForFunctionAsync("() => document.documentElement.lang === 'id'");
        Assert.Equal("id", await catalog.LangAsync());
        Assert.Equal("English", (await catalog.LanguageSwitch.InnerTextAsync()).Trim());
    }
}
