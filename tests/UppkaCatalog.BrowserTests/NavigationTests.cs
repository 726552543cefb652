using Microsoft.Playwright;
using UppkaCatalog.BrowserTests.Pages.Catalog;
using UppkaCatalog.BrowserTests.Pages.Exhibitions;
using UppkaCatalog.BrowserTests.Pages.Home;
using UppkaCatalog.BrowserTests.Pages.Manage;

namespace UppkaCatalog.BrowserTests;

public sealed class NavigationTests(AppFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task Every_main_navigation_link_leads_to_a_page()
    {
        var home = new HomePage(await NewPageAsync());
        await home.OpenAsync();
        var hrefs = await home.MainNavHrefsAsync();
        Assert.True(hrefs.Count >= 4, $"expected at least 4 links in the main navigation, found: {string.Join(", ", hrefs)}");

        var visitor = new CatalogPage(await NewPageAsync());
        foreach (var href in hrefs)
        {
            await visitor.GotoAsync(href);
            Assert.True(await visitor.Heading.CountAsync() >= 1, $"{href} has no <h1> in <main>");
        }
    }

    [Fact]
    public async Task First_product_of_the_catalogue_opens()
    {
        var catalog = new CatalogPage(await NewPageAsync());
        await catalog.OpenAsync();
        var href = await catalog.FirstProductHrefAsync();
        var name = (await catalog.ProductNamesAsync())[0];

        var product = new ProductPage(catalog.Page);
        await product.OpenAsync(href);

        Assert.Equal(name, (await product.Heading.InnerTextAsync()).Trim());
        Assert.StartsWith("Rp", (await product.Price.InnerTextAsync()).Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task First_booth_of_the_hall_opens()
    {
        var ongoing = await App.OngoingExhibitionAsync();
        var hall = new HallPage(await NewPageAsync());
        await hall.OpenAsync(ongoing.Slug);
        Assert.True(await hall.Halls.CountAsync() >= 1, "the hall page shows no hall");
        var href = await hall.FirstBoothHrefAsync();
        var group = (await hall.BoothNames.First.InnerTextAsync()).Trim();

        var booth = new BoothPage(hall.Page);
        await booth.OpenAsync(href);

        Assert.Equal(group, (await booth.Heading.InnerTextAsync()).Trim());
        Assert.True(await booth.ProductCards.CountAsync() >= 1, $"the booth {href} shows no product");
    }

    [Fact]
    public async Task From_the_member_area_the_catalogue_link_loads_a_static_page()
    {
        var page = await NewPageAsync();
        await MemberPage.SignInAsync(page, "anggota1@uppka.test");
        var area = new ManageHomePage(page);
        await area.OpenAsync();

        await page.Locator("header nav a[href='/katalog']").ClickAsync();
        await page.ArrivedAsync(Arrival.EndsWith("/katalog"));
        var catalog = new CatalogPage(page);
        await catalog.ProductCards.First.WaitForAsync();

        // A full load of the static page (App.razor, [ExcludeFromInteractiveRouting]): no framework script and no
        // MudBlazor stylesheet in the document, rather than the page rendered inside the member's circuit.
        Assert.Equal(0, await page.Locator("script[src*='blazor.web']").CountAsync());
        Assert.Equal(0, await page.Locator("link[href*='MudBlazor.min.css']").CountAsync());
    }
}
