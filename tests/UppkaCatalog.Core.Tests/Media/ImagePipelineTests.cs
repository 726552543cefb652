using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.PixelFormats;
using UppkaCatalog.Core.Media;
using UppkaCatalog.Core.Tests.Support;
using UppkaCatalog.Tests.Shared;

namespace UppkaCatalog.Core.Tests.Media;

/// <summary>One 4000×3000 phone photo (EXIF GPS, Orientation=6) through the pipeline, shared by the tests below.</summary>
public sealed class PhonePhotoFixture
{
    public PhonePhotoFixture()
    {
        Input = TestImages.PhoneJpegWithGps();
        using var upload = new MemoryStream(Input);
        Result = new ImagePipeline().Process(upload);
    }

    public byte[] Input { get; }

    public ProcessedImage Result { get; }
}

public sealed class ImagePipelineTests(PhonePhotoFixture phone) : IClassFixture<PhonePhotoFixture>
{
    private static readonly ExifTag[] GpsTags =
    [
        ExifTag.GPSLatitude, ExifTag.GPSLatitudeRef, ExifTag.GPSLongitude, ExifTag.GPSLongitudeRef,
    ];

    [Fact]
    public void The_test_photo_really_carries_GPS_and_orientation_6()
    {
        // Guards the tests below: a photo without GPS would make "GPS is stripped" pass trivially.
        var info = Image.Identify(phone.Input, out var format);

        Assert.Equal("JPEG", format.Name);
        Assert.Equal((4000, 3000), (info.Width, info.Height));
        var exif = Assert.IsType<ExifProfile>(info.Metadata.ExifProfile);
        Assert.Equal((ushort)6, exif.GetValue(ExifTag.Orientation)!.Value);
        Assert.NotNull(exif.GetValue(ExifTag.GPSLatitude));
        Assert.NotNull(exif.GetValue(ExifTag.GPSLongitude));
        Assert.Contains("APP1", ContainerParts.JpegMarkers(phone.Input));
    }

    [Fact]
    public void Phone_photo_gives_320_480_800_and_1600_wide_renditions_each_in_WebP_and_JPEG()
    {
        var variants = phone.Result.Variants;

        Assert.Equal(
            [(320, "jpg"), (320, "webp"), (480, "jpg"), (480, "webp"), (800, "jpg"), (800, "webp"), (1600, "jpg"), (1600, "webp")],
            variants.Select(v => (v.Width, v.Format)).OrderBy(v => v.Width).ThenBy(v => v.Format).ToArray());
        foreach (var v in variants)
        {
            var info = Image.Identify(v.Bytes, out var format);
            Assert.Equal(v.Format == "webp" ? "Webp" : "JPEG", format.Name, ignoreCase: true);
            Assert.Equal(v.Width, info.Width);
            Assert.Equal(v.Height, info.Height);
        }

        Assert.Equal((1600, phone.Result.Variants.Max(v => v.Height)), (phone.Result.Width, phone.Result.Height));
    }

    [Fact]
    public void Phone_photo_is_turned_upright_by_its_orientation_tag()
    {
        foreach (var v in phone.Result.Variants)
        {
            Assert.True(v.Height > v.Width, $"{v.Width}×{v.Height} {v.Format} is not portrait");
            // 3000×4000 after rotation, scaled to the target width.
            Assert.Equal(v.Width * 4 / 3, v.Height, tolerance: 1);
        }

        // Rotating 90° clockwise puts the stored left half (red) on top and the right half (blue) below.
        var largestJpeg = phone.Result.Variants.Single(v => v is { Width: 1600, Format: "jpg" });
        using var image = Image.Load<Rgb24>(largestJpeg.Bytes);
        var top = image[image.Width / 2, image.Height / 10];
        var bottom = image[image.Width / 2, image.Height * 9 / 10];
        Assert.True(top.R > 150 && top.B < 100, $"top is {top}, expected red");
        Assert.True(bottom.B > 150 && bottom.R < 100, $"bottom is {bottom}, expected blue");
    }

    [Fact]
    public void Phone_photo_renditions_carry_no_EXIF_and_no_GPS()
    {
        foreach (var v in phone.Result.Variants)
        {
            using var image = Image.Load(v.Bytes);
            var exif = image.Metadata.ExifProfile;
            Assert.True(exif is null || !exif.Values.Any(x => GpsTags.Contains(x.Tag)), $"{v.Width} {v.Format} kept GPS");
            Assert.Null(exif);
            Assert.Null(image.Metadata.XmpProfile);
            // Byte level too: no JPEG APP1 segment (EXIF/XMP), no WebP EXIF or XMP chunk.
            var containers = v.Format == "jpg" ? ContainerParts.JpegMarkers(v.Bytes) : ContainerParts.WebpChunks(v.Bytes);
            Assert.NotEmpty(containers);
            Assert.DoesNotContain("APP1", containers);
            Assert.DoesNotContain("EXIF", containers);
            Assert.DoesNotContain("XMP ", containers);
        }
    }

    [Fact]
    public void Placeholder_is_the_average_colour_as_hex()
    {
        // Half red (220,20,20), half blue (20,20,220): the average is near (120,20,120).
        Assert.Matches("^#[0-9a-f]{6}$", phone.Result.PlaceholderColor);
        var r = Convert.ToInt32(phone.Result.PlaceholderColor[1..3], 16);
        var g = Convert.ToInt32(phone.Result.PlaceholderColor[3..5], 16);
        var b = Convert.ToInt32(phone.Result.PlaceholderColor[5..7], 16);
        Assert.InRange(r, 100, 140);
        Assert.InRange(g, 0, 45);
        Assert.InRange(b, 100, 140);
    }

    [Fact]
    public void Small_photo_is_kept_at_its_own_width_and_never_upscaled()
    {
        using var upload = new MemoryStream(TestImages.Jpeg(200, 150));

        var result = new ImagePipeline().Process(upload);

        Assert.Equal(2, result.Variants.Count);
        Assert.All(result.Variants, v => Assert.Equal((200, 150), (v.Width, v.Height)));
        Assert.Equal(["jpg", "webp"], result.Variants.Select(v => v.Format).Order().ToArray());
        Assert.Equal((200, 150), (result.Width, result.Height));
    }

    [Fact]
    public void Photo_narrower_than_1600_keeps_its_own_width_as_the_largest_rendition()
    {
        using var upload = new MemoryStream(TestImages.Png(1000, 500));

        var result = new ImagePipeline().Process(upload);

        Assert.Equal([320, 480, 800, 1000], result.Variants.Select(v => v.Width).Distinct().Order().ToArray());
        Assert.All(result.Variants, v => Assert.Equal(v.Width / 2, v.Height));
        Assert.Equal((1000, 500), (result.Width, result.Height));
    }

    [Fact]
    public void Photo_exactly_as_wide_as_a_target_gets_that_rendition_once()
    {
        using var upload = new MemoryStream(TestImages.Jpeg(800, 600));

        var result = new ImagePipeline().Process(upload);

        Assert.Equal([(320, "jpg"), (320, "webp"), (480, "jpg"), (480, "webp"), (800, "jpg"), (800, "webp")],
            result.Variants.Select(v => (v.Width, v.Format)).OrderBy(v => v.Width).ThenBy(v => v.Format).ToArray());
    }

    [Fact]
    public void WebP_upload_is_accepted()
    {
        using var upload = new MemoryStream(TestImages.Webp(400, 300));

        var result = new ImagePipeline().Process(upload);

        Assert.Equal([320, 400], result.Variants.Select(v => v.Width).Distinct().Order().ToArray());
    }

    [Fact]
    public void HEIC_is_refused_by_its_signature_with_an_Indonesian_hint()
    {
        var e = Reject(TestImages.HeicHeader());

        Assert.Equal(ImageRejection.Heic, e.Reason);
        Assert.Contains("HEIC", e.Message);
        Assert.Contains("belum didukung", e.Message);
        Assert.Contains("JPEG", e.Message);
    }

    [Fact]
    public void GIF_is_refused_as_unsupported_format()
    {
        var e = Reject(TestImages.Gif(50, 50));

        Assert.Equal(ImageRejection.UnsupportedFormat, e.Reason);
        Assert.Contains("tidak didukung", e.Message);
    }

    [Fact]
    public void BMP_is_refused_as_unsupported_format()
    {
        Assert.Equal(ImageRejection.UnsupportedFormat, Reject(TestImages.Bmp(50, 50)).Reason);
    }

    [Fact]
    public void Text_file_named_like_a_photo_is_refused_as_unsupported_format()
    {
        Assert.Equal(ImageRejection.UnsupportedFormat, Reject("<html>bukan foto</html>"u8.ToArray()).Reason);
    }

    [Fact]
    public void Random_bytes_behind_a_JPEG_signature_are_refused_as_corrupt()
    {
        var e = Reject(TestImages.GarbageBehindJpegSignature());

        Assert.Equal(ImageRejection.Corrupt, e.Reason);
        Assert.Contains("rusak", e.Message);
    }

    [Fact]
    public void PNG_whose_header_claims_50_megapixels_is_refused_before_decoding()
    {
        var png = TestImages.PngClaiming(10_000, 5_000);
        // The file is valid enough for Identify to read the claimed size...
        var info = Image.Identify(png);
        Assert.Equal((10_000, 5_000), (info.Width, info.Height));

        // ...and the pipeline refuses on that alone. Decoding would have failed as Corrupt (the pixel data is 16×16).
        var e = Reject(png);

        Assert.Equal(ImageRejection.TooManyPixels, e.Reason);
        Assert.Contains("10000×5000", e.Message);
        Assert.Contains("40 megapiksel", e.Message);
    }

    [Fact]
    public void Upload_over_15_MB_is_refused_without_reading_it_all()
    {
        var endless = new EndlessStream(0x42);

        var e = Assert.Throws<ImageRejectedException>(() => new ImagePipeline().Process(endless));

        Assert.Equal(ImageRejection.TooLarge, e.Reason);
        Assert.Contains("15 MB", e.Message);
        Assert.InRange(endless.BytesRead, ImagePipeline.MaxBytes, ImagePipeline.MaxBytes + (1024 * 1024));
    }

    [Fact]
    public void Upload_of_exactly_15_MB_is_not_refused_for_its_size()
    {
        var bytes = new byte[ImagePipeline.MaxBytes];
        TestImages.Png(64, 64).CopyTo(bytes, 0);

        var e = Record.Exception(() => new ImagePipeline().Process(new MemoryStream(bytes)));

        // A PNG followed by zeros: whatever the decoder makes of the trailing bytes, size is not the reason.
        Assert.False(e is ImageRejectedException { Reason: ImageRejection.TooLarge });
    }

    [Fact]
    public void Empty_upload_is_refused_as_empty()
    {
        var e = Reject([]);

        Assert.Equal(ImageRejection.Empty, e.Reason);
        Assert.Equal("File foto kosong (0 byte): pengirimannya mungkin terputus. Pilih fotonya lagi lalu unggah ulang.", e.Message);
    }

    private static ImageRejectedException Reject(byte[] bytes) =>
        Assert.Throws<ImageRejectedException>(() => new ImagePipeline().Process(new MemoryStream(bytes)));
}
