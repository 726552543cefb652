using Microsoft.Playwright;
using UppkaCatalog.Core.Media;
using UppkaCatalog.Tests.Shared;

namespace UppkaCatalog.BrowserTests.Pages.Manage;

/// <summary>
/// What /js/photo-upload.js makes of a phone photo before it spends the member's data: run in real
/// Chromium on a real JPEG, and the result read back with ImageSharp.
/// </summary>
public sealed class PhotoShrinkTests(AppFixture app) : BrowserTest(app)
{
    private const string Shrink = """
        async ([base64, withoutImageBitmap, maxSide]) => {
            if (withoutImageBitmap) window.createImageBitmap = undefined; // an older browser: the <img> fallback

            const bytes = Uint8Array.from(atob(base64), c => c.charCodeAt(0));
            const file = new File([bytes], "IMG_0001.jpg", { type: "image/jpeg" });
            const module = await import("/js/photo-upload.js");
            const blob = await module.shrinkPhoto(file, { maxSide });
            if (!blob) return null;
            const out = new Uint8Array(await blob.arrayBuffer());
            let text = "";
            for (let i = 0; i < out.length; i += 0x8000) text += String.fromCharCode(...out.subarray(i, i + 0x8000));
            return { type: blob.type, base64: btoa(text) };
        }
        """;

    [Fact]
    public async Task A_phone_photo_leaves_the_browser_upright_at_the_largest_stored_width_as_jpeg_without_exif_or_gps()
    {
        var original = TestImages.GrainyPhonePhoto;
        Assert.True(TestImages.Inspect(original).HasExif);

        var result = await ShrinkAsync(original);

        Assert.NotNull(result);
        Assert.Equal("image/jpeg", result.Type);
        var shrunk = Convert.FromBase64String(result.Base64);
        var (width, height, hasExif) = TestImages.Inspect(shrunk);
        // Stored 4000 × 3000 with "turn 90° clockwise": upright it is 3000 × 4000, its long side shrunk to
        // the largest stored rendition (1600): 1200 × 1600.
        Assert.Equal(1600, ImagePipeline.LargestWidth);
        Assert.Equal((1200, 1600), (width, height));
        Assert.False(hasExif, "EXIF (with the GPS position) is still in the photo");
        Assert.True(shrunk.AsSpan().IndexOf("Exif\0\0"u8) < 0, "an EXIF block is still in the file");
        Assert.True(shrunk.Length < original.Length / 2, $"{shrunk.Length} bytes from {original.Length}");
        // The left half (red) of the stored photo is the top after turning it upright.
        Assert.Equal(TestImages.Colour.Red, TestImages.DominantAt(shrunk, 0.5, 0.2));
        Assert.Equal(TestImages.Colour.Blue, TestImages.DominantAt(shrunk, 0.5, 0.8));
    }

    [Fact]
    public async Task Without_createImageBitmap_the_img_fallback_also_sends_it_upright_and_without_exif()
    {
        var result = await ShrinkAsync(TestImages.GrainyPhonePhoto, withoutImageBitmap: true);

        Assert.NotNull(result);
        var shrunk = Convert.FromBase64String(result.Base64);
        Assert.Equal((1200, 1600, false), TestImages.Inspect(shrunk));
        Assert.Equal(TestImages.Colour.Red, TestImages.DominantAt(shrunk, 0.5, 0.2));
    }

    [Fact]
    public async Task A_small_photo_is_not_enlarged()
    {
        var result = await ShrinkAsync(TestImages.Jpeg(1200, 900, grain: true));

        Assert.NotNull(result);
        Assert.Equal((1200, 900, false), TestImages.Inspect(Convert.FromBase64String(result.Base64)));
    }

    [Fact]
    public async Task Without_the_size_from_the_server_it_refuses_rather_than_guess()
    {
        var page = new PublicPage(await NewPageAsync());
        await page.OpenAsync("/katalog");
        var error = await page.Page.EvaluateAsync<string>("""
            async () => {
                const module = await import("/js/photo-upload.js");
                try { await module.shrinkPhoto(new File([new Uint8Array(8)], "a.jpg")); return "no error"; }
                catch (e) { return e.message; }
            }
            """);
        Assert.Contains("maxSide", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_the_browser_cannot_read_is_left_for_the_server_to_name()
    {
        // The first bytes of an iPhone HEIC photo: desktop Chromium cannot decode it.
        var heic = new byte[4096];
        new Random(7).NextBytes(heic);
        "\0\0\0\u0018ftypheic"u8.ToArray().CopyTo(heic, 0);

        Assert.Null(await ShrinkAsync(heic));
    }

    private async Task<ShrinkResult?> ShrinkAsync(byte[] photo, bool withoutImageBitmap = false)
    {
        var page = new PublicPage(await NewPageAsync());
        await page.OpenAsync("/katalog");
        return await page.Page.EvaluateAsync<ShrinkResult?>(Shrink, new object[] { Convert.ToBase64String(photo), withoutImageBitmap, ImagePipeline.LargestWidth });
    }

    private sealed class ShrinkResult
    {
        public string Type { get; set; } = "";

        public string Base64 { get; set; } = "";
    }
}
