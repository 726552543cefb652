using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UppkaCatalog.BrowserTests.Pages.Groups;
using UppkaCatalog.BrowserTests.Pages.Manage;
using UppkaCatalog.Core.Data;

namespace UppkaCatalog.BrowserTests.Pages.Catalog;

/// <summary>A buyer finds a group's product, checks the WhatsApp link, sends an inquiry; the group's member handles it.</summary>
public sealed class BuyerInquiryTests(AppFixture app) : BrowserTest(app)
{
    // The 5th demo group: no other browser test signs in as its member.
    private const int GroupNumber = 5;
    private static readonly string Member = $"anggota{GroupNumber}@uppka.test";

    [Fact]
    public async Task A_buyer_without_JavaScript_sends_an_inquiry_and_the_groups_member_sees_it_and_marks_it_handled()
    {
        var (groupSlug, groupWhatsApp) = await MembersGroupAsync();
        var buyerName = "Ibu Uji " + Guid.NewGuid().ToString("N")[..6];

        // The buyer: a phone with JavaScript off, from the group's storefront to one of its products.
        var store = new StorefrontPage(await NewPageAsync(360, javaScript: false));
        await store.OpenAsync(groupSlug);
        Assert.True(await store.ProductCards.CountAsync() >= 1);
        var productPath = await store.FirstProductHrefAsync();
        var product = new ProductInquiryPage(store.Page);
        await product.OpenAsync(productPath);
        var productName = (await product.Heading.InnerTextAsync()).Trim();
        var price = (await product.Page.Locator("main .product-info__price").InnerTextAsync()).Split('/')[0].Trim();

        var wa = new Uri(await product.WhatsAppHrefAsync());
        Assert.Equal(("https", "wa.me", "/" + groupWhatsApp.TrimStart('+')), (wa.Scheme, wa.Host, wa.AbsolutePath));
        Assert.StartsWith("?text=", wa.Query);
        var message = Uri.UnescapeDataString(wa.Query["?text=".Length..]);
        Assert.Contains(productName, message);
        Assert.Contains(price, message);
        Assert.EndsWith(await product.CanonicalAsync(), message);
        Assert.StartsWith("http", await product.CanonicalAsync());

        await product.SendInquiryAsync(buyerName, "0812-9988-7766", "15", "Apakah bisa dikirim ke Kota Jambi hari Sabtu?");

        await product.Sent.WaitForAsync();
        Assert.Contains("?terkirim=1", product.Page.Url);
        Assert.Contains(await product.Page.Locator("main .maker__name").InnerTextAsync(), await product.Sent.InnerTextAsync());

        // The group's member: the inquiry is in the list of new ones, with the buyer's number as a WhatsApp link.
        var memberPage = await NewPageAsync(360);
        await MemberPage.SignInAsync(memberPage, Member);
        var inquiries = new InquiriesPage(memberPage);
        await inquiries.OpenAsync();
        var card = inquiries.CardFrom(buyerName);
        await card.WaitForAsync();
        Assert.Contains(productName, await card.InnerTextAsync());
        Assert.Contains("Apakah bisa dikirim ke Kota Jambi hari Sabtu?", await card.InnerTextAsync());
        Assert.Contains("WIB", await card.InnerTextAsync());
        var reply = await card.Locator(".inquiry-card__phone a").GetAttributeAsync("href");
        Assert.StartsWith("https://wa.me/6281299887766?text=", reply);
        Assert.Equal("+6281299887766", (await card.Locator(".inquiry-card__phone a").InnerTextAsync()).Trim());
        Assert.True(await inquiries.NavLink.IsVisibleAsync());
        Assert.True(await inquiries.ScrollWidthAsync() <= 360, "the member's inquiry list scrolls sideways at 360 px");
        await inquiries.ScreenshotAsync(App.ScreenshotPath("kelola-pertanyaan-360"));

        await inquiries.MarkHandledAsync(buyerName);

        await inquiries.OpenAsync("ditangani");
        await inquiries.CardFrom(buyerName).WaitForAsync();
        Assert.Contains("Sudah ditangani", await inquiries.CardFrom(buyerName).InnerTextAsync());
    }

    [Fact]
    public async Task Wrong_input_is_shown_beside_the_fields_and_what_was_typed_stays()
    {
        var (groupSlug, _) = await MembersGroupAsync();
        var store = new StorefrontPage(await NewPageAsync(360, javaScript: false));
        await store.OpenAsync(groupSlug);
        var product = new ProductInquiryPage(store.Page);
        await product.OpenAsync(await store.FirstProductHrefAsync());

        await product.SendInquiryAsync("Pak Salah", "0741 123456", "banyak", "Ok");

        await product.FieldErrors.First.WaitForAsync();
        Assert.Equal(3, await product.FieldErrors.CountAsync());
        Assert.Equal("Pak Salah", await product.Name.InputValueAsync());
        Assert.Equal("0741 123456", await product.Phone.InputValueAsync());
        Assert.Equal("true", await product.Phone.GetAttributeAsync("aria-invalid"));
        // Every field with a message is marked the same way (the notice above asks to check "the marked fields").
        var marked = await product.Phone.EvaluateAsync<string>("e => getComputedStyle(e).borderTopColor");
        Assert.Equal(marked, await product.Quantity.EvaluateAsync<string>("e => getComputedStyle(e).borderTopColor"));
        Assert.Equal(marked, await product.Message.EvaluateAsync<string>("e => getComputedStyle(e).borderTopColor"));
        Assert.NotEqual(marked, await product.Name.EvaluateAsync<string>("e => getComputedStyle(e).borderTopColor"));
        Assert.Equal(0, await product.Sent.CountAsync());
    }

    [Theory]
    [InlineData("kelompok")]
    [InlineData("produk-form")]
    public async Task Storefront_and_product_page_have_no_serious_axe_violations_and_fit_360_and_1280(string name)
    {
        var (groupSlug, _) = await MembersGroupAsync();
        foreach (var width in new[] { 360, 1280 })
        {
            var page = new PublicPage(await NewPageAsync(width));
            await page.OpenAsync(StorefrontPage.PathFor(groupSlug));
            if (name == "produk-form")
            {
                await page.OpenAsync(await new StorefrontPage(page.Page).FirstProductHrefAsync());
            }

            var file = App.ScreenshotPath($"{name}-{width}");
            await page.ScreenshotAsync(file);
            await LookChecks.AssertFitsAsync(page, width, file);
            if (width != 360) continue;

            await LookChecks.AssertAxeCleanAsync(page.Page);
        }
    }

    /// <summary>The demo member's group: its slug and public WhatsApp number (E.164), read from the database.</summary>
    private async Task<(string Slug, string WhatsApp)> MembersGroupAsync()
    {
        await using var db = await App.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var groupId = await db.Users.Where(u => u.Email == Member).Select(u => u.GroupId).SingleAsync();
        var group = await db.Groups.Where(g => g.Id == groupId).Select(g => new { g.Slug, g.PublicWhatsApp }).SingleAsync();
        return (group.Slug, group.PublicWhatsApp!);
    }
}
