using System.Buffers.Binary;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.Memory;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;
using UppkaCatalog.Core.Common;

namespace UppkaCatalog.Core.Media;

/// <summary>One encoded rendition, still in memory.</summary>
public sealed record EncodedVariant(int Width, int Height, string Format, byte[] Bytes);

public sealed record ProcessedImage(int Width, int Height, string PlaceholderColor, IReadOnlyList<EncodedVariant> Variants);

/// <summary>
/// Turns an untrusted upload into clean, resized renditions. Every check that can be made
/// without decoding is made before decoding: size, file signature, then the header's pixel count.
/// </summary>
public sealed class ImagePipeline
{
    public const long MaxBytes = 15 * 1024 * 1024;
    public const long MaxPixels = 40_000_000;
    public const int MaxSide = 12_000;
    // 480 for product cards on phones: a card is ~160-185 CSS px wide, 320-550 device pixels, where 800 px was
    // 2.5 times the bytes a buyer on a metered connection needs (and the decoding time on a cheap phone).
    public static readonly int[] TargetWidths = [320, 480, 800, 1600];

    /// <summary>
    /// The largest rendition stored: photo-upload.js shrinks a photo's long side to this on the phone, since
    /// every pixel beyond it is sent over the member's metered data only to be thrown away here.
    /// </summary>
    public static int LargestWidth => TargetWidths[^1];

    // Only the three decoders we accept: GIF, BMP, TIFF and anything else are not even parsed.
    private static readonly Configuration DecodeConfiguration = CreateConfiguration();

    // Level1 rather than the default Level4: WebP encoding was 85 % of the time, and Level1 measured 2-3 times
    // faster at the same PSNR for about 2 % more bytes (bench/photo-pipeline.sh). JPEG 4:2:0 as phones write it.
    private static readonly WebpEncoder Webp = new() { Quality = 75, FileFormat = WebpFileFormatType.Lossy, Method = WebpEncodingMethod.Level1 };
    private static readonly JpegEncoder Jpeg = new() { Quality = 80, ColorType = JpegColorType.YCbCrRatio420 };

    // Decoding a 40 MP photo takes a few hundred MB: at most one per core at a time, across every caller.
    private static readonly SemaphoreSlim Slots = new(Environment.ProcessorCount, Environment.ProcessorCount);

    /// <summary><see cref="Process"/> off the request thread, at most one image per core at a time.</summary>
    public async Task<ProcessedImage> ProcessAsync(Stream upload, CancellationToken ct = default)
    {
        await Slots.WaitAsync(ct);
        try
        {
            return await Task.Run(() => Process(upload), ct);
        }
        finally
        {
            Slots.Release();
        }
    }

    public ProcessedImage Process(Stream upload)
    {
        using var buffer = new MemoryStream();
        CopyCapped(upload, buffer);
        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        CheckSignature(bytes);
        if (IsTruncated(bytes)) throw new ImageRejectedException(ImageRejection.Corrupt, ServiceMessages.PhotoCorrupt);

        buffer.Position = 0;
        IImageInfo info;
        try
        {
            info = Image.Identify(DecodeConfiguration, buffer)
                ?? throw new ImageRejectedException(ImageRejection.UnsupportedFormat, ServiceMessages.PhotoFormatUnsupported);
        }
        catch (Exception e) when (e is InvalidImageContentException or UnknownImageFormatException or ImageFormatException)
        {
            throw new ImageRejectedException(ImageRejection.Corrupt, ServiceMessages.PhotoCorrupt);
        }

        if (info.Width > MaxSide || info.Height > MaxSide)
        {
            // Also catches the thin ones (1 × 8,000,000) that pass the pixel cap but no encoder can write.
            throw new ImageRejectedException(ImageRejection.TooManyPixels, ServiceMessages.PhotoSideImplausible(info.Width, info.Height, MaxSide));
        }

        if ((long)info.Width * info.Height > MaxPixels)
        {
            throw new ImageRejectedException(ImageRejection.TooManyPixels, ServiceMessages.PhotoTooManyPixels(info.Width, info.Height));
        }

        buffer.Position = 0;
        Image<Rgb24> image;
        try
        {
            image = Image.Load<Rgb24>(DecodeConfiguration, buffer);
        }
        catch (Exception e) when (e is InvalidImageContentException or UnknownImageFormatException or ImageFormatException)
        {
            throw new ImageRejectedException(ImageRejection.Corrupt, ServiceMessages.PhotoCorrupt);
        }

        using (image)
        {
            // EXIF orientation 5-8 means the stored frame is sideways: width and height swap once upright.
            var orientation = image.Metadata.ExifProfile?.GetValue(ExifTag.Orientation)?.Value ?? 1;
            var swapsAxes = orientation is >= 5 and <= 8;
            var orientLate = orientation is >= 2 and <= 8;
            if (!orientLate) Strip(image);

            var uprightWidth = swapsAxes ? image.Height : image.Width;
            var widths = TargetWidths.Where(w => w <= uprightWidth).ToList();
            // Never upscale; a photo narrower than the largest target keeps its own width as the
            // largest rendition, so a 1000 px photo is not shown at 800 px on a wide screen.
            if (uprightWidth < TargetWidths[^1] && !widths.Contains(uprightWidth)) widths.Add(uprightWidth);

            var variants = new List<EncodedVariant>();
            // Largest first, each rendition resized from the previous: cheaper than from the original.
            var current = image;
            foreach (var width in widths.Distinct().OrderDescending())
            {
                Image<Rgb24> next;
                if (orientLate && ReferenceEquals(current, image))
                {
                    // Resize in the stored (maybe sideways) frame, then rotate the small copy as the phone meant it:
                    // rotating the full 12 MP photo first was a third of the time. The copy carries the original's
                    // metadata until Strip: EXIF holds GPS (the member's home), so nothing is encoded before it.
                    var size = swapsAxes ? new Size(0, width) : new Size(width, 0);
                    next = image.Clone(x => x.Resize(new ResizeOptions { Size = size, Mode = ResizeMode.Max, Sampler = KnownResamplers.Bicubic }).AutoOrient());
                    Strip(next);
                }
                else
                {
                    next = current.Width == width ? current : current.Clone(x => x.Resize(new ResizeOptions
                    {
                        Size = new Size(width, 0),
                        Mode = ResizeMode.Max,
                        Sampler = KnownResamplers.Bicubic,
                    }));
                }

                variants.Add(Encode(next, "webp", Webp));
                variants.Add(Encode(next, "jpg", Jpeg));
                if (!ReferenceEquals(current, image) && !ReferenceEquals(current, next)) current.Dispose();
                current = next;
            }

            // The average colour of the smallest rendition: the same colour as the original's, far cheaper.
            var placeholder = AverageColor(current);
            if (!ReferenceEquals(current, image)) current.Dispose();
            var largest = variants[0];
            return new ProcessedImage(largest.Width, largest.Height, placeholder, variants.OrderBy(v => v.Width).ToList());
        }
    }

    /// <summary>Drops every profile: EXIF carries GPS (the member's home), and nothing else is needed to show the photo.</summary>
    private static void Strip(Image image)
    {
        image.Metadata.ExifProfile = null;
        image.Metadata.IptcProfile = null;
        image.Metadata.XmpProfile = null;
        image.Metadata.IccProfile = null;
    }

    private static EncodedVariant Encode(Image<Rgb24> image, string format, IImageEncoder encoder)
    {
        using var output = new MemoryStream();
        image.Save(output, encoder);
        return new EncodedVariant(image.Width, image.Height, format, output.ToArray());
    }

    private static string AverageColor(Image<Rgb24> image)
    {
        using var pixel = image.Clone(x => x.Resize(new ResizeOptions { Size = new Size(1, 1), Mode = ResizeMode.Stretch, Sampler = KnownResamplers.Box }));
        var c = pixel[0, 0];
        return $"#{c.R:x2}{c.G:x2}{c.B:x2}";
    }

    private static void CopyCapped(Stream source, MemoryStream target)
    {
        var chunk = new byte[81920];
        int read;
        while ((read = source.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (target.Length + read > MaxBytes)
            {
                throw new ImageRejectedException(ImageRejection.TooLarge, ServiceMessages.PhotoTooManyBytes);
            }

            target.Write(chunk, 0, read);
        }

        if (target.Length == 0) throw new ImageRejectedException(ImageRejection.Empty, ServiceMessages.PhotoEmpty);
    }

    /// <summary>
    /// ImageSharp 2 decodes a cut-off JPEG or lossy WebP without complaint and fills the missing part, so an
    /// upload that broke off half-way would be published half black (PNG it does refuse). A WebP states its own
    /// length in the RIFF header; a JPEG must have its end marker after the scan data.
    /// </summary>
    private static bool IsTruncated(ReadOnlySpan<byte> b) => b[0] switch
    {
        0xFF => !JpegIsComplete(b),
        (byte)'R' => BinaryPrimitives.ReadUInt32LittleEndian(b[4..8]) + 8L > b.Length,
        _ => false,
    };

    /// <summary>
    /// A complete JPEG has its end marker (FF D9) after the start of the scan data, where those bytes cannot
    /// otherwise occur (a data FF is written FF 00); bytes some phones append after the end marker do not matter.
    /// </summary>
    private static bool JpegIsComplete(ReadOnlySpan<byte> b)
    {
        var i = 2;
        while (i + 4 <= b.Length && b[i] == 0xFF)
        {
            var marker = b[i + 1];
            if (marker == 0xFF)
            {
                i++; // fill byte
                continue;
            }

            if (marker == 0xD9) return false; // ends before any image data
            var next = i + 2 + ((b[i + 2] << 8) | b[i + 3]);
            if (marker == 0xDA) return next <= b.Length && b[next..].IndexOf((ReadOnlySpan<byte>)[0xFF, 0xD9]) >= 0;
            i = next;
        }

        return false;
    }

    /// <summary>Trusts the bytes, not the file name or the declared content type.</summary>
    private static void CheckSignature(ReadOnlySpan<byte> b)
    {
        if (b.Length >= 3 && b[0] == 0xFF && b[1] == 0xD8 && b[2] == 0xFF) return;
        if (b.Length >= 8 && b[..8].SequenceEqual((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])) return;
        if (b.Length >= 12 && b[..4].SequenceEqual("RIFF"u8) && b[8..12].SequenceEqual("WEBP"u8)) return;
        if (b.Length >= 12 && b[4..8].SequenceEqual("ftyp"u8) &&
            (b[8..12].SequenceEqual("heic"u8) || b[8..12].SequenceEqual("heix"u8) || b[8..12].SequenceEqual("mif1"u8) || b[8..12].SequenceEqual("msf1"u8)))
        {
            throw new ImageRejectedException(ImageRejection.Heic, ServiceMessages.PhotoHeic);
        }

        throw new ImageRejectedException(ImageRejection.UnsupportedFormat, ServiceMessages.PhotoFormatUnsupported);
    }

    private static Configuration CreateConfiguration()
    {
        var configuration = new Configuration(new JpegConfigurationModule(), new PngConfigurationModule(), new WebpConfigurationModule())
        {
            // A modest pool: the pixel cap bounds a single image, this bounds what stays cached.
            MemoryAllocator = MemoryAllocator.Create(new MemoryAllocatorOptions { MaximumPoolSizeMegabytes = 64 }),
        };
        return configuration;
    }
}
