using System.Buffers.Binary;
using System.Text;

namespace UppkaCatalog.Core.Tests.Support;

/// <summary>Lists the metadata-bearing parts of an image file, read from its bytes (not through ImageSharp).</summary>
public static class ContainerParts
{
    /// <summary>JPEG marker segments before the image data, as "APP0", "APP1", "DQT", "SOF0"…</summary>
    public static List<string> JpegMarkers(byte[] b)
    {
        var names = new List<string>();
        if (b.Length < 4 || b[0] != 0xFF || b[1] != 0xD8) return names;
        var i = 2;
        while (i + 4 <= b.Length && b[i] == 0xFF)
        {
            var marker = b[i + 1];
            names.Add(marker switch
            {
                >= 0xE0 and <= 0xEF => "APP" + (marker - 0xE0),
                0xDB => "DQT",
                0xC4 => "DHT",
                0xDA => "SOS",
                0xFE => "COM",
                >= 0xC0 and <= 0xCF => "SOF" + (marker - 0xC0),
                _ => $"0x{marker:X2}",
            });
            if (marker == 0xDA) break; // entropy-coded data follows
            i += 2 + BinaryPrimitives.ReadUInt16BigEndian(b.AsSpan(i + 2, 2));
        }

        return names;
    }

    /// <summary>The chunk FourCCs of a RIFF/WebP file: "VP8 ", "VP8L", "VP8X", "EXIF", "XMP "…</summary>
    public static List<string> WebpChunks(byte[] b)
    {
        var names = new List<string>();
        if (b.Length < 12 || !b.AsSpan(0, 4).SequenceEqual("RIFF"u8) || !b.AsSpan(8, 4).SequenceEqual("WEBP"u8)) return names;
        var i = 12;
        while (i + 8 <= b.Length)
        {
            names.Add(Encoding.ASCII.GetString(b, i, 4));
            var size = BinaryPrimitives.ReadInt32LittleEndian(b.AsSpan(i + 4, 4));
            i += 8 + size + (size & 1);
        }

        return names;
    }
}
