using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UppkaCatalog.BrowserTests.Support;
using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Data;
using UppkaCatalog.Core.Seeding;
using UppkaCatalog.Web.Paths;

namespace UppkaCatalog.BrowserTests.Pages.Groups;

/// <summary>
/// A buyer on a phone takes a group's catalogue PDF from its storefront and finds the share link that passes it on.
/// Reads only: demo group 8 (no other browser test writes to it).
/// </summary>
public sealed class StorefrontCatalogueTests(AppFixture app) : BrowserTest(app)
{
    private const int GroupNumber = 8;

    [Fact]
    public async Task A_buyer_on_a_phone_downloads_the_groups_catalogue_pdf_and_gets_its_address_to_share_on_whatsapp()
    {
        var slug = await GroupSlugAsync();
        var store = new StorefrontPage(await NewPageAsync(360));
        await store.OpenAsync(slug);
        var groupName = (await store.Heading.InnerTextAsync()).Trim();
        // The shortest name on the storefront: never cut with "…" in its cell.
        var productName = (await store.ProductNamesAsync()).MinBy(n => n.Length);
        Assert.NotNull(productName);
        var href = await store.CatalogueDownload.GetAttributeAsync("href");
        Assert.Equal(GroupPaths.Catalogue(slug), href);

        // "Bagikan katalog", read before the click leaves the storefront: wa.me without a number, the PDF's absolute address.
        var share = new Uri((await store.CatalogueShare.GetAttributeAsync("href"))!);
        Assert.Equal(("https", "wa.me", "/"), (share.Scheme, share.Host, share.AbsolutePath));
        Assert.StartsWith("?text=", share.Query);
        var message = Uri.UnescapeDataString(share.Query["?text=".Length..]);
        Assert.Contains(new Uri(App.BaseUrl, href).AbsoluteUri, message);

        // The click: the link opens the PDF in the tab (Chromium's viewer); its answer is caught on the way in.
        var opened = await store.Page.RunAndWaitForResponseAsync(
            () => store.CatalogueDownload.ClickAsync(), r => r.Url.EndsWith(href!, StringComparison.Ordinal));
        // The viewer hands CDP its own wrapper page as that answer's body, so the file is fetched again through
        // the page's request context (same cookies and language).
        var response = await store.Page.APIRequest.GetAsync(href!);

        Assert.Equal((200, "application/pdf"), (opened.Status, opened.Headers["content-type"]));
        Assert.Equal((200, "application/pdf"), (response.Status, response.Headers["content-type"]));
        var bytes = await response.BodyAsync();
        Assert.Equal("%PDF-", Encoding.ASCII.GetString(bytes, 0, 5));
        var text = PdfText.Of(bytes);
        Assert.Contains(PdfText.Squeeze(groupName), text);
        Assert.Contains(PdfText.Squeeze(productName), text);
    }

    private async Task<string> GroupSlugAsync()
    {
        await using var db = await App.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var email = DemoSeeder.MemberEmail(GroupNumber);
        var groupId = await db.Users.Where(u => u.Email == email).Select(u => u.GroupId).SingleAsync();
        var slug = await db.Groups.Where(g => g.Id == groupId && g.IsActive).Select(g => g.Slug).SingleAsync();
        Assert.True(await db.Products.AnyAsync(p => p.GroupId == groupId && p.Status == ProductStatus.Published), "demo group 8 has no published product");
        return slug;
    }
}
