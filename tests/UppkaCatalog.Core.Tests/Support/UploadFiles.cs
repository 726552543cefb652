using System.Buffers.Binary;
using System.Text;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Formats.Tiff;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.Metadata.Profiles.Icc;
using SixLabors.ImageSharp.Metadata.Profiles.Iptc;
using SixLabors.ImageSharp.Metadata.Profiles.Xmp;
using SixLabors.ImageSharp.PixelFormats;
using UppkaCatalog.Tests.Shared;

namespace UppkaCatalog.Core.Tests.Support;

/// <summary>Files a member's phone — or an attacker — sends, made in code (beside <see cref="TestImages"/>).</summary>
public static class UploadFiles
{
    private static readonly Lazy<byte[]> TallThin = new(MakeTallThinPng);

    /// <summary>
    /// The 4000×3000 phone JPEG of <see cref="TestImages.PhoneJpegWithGps"/> (EXIF Orientation=6 and
    /// GPS) that also carries an ICC profile, XMP (with the position again) and IPTC: every kind of metadata a
    /// phone or an editing app leaves behind.
    /// </summary>
    public static byte[] PhoneJpegWithAllMetadata()
    {
        using var image = Image.Load<Rgb24>(TestImages.PhoneJpegWithGps());
        image.Metadata.IccProfile = new IccProfile(MinimalIccProfile());
        image.Metadata.XmpProfile = new XmpProfile(Encoding.UTF8.GetBytes(
            "<?xpacket begin=\"\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?><x:xmpmeta xmlns:x=\"adobe:ns:meta/\">"
            + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><rdf:Description xmlns:exif=\"http://ns.adobe.com/exif/1.0/\""
            + " exif:GPSLatitude=\"1,36.2S\" exif:GPSLongitude=\"103,36.9E\"/></rdf:RDF></x:xmpmeta><?xpacket end=\"w\"?>"));
        image.Metadata.IptcProfile = new IptcProfile();
        image.Metadata.IptcProfile.SetValue(IptcTag.City, "Muaro Jambi");
        using var output = new MemoryStream();
        image.Save(output, new JpegEncoder { Quality = 85 });
        return output.ToArray();
    }

    /// <summary>The first half of a real JPEG, as an upload that broke off half-way arrives.</summary>
    public static byte[] TruncatedJpeg() => FirstHalf(TestImages.Jpeg(800, 600));

    public static byte[] FirstHalf(byte[] file) => file[..(file.Length / 2)];

    public static byte[] Svg() => Encoding.UTF8.GetBytes(
        "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"400\" height=\"300\">"
        + "<script>alert(document.cookie)</script><rect width=\"400\" height=\"300\" fill=\"red\"/></svg>");

    /// <summary>A lossy WebP (the kind ImageSharp 2 decodes even when half of it is missing).</summary>
    public static byte[] LossyWebp(int width, int height)
    {
        using var image = new Image<Rgb24>(width, height);
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                var row = rows.GetRowSpan(y);
                for (var x = 0; x < row.Length; x++) row[x] = new Rgb24((byte)(x * 7), (byte)(y * 3), (byte)(x ^ y));
            }
        });
        using var output = new MemoryStream();
        image.Save(output, new WebpEncoder { FileFormat = WebpFileFormatType.Lossy });
        return output.ToArray();
    }

    public static byte[] Tiff()
    {
        using var image = new Image<Rgb24>(64, 48, TestImages.Red);
        using var output = new MemoryStream();
        image.Save(output, new TiffEncoder());
        return output.ToArray();
    }

    /// <summary>
    /// A real PNG 1 pixel wide and 8,000,000 high (8 MP: under the pixel cap) that compresses to ~16 KB;
    /// decoded, it is a strip no encoder can write. Made once: encoding it takes a couple of seconds.
    /// </summary>
    public static byte[] TallThinPng() => TallThin.Value;

    /// <summary>16 MB whose first bytes are a real JPEG: only the size is wrong.</summary>
    public static byte[] SixteenMegabytes()
    {
        var bytes = new byte[16 * 1024 * 1024];
        TestImages.Jpeg(64, 48).CopyTo(bytes, 0);
        return bytes;
    }

    private static byte[] MakeTallThinPng()
    {
        using var image = new Image<L8>(1, 8_000_000, new L8(200));
        using var output = new MemoryStream();
        image.Save(output, new PngEncoder());
        return output.ToArray();
    }

    /// <summary>A well-formed ICC header with no tags: enough for a decoder to see a colour profile.</summary>
    private static byte[] MinimalIccProfile()
    {
        var icc = new byte[132];
        BinaryPrimitives.WriteUInt32BigEndian(icc, (uint)icc.Length);
        BinaryPrimitives.WriteUInt32BigEndian(icc.AsSpan(8), 0x02100000); // version 2.1
        "mntr"u8.CopyTo(icc.AsSpan(12));
        "RGB "u8.CopyTo(icc.AsSpan(16));
        "XYZ "u8.CopyTo(icc.AsSpan(20));
        "acsp"u8.CopyTo(icc.AsSpan(36));
        return icc; // tag count (offset 128) = 0
    }
}
