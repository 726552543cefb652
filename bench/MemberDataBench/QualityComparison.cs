using System.Globalization;
using Microsoft.Playwright;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;
using UppkaCatalog.Core.Media;

namespace UppkaCatalog.Bench;

/// <summary>
/// Chooses photo-upload.js's JPEG quality by measurement: each phone photo is shrunk in Chromium by the real
/// module at several settings, each result goes through the server's ImagePipeline, and the renditions the
/// product page shows are compared by SSIM (<see cref="Ssim"/>) with the same renditions made from
/// the unshrunk upload — what a buyer would have seen had the phone sent the whole 3.6 MB.
/// </summary>
internal static class QualityComparison
{
    // The product page's gallery: sizes="(max-width: 800px) calc(100vw - 2rem), 560px". A 360 px phone at
    // DPR 2 fills 656 device px (the 800 rendition); a desktop at DPR 2 fills 1120 (the largest rendition).
    private const int PhoneRendition = 800;
    private const int DesktopSlot = 1120;

    private const string Shrink = """
        async ([base64, maxSide, quality]) => {
            const bytes = Uint8Array.from(atob(base64), c => c.charCodeAt(0));
            const module = await import("/js/photo-upload.js");
            const blob = await module.shrinkPhoto(new File([bytes], "IMG.jpg", { type: "image/jpeg" }), { maxSide, quality });
            const out = new Uint8Array(await blob.arrayBuffer());
            let text = "";
            for (let i = 0; i < out.length; i += 0x8000) text += String.fromCharCode(...out.subarray(i, i + 0x8000));
            return btoa(text);
        }
        """;

    public static async Task<int> RunAsync(Uri app, IReadOnlyList<string> photos, IReadOnlyList<double> qualities)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Browser.LaunchAsync(playwright);
        await using var context = await Browser.PhoneAsync(browser, app.ToString());
        var page = await context.NewPageAsync();
        await page.GotoAsync("/katalog");

        // The setting before this change first, for comparison, then the candidates at the largest stored width.
        var settings = new List<(int Side, double Quality)> { (2048, 0.85) };
        settings.AddRange(qualities.Select(q => (ImagePipeline.LargestWidth, q)));
        var pipeline = new ImagePipeline();
        var rows = settings.ToDictionary(s => s, _ => new List<(long Bytes, double Phone, double Desktop)>());

        foreach (var photo in photos)
        {
            var original = await File.ReadAllBytesAsync(photo);
            var reference = pipeline.Process(new MemoryStream(original));
            using var refPhone = Shown(Rendition(reference, PhoneRendition), null);
            using var refDesktop = Shown(Largest(reference), DesktopSlot);
            // The measure itself, checked: an image against itself is 1.
            if (Math.Abs(Ssim.Compare(refPhone, refPhone) - 1) > 1e-9) throw new InvalidOperationException("SSIM of an image with itself is not 1");
            foreach (var setting in settings)
            {
                var base64 = await page.EvaluateAsync<string>(Shrink, new object[] { Convert.ToBase64String(original), setting.Side, setting.Quality });
                var shrunk = Convert.FromBase64String(base64);
                var made = pipeline.Process(new MemoryStream(shrunk));
                using var madePhone = Shown(Rendition(made, PhoneRendition), null);
                using var madeDesktop = Shown(Largest(made), DesktopSlot);
                var phone = Ssim.Compare(refPhone, SizedAs(madePhone, refPhone));
                var desktop = Ssim.Compare(refDesktop, SizedAs(madeDesktop, refDesktop));
                rows[setting].Add((shrunk.Length, phone, desktop));
                Console.WriteLine(FormattableString.Invariant($"  {Path.GetFileName(photo)} {setting.Side} px q{setting.Quality:0.00}: {shrunk.Length,9:N0} bytes, SSIM phone {phone:0.0000}, desktop {desktop:0.0000}"));
            }
        }

        Console.WriteLine();
        Console.WriteLine($"mean of {photos.Count} photos; SSIM against the renditions made from the unshrunk upload (1 = identical)");
        Console.WriteLine("| sent as | bytes a photo | SSIM, 800 px WebP (phone) | SSIM, largest WebP at 1120 px (desktop DPR 2) |");
        Console.WriteLine("|---|---|---|---|");
        foreach (var (setting, r) in rows)
        {
            Console.WriteLine(FormattableString.Invariant(
                $"| {setting.Side} px, q {setting.Quality:0.00} | {r.Average(x => x.Bytes),0:N0} | {r.Average(x => x.Phone):0.0000} | {r.Average(x => x.Desktop):0.0000} |"));
        }

        return 0;
    }

    private static EncodedVariant Rendition(ProcessedImage image, int width) =>
        image.Variants.Single(v => v.Format == "webp" && v.Width == width);

    private static EncodedVariant Largest(ProcessedImage image) =>
        image.Variants.Where(v => v.Format == "webp").MaxBy(v => v.Width)!;

    /// <summary>The rendition decoded, scaled to the slot's device pixels as the browser shows it.</summary>
    private static Image<Rgb24> Shown(EncodedVariant variant, int? slotWidth)
    {
        var image = Image.Load<Rgb24>(variant.Bytes);
        if (slotWidth is int w) image.Mutate(x => x.Resize(new ResizeOptions { Size = new Size(w, 0), Mode = ResizeMode.Max, Sampler = KnownResamplers.Bicubic }));
        return image;
    }

    /// <summary>
    /// Rounding makes a 1200 px photo's 800 rendition 800 × 1066 where the 3000 px one's is 800 × 1067: stretched
    /// by that one row (a sub-pixel change) so the pixels line up for SSIM.
    /// </summary>
    private static Image<Rgb24> SizedAs(Image<Rgb24> image, Image<Rgb24> reference)
    {
        if (image.Size() != reference.Size())
        {
            if (Math.Abs(image.Width - reference.Width) > 2 || Math.Abs(image.Height - reference.Height) > 2)
                throw new InvalidOperationException($"{image.Width}×{image.Height} is not the reference's {reference.Width}×{reference.Height}");
            image.Mutate(x => x.Resize(new ResizeOptions { Size = reference.Size(), Mode = ResizeMode.Stretch, Sampler = KnownResamplers.Bicubic }));
        }

        return image;
    }
}
