using Microsoft.Playwright;
using UppkaCatalog.Tests.Shared;
using static Microsoft.Playwright.Assertions;

namespace UppkaCatalog.BrowserTests.Pages.Manage;

/// <summary>The editor's photo upload when things go wrong: a refused file, a server error, no connection.</summary>
public sealed class PhotoUploadTests(AppFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task A_file_the_server_refuses_shows_its_message_and_is_not_retried()
    {
        var (editor, _) = await NewDraftInEditorAsync();
        var posts = 0;
        editor.Page.Request += (_, r) => posts += r.Method == "POST" && r.Url.Contains("/kelola/unggah/", StringComparison.Ordinal) ? 1 : 0;
        var heic = new byte[8192];
        new Random(7).NextBytes(heic);
        "\0\0\0\u0018ftypheic"u8.ToArray().CopyTo(heic, 0);

        await editor.PhotoInput.SetInputFilesAsync(new FilePayload { Name = "IMG_0002.HEIC", MimeType = "image/heic", Buffer = heic });

        var item = editor.UploadItems.First;
        await Expect(item).ToHaveAttributeAsync("data-state", "failed", new() { Timeout = 30_000 });
        await Expect(item.Locator(".upload-item__status")).ToContainTextAsync("Foto HEIC belum didukung.");
        await Expect(item.Locator(".upload-item__note")).ToContainTextAsync("dikirim apa adanya");
        await Expect(item.Locator(".upload-item__retry")).ToBeHiddenAsync();
        await Expect(editor.SavedPhotos).ToHaveCountAsync(0);
        Assert.Equal(1, posts);
        await editor.ScreenshotAsync(App.ScreenshotPath("kelola-produk-unggah-ditolak-360"));
    }

    [Fact]
    public async Task After_a_server_error_the_upload_tries_again_by_itself()
    {
        var (editor, _) = await NewDraftInEditorAsync();
        var tries = 0;
        await editor.Page.RouteAsync("**/kelola/unggah/**", async route =>
        {
            // The first try meets a broken proxy; the next ones go through.
            if (Interlocked.Increment(ref tries) == 1) await route.FulfillAsync(new() { Status = 503, Body = "Service Unavailable" });
            else await route.ContinueAsync();
        });

        await editor.PhotoInput.SetInputFilesAsync(new FilePayload { Name = "kemasan.jpg", MimeType = "image/jpeg", Buffer = TestImages.Jpeg(1200, 900, grain: true) });

        var item = editor.UploadItems.First;
        await Expect(item).ToHaveAttributeAsync("data-state", "waiting", new() { Timeout = 15_000 });
        await Expect(item.Locator(".upload-item__status")).ToContainTextAsync("Mencoba lagi dalam 2 detik");
        await Expect(item).ToHaveAttributeAsync("data-state", "done", new() { Timeout = 30_000 });
        await Expect(editor.SavedPhotos).ToHaveCountAsync(1, new() { Timeout = 15_000 });
        Assert.Equal(2, tries);
    }

    [Fact]
    public async Task Without_a_connection_the_upload_waits_and_goes_on_when_the_phone_is_back_online()
    {
        var (editor, context) = await NewDraftInEditorAsync();
        await context.SetOfflineAsync(true);

        await editor.PhotoInput.SetInputFilesAsync(new FilePayload { Name = "kemasan.jpg", MimeType = "image/jpeg", Buffer = TestImages.Jpeg(1200, 900, grain: true) });

        var item = editor.UploadItems.First;
        await Expect(item.Locator(".upload-item__status")).ToContainTextAsync("Tidak ada koneksi internet", new() { Timeout = 15_000 });
        await editor.ScreenshotAsync(App.ScreenshotPath("kelola-produk-unggah-offline-360"));
        await context.SetOfflineAsync(false);

        await Expect(item).ToHaveAttributeAsync("data-state", "done", new() { Timeout = 30_000 });
        // The Blazor connection came back too, and the editor shows the photo.
        await Expect(editor.SavedPhotos).ToHaveCountAsync(1, new() { Timeout = 30_000 });
    }

    [Fact]
    public async Task Messages_show_under_their_fields_in_the_browser()
    {
        var page = await NewPageAsync(width: 360);
        // Another demo member: what is typed here stays as that member's unsaved new-product draft,
        // which the editor would give back to the next test that opens a new product as the same member.
        await MemberPage.SignInAsync(page, "anggota3@uppka.test");
        var editor = new ProductEditorPage(page);
        await editor.OpenNewAsync();
        await editor.FillAsync("price", "25,5");

        await editor.SaveButton.ClickAsync();

        await Expect(editor.ErrorOf("price")).ToHaveTextAsync("Tulis harga dalam rupiah tanpa sen, mis. 25.000");
        await Expect(editor.ErrorOf("name")).ToHaveTextAsync("Isi nama produk.");
        // The message is tied to its field for screen readers.
        await Expect(editor.Field("price")).ToHaveAttributeAsync("aria-describedby", "price-error");
        await editor.ScreenshotAsync(App.ScreenshotPath("kelola-produk-galat-360"));
    }

    /// <summary>A fresh draft of the first demo member, open in the editor on a phone-sized page, ready for photos.</summary>
    private async Task<(ProductEditorPage Editor, IBrowserContext Context)> NewDraftInEditorAsync()
    {
        var page = await NewPageAsync(width: 360);
        await MemberPage.SignInAsync(page, "anggota1@uppka.test");
        var editor = new ProductEditorPage(page);
        await editor.OpenNewAsync();
        await editor.FillAsync("name", "Uji Unggah " + Guid.NewGuid().ToString("N")[..6]);
        await editor.SaveDraftAsync();
        await editor.Uploader.WaitForAsync();
        return (editor, page.Context);
    }
}
