using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Data;
using UppkaCatalog.Core.Seeding;
using UppkaCatalog.Web.Paths;
using static Microsoft.Playwright.Assertions;

namespace UppkaCatalog.BrowserTests.Pages.Manage;

/// <summary>
/// "Katalog PDF kelompok Anda" on <c>/kelola</c> for a signed-in demo member: the PDF link works, the WhatsApp link
/// carries its absolute address, the count is the group's published products; axe and how it looks on a phone and a
/// laptop. Reads only: demo member 4's group (no other browser test writes to it).
/// </summary>
public sealed class MemberCatalogueTests(AppFixture app) : BrowserTest(app)
{
    private const int GroupNumber = 4;

    [Theory]
    [InlineData(360)]
    [InlineData(1280)]
    public async Task The_overview_offers_the_groups_catalogue_pdf_and_its_whatsapp_share(int width)
    {
        var (slug, published) = await GroupAsync();
        var page = new ManageHomePage(await NewPageAsync(width));
        await MemberPage.SignInAsync(page.Page, DemoSeeder.MemberEmail(GroupNumber));
        await page.OpenAsync();

        await Expect(page.CatalogueCard.Locator("h2")).ToHaveTextAsync("Katalog PDF kelompok Anda");
        await Expect(page.CatalogueCount).ToContainTextAsync($"Berisi {published} produk yang tayang.");
        var href = await page.CatalogueDownload.GetAttributeAsync("href");
        Assert.Equal(GroupPaths.Catalogue(slug), href);
        var share = new Uri((await page.CatalogueShare.GetAttributeAsync("href"))!);
        Assert.Equal(("https", "wa.me", "/"), (share.Scheme, share.Host, share.AbsolutePath));
        var message = Uri.UnescapeDataString(share.Query["?text=".Length..]);
        Assert.StartsWith("Katalog produk ", message);
        Assert.EndsWith(" " + new Uri(App.BaseUrl, href).AbsoluteUri, message);
        var pdf = await page.Page.APIRequest.GetAsync(href!);
        Assert.Equal(200, pdf.Status);
        Assert.StartsWith("application/pdf", pdf.Headers["content-type"]);

        var file = App.ScreenshotPath($"kelola-katalog-{width}");
        await page.CatalogueCard.ScrollIntoViewIfNeededAsync();
        await page.Page.ScreenshotAsync(new() { Path = file });
        TestContext.Current.TestOutputHelper?.WriteLine($"screenshot of {page.Page.Url} at {width}px: {file}");
        await LookChecks.AssertFitsAsync(page, width, file);
        await LookChecks.AssertAxeCleanAsync(page.Page);
    }

    private async Task<(string Slug, int Published)> GroupAsync()
    {
        await using var db = await App.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var email = DemoSeeder.MemberEmail(GroupNumber);
        var groupId = await db.Users.Where(u => u.Email == email).Select(u => u.GroupId).SingleAsync();
        var slug = await db.Groups.Where(g => g.Id == groupId && g.IsActive).Select(g => g.Slug).SingleAsync();
        var published = await db.Products.CountAsync(p => p.GroupId == groupId && p.Status == ProductStatus.Published);
        Assert.True(published > 0, "demo group 4 has no published product");
        return (slug, published);
    }
}
