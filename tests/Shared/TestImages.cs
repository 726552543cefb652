using System.Buffers.Binary;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.Formats.Bmp;
using SixLabors.ImageSharp.Formats.Gif;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.PixelFormats;

namespace UppkaCatalog.Tests.Shared;

/// <summary>
/// Real image files made in memory with ImageSharp, as a phone or an attacker would send them (linked into every test
/// project). Pictures are red on the left half and blue on the right, so a turn or a mirror stays visible.
/// </summary>
public static class TestImages
{
    public static readonly Rgb24 Red = new(220, 20, 20);
    public static readonly Rgb24 Blue = new(20, 20, 220);

    // Made once per run: 12 MP of grain takes a few seconds to encode on these machines.
    private static readonly Lazy<byte[]> GrainyPhone = new(() => PhoneJpegWithGps(grain: true));

    /// <summary>
    /// A JPEG as a phone writes it: EXIF with the camera's make and the GPS position of where it was taken (a member's
    /// home). <paramref name="upright"/>: the phone was held upright, so the photo is stored landscape with EXIF
    /// Orientation=6 ("rotate 90° clockwise to display"); otherwise it has no orientation tag. For
    /// <paramref name="grain"/> see <see cref="Jpeg"/>.
    /// </summary>
    public static byte[] PhoneJpegWithGps(int width = 4000, int height = 3000, bool upright = true, bool grain = false)
    {
        using var image = TwoHalves(width, height, grain);
        var exif = new ExifProfile();
        if (upright) exif.SetValue(ExifTag.Orientation, (ushort)6);
        exif.SetValue(ExifTag.Make, "TestPhone");
        exif.SetValue(ExifTag.GPSLatitudeRef, "S");
        exif.SetValue(ExifTag.GPSLatitude, [new Rational(1, 1), new Rational(36, 1), new Rational(1234, 100)]);
        exif.SetValue(ExifTag.GPSLongitudeRef, "E");
        exif.SetValue(ExifTag.GPSLongitude, [new Rational(103, 1), new Rational(36, 1), new Rational(5678, 100)]);
        image.Metadata.ExifProfile = exif;
        return Save(image, JpegEncoderFor(grain));
    }

    /// <summary>
    /// The upright 4000 × 3000 phone photo of <see cref="PhoneJpegWithGps"/> with grain (about 5 MB, like a real one),
    /// made once per run.
    /// </summary>
    public static byte[] GrainyPhonePhoto => GrainyPhone.Value;

    /// <summary>
    /// A JPEG without metadata. Flat halves at quality 85 by default (small, quick to make); with
    /// <paramref name="grain"/>, noise at quality 90 as a camera saves it, which keeps the file photo-sized (flat colour
    /// compresses to almost nothing).
    /// </summary>
    public static byte[] Jpeg(int width, int height, bool grain = false) =>
        Save(TwoHalves(width, height, grain), JpegEncoderFor(grain), dispose: true);

    public static byte[] Png(int width, int height) => Save(TwoHalves(width, height), new PngEncoder(), dispose: true);

    public static byte[] Webp(int width, int height) => Save(TwoHalves(width, height), new WebpEncoder(), dispose: true);

    public static byte[] Gif(int width, int height) => Save(TwoHalves(width, height), new GifEncoder(), dispose: true);

    public static byte[] Bmp(int width, int height) => Save(TwoHalves(width, height), new BmpEncoder(), dispose: true);

    /// <summary>A real small PNG whose IHDR (with a correct CRC) claims other dimensions than its pixel data has.</summary>
    public static byte[] PngClaiming(int claimedWidth, int claimedHeight)
    {
        var png = Png(16, 16);
        // Signature (8) | length (4) | "IHDR" (4) | width (4) | height (4) | 5 more bytes | CRC (4) over type + data.
        if (!png.AsSpan(12, 4).SequenceEqual("IHDR"u8)) throw new InvalidOperationException("IHDR is not the first chunk.");
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(16, 4), (uint)claimedWidth);
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(20, 4), (uint)claimedHeight);
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(29, 4), Crc32(png.AsSpan(12, 17)));
        return png;
    }

    /// <summary>The first bytes of an iPhone HEIC photo: a box size, then <c>ftypheic</c>.</summary>
    public static byte[] HeicHeader()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        BinaryPrimitives.WriteUInt32BigEndian(bytes, 0x18);
        "ftypheic"u8.CopyTo(bytes.AsSpan(4));
        return bytes;
    }

    /// <summary>Random bytes behind a JPEG signature: passes the signature check, is no image.</summary>
    public static byte[] GarbageBehindJpegSignature()
    {
        var bytes = new byte[64 * 1024];
        new Random(42).NextBytes(bytes);
        bytes[0] = 0xFF;
        bytes[1] = 0xD8;
        bytes[2] = 0xFF;
        return bytes;
    }

    public enum Colour
    {
        Red,
        Blue,
    }

    /// <summary>The image's size as stored (before any EXIF orientation), and whether it carries an EXIF block at all.</summary>
    public static (int Width, int Height, bool HasExif) Inspect(byte[] image)
    {
        var info = Image.Identify(image);
        return (info.Width, info.Height, info.Metadata.ExifProfile is not null);
    }

    /// <summary>Whether the image is red or blue at a point given as fractions of its width and height (as stored).</summary>
    public static Colour DominantAt(byte[] image, double x, double y)
    {
        using var decoded = Image.Load<Rgb24>(image);
        var pixel = decoded[(int)(x * (decoded.Width - 1)), (int)(y * (decoded.Height - 1))];
        return pixel.R > pixel.B ? Colour.Red : Colour.Blue;
    }

    private static JpegEncoder JpegEncoderFor(bool grain) => new() { Quality = grain ? 90 : 85 };

    private static Image<Rgb24> TwoHalves(int width, int height, bool grain = false)
    {
        if (!grain)
        {
            var flat = new Image<Rgb24>(width, height, Red);
            flat.ProcessPixelRows(rows =>
            {
                for (var y = 0; y < rows.Height; y++) rows.GetRowSpan(y)[(width / 2)..].Fill(Blue);
            });
            return flat;
        }

        var random = new Random(1);
        var image = new Image<Rgb24>(width, height);
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                var row = rows.GetRowSpan(y);
                for (var x = 0; x < row.Length; x++)
                {
                    // Reddish on the left, bluish on the right, with grain.
                    var n = (byte)random.Next(0, 60);
                    row[x] = x < width / 2 ? new Rgb24((byte)(190 + n), n, n) : new Rgb24(n, n, (byte)(190 + n));
                }
            }
        });
        return image;
    }

    private static byte[] Save(Image image, IImageEncoder encoder, bool dispose = false)
    {
        try
        {
            using var output = new MemoryStream();
            image.Save(output, encoder);
            return output.ToArray();
        }
        finally
        {
            if (dispose) image.Dispose();
        }
    }

    private static uint Crc32(ReadOnlySpan<byte> data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
        }

        return ~crc;
    }
}
