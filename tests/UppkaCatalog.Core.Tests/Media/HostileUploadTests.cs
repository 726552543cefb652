using SixLabors.ImageSharp;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Media;
using UppkaCatalog.Core.Tests.Support;
using UppkaCatalog.Tests.Shared;

namespace UppkaCatalog.Core.Tests.Media;

/// <summary>
/// Hostile files through <see cref="ProductPhotoService.AddAsync"/>: each refused with a message that tells the
/// member what to do, under the "file" key, with no photo row and no file under media/ left behind.
/// (<see cref="ImagePipelineTests"/> covers GIF, BMP, HEIC, garbage and the size cap at the pipeline itself.)
/// </summary>
public sealed class HostileUploadTests(MemberWorld w) : IClassFixture<MemberWorld>
{
    private const string Unsupported = "Format foto tidak didukung. Kirim foto JPEG, PNG atau WebP.";
    private const string Corrupt = "Foto tidak bisa dibaca (file rusak atau terpotong). Ambil ulang fotonya lalu unggah lagi.";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, string> Files => new()
    {
        { "text named .jpg", Unsupported },
        { "truncated JPEG", Corrupt },
        { "SVG", Unsupported },
        { "GIF", Unsupported },
        { "TIFF", Unsupported },
        { "HEIC", "Foto HEIC belum didukung." },
        { "1 × 8,000,000 PNG", "Ukuran foto tidak wajar (1×8000000 piksel)." },
        { "20,000 × 20,000 PNG", "Ukuran foto tidak wajar (20000×20000 piksel)." },
        { "zero bytes", "File foto kosong (0 byte): pengirimannya mungkin terputus. Pilih fotonya lagi lalu unggah ulang." },
        { "16 MB", "Foto lebih dari 15 MB. Kecilkan ukurannya lalu unggah lagi." },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Hostile_file_is_refused_with_its_message_and_leaves_nothing_behind(string file, string message)
    {
        var draft = await w.CompleteDraftAsync(w.MemberA, "Sasaran " + file);
        // One good photo first, so the media folder exists and a stray file would show.
        await w.AddPhotoAsync(w.MemberA, draft.Id);
        var before = await w.SnapshotAsync();
        var rows = await w.PhotoRowCountAsync();

        using var upload = new MemoryStream(Make(file));
        var e = await Assert.ThrowsAsync<ValidationException>(() => w.Photos.AddAsync(w.MemberA, draft.Id, upload, "Foto", Ct));

        Assert.Equal(["file"], e.Errors.Keys);
        Assert.StartsWith(message, e.Errors["file"]);
        Assert.Equal(rows, await w.PhotoRowCountAsync());
        Assert.Equal(before, await w.SnapshotAsync());
    }

    [Fact]
    public void The_crafted_files_are_what_they_claim()
    {
        // Guards the theory above: each file must be the attack it is named after, not an accident.
        var tall = UploadFiles.TallThinPng();
        var tallInfo = Image.Identify(tall, out var tallFormat);
        Assert.Equal("PNG", tallFormat.Name);
        Assert.Equal((1, 8_000_000), (tallInfo.Width, tallInfo.Height));
        Assert.True(tall.Length < 100_000, $"{tall.Length} bytes");

        var huge = TestImages.PngClaiming(20_000, 20_000);
        var hugeInfo = Image.Identify(huge);
        Assert.Equal((20_000, 20_000), (hugeInfo.Width, hugeInfo.Height));
        Assert.True(huge.Length < 10_000, $"{huge.Length} bytes");

        var tiff = UploadFiles.Tiff();
        Image.Identify(tiff, out var tiffFormat);
        Assert.Equal("TIFF", tiffFormat?.Name);

        var truncated = UploadFiles.TruncatedJpeg();
        Assert.Equal([0xFF, 0xD8, 0xFF], truncated[..3]);
        Assert.Contains("SOS", ContainerParts.JpegMarkers(truncated));
    }

    [Fact]
    public void Truncated_JPEG_is_refused_as_corrupt_by_the_pipeline()
    {
        // ImageSharp 2 decodes a cut-off JPEG without complaint, painting the missing half black.
        var e = Reject(UploadFiles.TruncatedJpeg());

        Assert.Equal(ImageRejection.Corrupt, e.Reason);
    }

    [Theory]
    [InlineData("webp")]
    [InlineData("png")]
    public void Truncated_WebP_and_PNG_are_refused_as_corrupt_by_the_pipeline(string format)
    {
        // Lossy WebP, like JPEG, would otherwise decode with its missing part filled in.
        var full = format == "webp" ? UploadFiles.LossyWebp(800, 600) : TestImages.Png(800, 600);
        Assert.Equal(800, new ImagePipeline().Process(new MemoryStream(full)).Width);

        Assert.Equal(ImageRejection.Corrupt, Reject(UploadFiles.FirstHalf(full)).Reason);
    }

    [Fact]
    public void Complete_JPEG_with_bytes_after_its_end_is_still_accepted()
    {
        // Some phones append data after the image (Samsung's trailer, motion photos): that is not truncation.
        var jpeg = TestImages.Jpeg(400, 300).Concat(new byte[5000]).Concat("SEFT"u8.ToArray()).ToArray();

        var result = new ImagePipeline().Process(new MemoryStream(jpeg));

        Assert.Equal(400, result.Width);
    }

    [Theory]
    [InlineData("SVG")]
    [InlineData("TIFF")]
    public void SVG_and_TIFF_are_refused_as_unsupported_by_the_pipeline(string file)
    {
        Assert.Equal(ImageRejection.UnsupportedFormat, Reject(Make(file)).Reason);
    }

    [Fact]
    public void A_one_pixel_wide_strip_under_the_pixel_cap_is_refused_by_its_side()
    {
        var e = Reject(UploadFiles.TallThinPng());

        Assert.Equal(ImageRejection.TooManyPixels, e.Reason);
        Assert.Contains("1×8000000", e.Message);
    }

    [Fact]
    public void A_400_megapixel_PNG_small_on_disk_is_refused_before_decoding()
    {
        var e = Reject(TestImages.PngClaiming(20_000, 20_000));

        Assert.Equal(ImageRejection.TooManyPixels, e.Reason);
        Assert.Contains("20000×20000", e.Message);
    }

    private static byte[] Make(string file) => file switch
    {
        "text named .jpg" => "Ini bukan foto, hanya teks yang diberi nama keripik.jpg\n"u8.ToArray(),
        "truncated JPEG" => UploadFiles.TruncatedJpeg(),
        "SVG" => UploadFiles.Svg(),
        "GIF" => TestImages.Gif(64, 48),
        "TIFF" => UploadFiles.Tiff(),
        "HEIC" => TestImages.HeicHeader(),
        "1 × 8,000,000 PNG" => UploadFiles.TallThinPng(),
        "20,000 × 20,000 PNG" => TestImages.PngClaiming(20_000, 20_000),
        "zero bytes" => [],
        "16 MB" => UploadFiles.SixteenMegabytes(),
        _ => throw new ArgumentOutOfRangeException(nameof(file)),
    };

    private static ImageRejectedException Reject(byte[] bytes) =>
        Assert.Throws<ImageRejectedException>(() => new ImagePipeline().Process(new MemoryStream(bytes)));
}
