using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using UppkaCatalog.BrowserTests.Pages.Catalog;
using UppkaCatalog.BrowserTests.Pages.Manage;
using UppkaCatalog.BrowserTests.Pages.Staff;
using UppkaCatalog.Core.Catalog.Permits;
using UppkaCatalog.Core.Programmes;
using UppkaCatalog.Tests.Shared;
using static Microsoft.Playwright.Assertions;

namespace UppkaCatalog.BrowserTests.Pages.Permits;

/// <summary>
/// Issue 16 end to end, on a product this test makes (demo member 4's group, its own P-IRT number): the member at 360 px
/// sees the number waiting and uploads a photo of the certificate (a phone JPEG with GPS); staff find it in the permit
/// queue beside the photo and verify it; the buyer then sees "Terverifikasi" on the product page and finds the product
/// with the catalogue's "Izin terverifikasi" filter. Queue, editor section and product page pass axe and are
/// screenshotted at 360 and 1280 px.
/// </summary>
public sealed class PermitVerificationTests(AppFixture app) : BrowserTest(app)
{
    private const int Member = 4;

    [Fact]
    public async Task A_member_uploads_a_certificate_staff_verify_it_and_the_buyer_sees_the_badge_and_filters_by_it()
    {
        var name = StaffTestData.UniqueName("Keripik Tempe Izin");
        var pirt = $"2081505{Random.Shared.Next(100000, 999999)}-26";
        var id = await PermitTestData.PublishedWithPirtAsync(App, name, pirt, Member);
        var slug = await StaffTestData.QueryAsync(App, db => db.Products.Where(p => p.Id == id).Select(p => p.Slug).SingleAsync());

        // Before: the buyer sees the number as the group's own claim, without the badge.
        var buyer = new ProductPage(await NewPageAsync(width: 360));
        await buyer.OpenAsync("/produk/" + slug);
        await Expect(buyer.Page.Locator("main .cert--claim").Filter(new() { HasTextString = pirt })).ToHaveCountAsync(1);
        // The product's own permits only: cards of related demo products (verified by the demo seed) may carry badges.
        await Expect(buyer.Page.Locator("main .cert--verified")).ToHaveCountAsync(0);

        // The member, on a cheap phone's width.
        var memberPage = await NewPageAsync(width: 360);
        await MemberPage.SignInAsync(memberPage, $"anggota{Member}@uppka.test");
        var editor = new ProductEditorPage(memberPage);
        await editor.OpenAsync(id);
        var permits = new EditorPermitSection(memberPage);
        await Expect(permits.State("pirt")).ToHaveTextAsync("Menunggu verifikasi");
        await permits.Uploader("pirt").WaitForAsync();
        await permits.Input("pirt").SetInputFilesAsync(new FilePayload
        {
            Name = "sertifikat-pirt.jpg", MimeType = "image/jpeg", Buffer = TestImages.PhoneJpegWithGps(1600, 1200),
        });
        await Expect(permits.UploadItems("pirt").First).ToHaveAttributeAsync("data-state", "done", new() { Timeout = 45_000 });
        await Expect(permits.ViewLink("pirt")).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await LookAsync(editor, "izin-editor", permits.Section);

        // Private: nobody signed out gets the photo, even knowing its address.
        using (var anonymous = new HttpClient { BaseAddress = App.BaseUrl })
        {
            using var answer = await anonymous.GetAsync($"/izin/{id}/pirt/foto", TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.NotFound, answer.StatusCode);
        }

        // Staff: the queue, filtered to the product's regency and P-IRT.
        var staffPage = await NewPageAsync();
        await StaffAreaPage.SignInAsync(staffPage);
        var queue = new PermitQueuePage(staffPage);
        await queue.OpenAsync(await PermitTestData.QueueQueryForAsync(App, id));
        var item = queue.Item(id, "pirt");
        await Expect(item).ToContainTextAsync(pirt);
        await Expect(item).ToContainTextAsync(name);
        // The certificate photo loads for staff through the authorised route.
        await item.Locator(".permit-item__photo img").ScrollIntoViewIfNeededAsync();
        await Expect(item.Locator(".permit-item__photo img")).ToHaveJSPropertyAsync("complete", true);
        Assert.True(await item.Locator(".permit-item__photo img").EvaluateAsync<int>("i => i.naturalWidth") > 0, "the certificate photo did not load for staff");
        await LookAsync(queue, "izin-antrean");
        await queue.VerifyAsync(item, "Nomor cocok dengan foto sertifikat SPP-IRT.");
        await Expect(queue.Snackbars).ToContainTextAsync("terverifikasi");
        await Expect(item).ToHaveCountAsync(0);

        // The member sees it verified.
        await editor.OpenAsync(id);
        await Expect(permits.State("pirt")).ToContainTextAsync("Terverifikasi");

        // The buyer: the badge, and the filter finds the product.
        await buyer.OpenAsync("/produk/" + slug);
        await Expect(buyer.Page.Locator("main .cert--verified").Filter(new() { HasTextString = pirt }).Locator(".verified-badge")).ToHaveTextAsync("Terverifikasi");
        await LookAsync(buyer, "izin-produk");

        var catalog = new CatalogPage(await NewPageAsync(width: 360));
        await catalog.OpenAsync("q=" + Uri.EscapeDataString(name));
        await catalog.FiltersToggle.ClickAsync();
        await catalog.Filters.Locator("input[name=terverifikasi]").CheckAsync();
        await catalog.ApplyFiltersButton.ClickAsync();
        await catalog.Page.WaitForURLAsync(url => url.Contains("terverifikasi=1", StringComparison.Ordinal));
        var card = catalog.ProductCards.Filter(new() { HasTextString = name });
        await Expect(card).ToHaveCountAsync(1);
        await Expect(card.Locator(".verified-badge")).ToContainTextAsync("P-IRT");
        await Expect(catalog.Filters.Locator("input[name=terverifikasi]")).ToBeCheckedAsync();
    }

    [Fact]
    public async Task Staff_on_a_phone_verify_a_halal_certificate_without_a_last_day()
    {
        var name = StaffTestData.UniqueName("Dodol Halal Tanpa Batas");
        var halal = $"ID1511000{Random.Shared.Next(1000000, 9999999)}";
        var id = await PermitTestData.PublishedWithPirtAsync(App, name, $"2081505{Random.Shared.Next(100000, 999999)}-26", Member, halal);

        var page = await NewPageAsync(width: 360);
        await StaffAreaPage.SignInAsync(page);
        var queue = new PermitQueuePage(page);
        await queue.OpenAsync(await PermitTestData.QueueQueryForAsync(App, id, PermitKind.Halal));
        var item = queue.Item(id, "halal");
        await Expect(item).ToContainTextAsync(halal);
        await item.Locator(".decision-form__note textarea").First.FillAsync("Dicocokkan di SIHALAL: terbit 2024, tanpa masa berlaku.");
        await item.Locator(".decision-form__no-expiry input").CheckAsync();
        await Expect(item.Locator(".decision-form__expires input")).ToBeDisabledAsync();
        await LookChecks.AssertAxeCleanAsync(page); // the halal form: date field, its "no date" box, the buttons
        await item.Locator(".decision-form__verify-button").ClickAsync();

        await Expect(queue.Snackbars).ToContainTextAsync("terverifikasi");
        await Expect(item).ToHaveCountAsync(0);
        var row = await StaffTestData.QueryAsync(App, db => db.PermitVerifications.AsNoTracking()
            .Where(v => v.ProductId == id && v.Kind == PermitKind.Halal).Select(v => new { v.State, v.ExpiresOn }).SingleAsync());
        Assert.Equal((PermitState.Verified, (DateOnly?)null), (row.State, row.ExpiresOn));
    }

    /// <summary>axe on the page, then screenshots at 360 and 1280 px (of <paramref name="part"/> too, when given); at 360 nothing may stick out.</summary>
    private async Task LookAsync(BasePage view, string name, ILocator? part = null)
    {
        // axe reads a sliding-in snackbar at part of its opacity: close them and wait until they are gone.
        foreach (var close in await view.Page.Locator(".mud-snackbar button").AllAsync()) await close.ClickAsync();
        await view.Page.WaitForSelectorAsync(".mud-snackbar", new() { State = WaitForSelectorState.Detached });
        await LookChecks.AssertAxeCleanAsync(view.Page);
        foreach (var width in new[] { 360, 1280 })
        {
            await view.Page.SetViewportSizeAsync(width, 800);
            var file = App.ScreenshotPath($"{name}-{width}");
            await view.ScreenshotAsync(file);
            if (part is not null) await part.ScreenshotAsync(new() { Path = App.ScreenshotPath($"{name}-bagian-{width}") });
            if (width == 360) await LookChecks.AssertFitsAsync(view, width, file);
        }

        await view.Page.SetViewportSizeAsync(360, 800);
    }
}
