using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using UppkaCatalog.BrowserTests.Pages.Catalog;
using UppkaCatalog.BrowserTests.Pages.Staff;
using UppkaCatalog.Core.Data;
using UppkaCatalog.Tests.Shared;
using static Microsoft.Playwright.Assertions;

namespace UppkaCatalog.BrowserTests.Pages.Manage;

/// <summary>The member's whole way from an empty form to a product buyers can find, with staff in between.</summary>
public sealed class MemberPublishingTests(AppFixture app) : BrowserTest(app)
{
    private const string Member = "anggota1@uppka.test";

    [Fact]
    public async Task Member_creates_a_product_uploads_two_photos_submits_it_and_after_staff_approve_it_is_in_the_catalogue()
    {
        // A phone-sized window: this is how members work.
        var page = await NewPageAsync(width: 360);
        await MemberPage.SignInAsync(page, Member);
        var editor = new ProductEditorPage(page);
        await editor.OpenNewAsync();

        var name = "Keripik Tempe Uji " + Guid.NewGuid().ToString("N")[..6];
        await editor.FillAsync("name", name);
        await editor.ChooseCategoryAsync("Makanan Olahan");
        await editor.FillAsync("description", "Keripik tempe renyah dari kedelai lokal, digoreng dengan minyak baru. Simpan di tempat kering.");
        await editor.FillAsync("price", "Rp 25.000");
        await editor.FillAsync("unit", "bungkus");
        var id = await editor.SaveDraftAsync();
        await Expect(editor.Field("price")).ToHaveValueAsync("25.000");
        await Expect(editor.StatusBadge).ToHaveTextAsync("Draf");

        var uploads = new List<IRequest>();
        page.Request += (_, request) =>
        {
            if (request.Method == "POST" && request.Url.Contains("/kelola/unggah/", StringComparison.Ordinal)) uploads.Add(request);
        };
        var phonePhoto = TestImages.GrainyPhonePhoto;
        await editor.Uploader.WaitForAsync();
        await editor.PhotoInput.SetInputFilesAsync(
        [
            new FilePayload { Name = "IMG_0001.jpg", MimeType = "image/jpeg", Buffer = phonePhoto },
            new FilePayload { Name = "kemasan-belakang.jpg", MimeType = "image/jpeg", Buffer = TestImages.Jpeg(1200, 900, grain: true) },
        ]);

        await Expect(editor.UploadItems).ToHaveCountAsync(2);
        await Expect(editor.UploadItems.And(page.Locator("[data-state=done]"))).ToHaveCountAsync(2, new() { Timeout = 60_000 });
        foreach (var item in await editor.UploadItems.AllAsync())
        {
            Assert.Equal(100, await item.Locator("progress").EvaluateAsync<int>("p => p.value"));
            await Expect(item.Locator(".upload-item__status")).ToHaveTextAsync("Selesai");
        }

        // The .NET callback reloaded the photo list.
        await Expect(editor.SavedPhotos).ToHaveCountAsync(2, new() { Timeout = 15_000 });
        await editor.ScreenshotAsync(App.ScreenshotPath("kelola-produk-unggah-360"));

        // What left the browser: far less than the phone's file (the shape of it is checked in PhotoShrinkTests).
        Assert.Equal(2, uploads.Count);
        // Chromium reports no body size for a FormData upload; the raw Content-Length header it sent says it.
        var sentBytes = long.Parse((await uploads[0].AllHeadersAsync())["content-length"], System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(sentBytes > 0 && sentBytes < phonePhoto.Length / 2, $"sent {sentBytes} bytes for a {phonePhoto.Length}-byte photo");

        // What the server kept: upright (orientation 6 applied), its long side the largest stored rendition's
        // width (1600, as photo-upload.js was told), and the small photo no larger than it was.
        var stored = await PhotoSizesAsync(id);
        Assert.Equal([(1200, 1600), (1200, 900)], stored);

        await editor.SubmitButton.ClickAsync();
        await Expect(editor.StatusBadge).ToHaveTextAsync("Menunggu pemeriksaan", new() { Timeout = 15_000 });

        var staff = await NewPageAsync();
        await MemberPage.SignInAsync(staff, StaffReviewPage.StaffEmail);
        await new StaffReviewPage(staff).ApproveAsync(id);

        var catalog = new CatalogPage(await NewPageAsync());
        await catalog.OpenAsync();
        await Expect(catalog.ProductCards.Filter(new() { HasTextString = name })).ToHaveCountAsync(1);

        var list = new OwnProductsPage(page);
        await list.OpenAsync("tayang");
        await Expect(list.RowNamed(name).Locator(".status")).ToHaveTextAsync("Tayang");

        // Archived again, it leaves the catalogue (and the other tests' catalogue pages and screenshots).
        await editor.OpenAsync(id);
        await editor.ArchiveButton.ClickAsync();
        await Expect(editor.StatusBadge).ToHaveTextAsync("Diarsipkan");
        await catalog.OpenAsync();
        await Expect(catalog.ProductCards.Filter(new() { HasTextString = name })).ToHaveCountAsync(0);
    }

    private async Task<List<(int Width, int Height)>> PhotoSizesAsync(int productId)
    {
        var factory = App.Services.GetRequiredService<IDbContextFactory<AppDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        var photos = await db.ProductPhotos.Where(p => p.ProductId == productId).OrderBy(p => p.SortOrder).Select(p => new { p.Width, p.Height }).ToListAsync();
        return photos.Select(p => (p.Width, p.Height)).ToList();
    }
}
