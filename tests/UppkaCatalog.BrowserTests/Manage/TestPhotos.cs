using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.PixelFormats;

namespace UppkaCatalog.BrowserTests.Manage;

/// <summary>Real JPEGs made in the test, as a phone writes them.</summary>
internal static class TestPhotos
{
    /// <summary>
    /// Stored landscape (4000 × 3000, about 5 MB like a phone photo) with EXIF Orientation 6 — "turn 90°
    /// clockwise to show" — and the GPS position where it was taken, as an upright phone photo is saved.
    /// Noise keeps it photo-sized on disk (flat colour would compress to nothing).
    /// </summary>
    public static byte[] UprightPhoneJpegWithGps() => PhonePhoto.Value;

    // Made once per run: 12 MP of noise takes a few seconds to encode on these machines.
    private static readonly Lazy<byte[]> PhonePhoto = new(() => MakeUprightPhoneJpegWithGps(4000, 3000));

    private static byte[] MakeUprightPhoneJpegWithGps(int width, int height)
    {
        using var image = Noisy(width, height, seed: 6);
        var exif = new ExifProfile();
        exif.SetValue(ExifTag.Orientation, (ushort)6);
        exif.SetValue(ExifTag.Make, "TestPhone");
        exif.SetValue(ExifTag.GPSLatitudeRef, "S");
        exif.SetValue(ExifTag.GPSLatitude, [new Rational(1, 1), new Rational(36, 1), new Rational(1234, 100)]);
        exif.SetValue(ExifTag.GPSLongitudeRef, "E");
        exif.SetValue(ExifTag.GPSLongitude, [new Rational(103, 1), new Rational(36, 1), new Rational(5678, 100)]);
        image.Metadata.ExifProfile = exif;
        return Encode(image);
    }

    public static byte[] Jpeg(int width, int height)
    {
        using var image = Noisy(width, height, seed: 1);
        return Encode(image);
    }

    /// <summary>The JPEG's size as stored (before any EXIF orientation), and whether it carries an EXIF block at all.</summary>
    public static (int Width, int Height, bool HasExif) Inspect(byte[] jpeg)
    {
        var info = Image.Identify(jpeg);
        return (info.Width, info.Height, info.Metadata.ExifProfile is not null);
    }

    public enum Colour
    {
        Red,
        Blue,
    }

    /// <summary>Whether the photo is red or blue at a point given as fractions of its width and height (as stored).</summary>
    public static Colour DominantAt(byte[] jpeg, double x, double y)
    {
        using var image = Image.Load<Rgb24>(jpeg);
        var pixel = image[(int)(x * (image.Width - 1)), (int)(y * (image.Height - 1))];
        return pixel.R > pixel.B ? Colour.Red : Colour.Blue;
    }

    private static Image<Rgb24> Noisy(int width, int height, int seed)
    {
        var random = new Random(seed);
        var image = new Image<Rgb24>(width, height);
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                var row = rows.GetRowSpan(y);
                for (var x = 0; x < row.Length; x++)
                {
                    // Left half reddish, right half bluish, with grain: orientation mistakes stay visible.
                    var n = (byte)random.Next(0, 60);
                    row[x] = x < width / 2 ? new Rgb24((byte)(190 + n), n, n) : new Rgb24(n, n, (byte)(190 + n));
                }
            }
        });
        return image;
    }

    private static byte[] Encode(Image image)
    {
        using var output = new MemoryStream();
        image.Save(output, new JpegEncoder { Quality = 90 });
        return output.ToArray();
    }
}
