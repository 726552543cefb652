using System.Buffers.Binary;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Bmp;
using SixLabors.ImageSharp.Formats.Gif;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.PixelFormats;

namespace UppkaCatalog.Tests.Shared;

/// <summary>Real image files made in memory with ImageSharp, as a phone or an attacker would send them.</summary>
public static class TestImages
{
    public static readonly Rgb24 Red = new(220, 20, 20);
    public static readonly Rgb24 Blue = new(20, 20, 220);

    /// <summary>
    /// A JPEG as a phone held upright writes it: stored landscape with EXIF Orientation=6 ("rotate 90° clockwise
    /// to display") and the GPS position of where it was taken. The left half is red, the right half blue.
    /// </summary>
    public static byte[] PhoneJpegWithGpsAndOrientation6(int width = 4000, int height = 3000)
    {
        using var image = TwoHalves(width, height);
        var exif = new ExifProfile();
        exif.SetValue(ExifTag.Orientation, (ushort)6);
        exif.SetValue(ExifTag.Make, "TestPhone");
        exif.SetValue(ExifTag.GPSLatitudeRef, "S");
        exif.SetValue(ExifTag.GPSLatitude, [new Rational(1, 1), new Rational(36, 1), new Rational(1234, 100)]);
        exif.SetValue(ExifTag.GPSLongitudeRef, "E");
        exif.SetValue(ExifTag.GPSLongitude, [new Rational(103, 1), new Rational(36, 1), new Rational(5678, 100)]);
        image.Metadata.ExifProfile = exif;
        return Save(image, new JpegEncoder { Quality = 85 });
    }

    public static byte[] Jpeg(int width, int height) => Save(TwoHalves(width, height), new JpegEncoder { Quality = 85 }, dispose: true);

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

    private static Image<Rgb24> TwoHalves(int width, int height)
    {
        var image = new Image<Rgb24>(width, height, Red);
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++) rows.GetRowSpan(y)[(width / 2)..].Fill(Blue);
        });
        return image;
    }

    private static byte[] Save(Image image, SixLabors.ImageSharp.Formats.IImageEncoder encoder, bool dispose = false)
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

/// <summary>A stream that never ends, counting what was read from it (a client that keeps sending).</summary>
public sealed class EndlessStream(byte first) : Stream
{
    public long BytesRead { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        buffer.AsSpan(offset, count).Fill(first);
        if (BytesRead == 0 && count >= 3)
        {
            buffer[offset] = 0xFF;
            buffer[offset + 1] = 0xD8;
            buffer[offset + 2] = 0xFF;
        }

        BytesRead += count;
        return count;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
