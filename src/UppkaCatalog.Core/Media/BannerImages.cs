using System.Globalization;
using UppkaCatalog.Core.Common;

namespace UppkaCatalog.Core.Media;

/// <summary>
/// Banners of exhibitions and booths: stored through the same hostile-upload pipeline as product photos
/// (same renditions, metadata stripped), described by one short string kept in the entity's
/// <c>BannerKey</c> column: <c>"b/{guid}/{width}x{height}/{placeholder}/{rendition widths, '-'-separated}"</c>,
/// so no extra table is needed. The widths are the ones actually written (the resizer may round 1600 to
/// 1599 for a 3:1 picture), never derived from a rule.
/// </summary>
public sealed class BannerImages(ImagePipeline pipeline, PhotoStorage storage, IMediaStore store)
{
    /// <summary>Narrower than this a banner looks blurred across a desktop screen.</summary>
    public const int MinWidth = 800;

    private const string Kind = "b";

    /// <summary>Processes and stores an uploaded banner; returns the descriptor to keep in <c>BannerKey</c>.</summary>
    /// <exception cref="ValidationException">On field <c>banner</c>, with a message for the member or staff.</exception>
    public async Task<string> StoreAsync(Stream upload, CancellationToken ct = default)
    {
        ProcessedImage image;
        try
        {
            image = await pipeline.ProcessAsync(upload, ct);
        }
        catch (ImageRejectedException e)
        {
            throw new ValidationException("banner", e.Message);
        }

        if (image.Width < MinWidth)
        {
            throw new ValidationException("banner", ServiceMessages.BannerTooNarrow(image.Width, MinWidth));
        }

        var (storageKey, variants) = await storage.SaveAsync(image, Kind, ct);
        var widths = string.Join('-', variants.Select(v => v.Width).Distinct().Order());
        return $"{storageKey}/{image.Width}x{image.Height}/{image.PlaceholderColor.TrimStart('#')}/{widths}";
    }

    /// <summary>Deletes a banner's files (after the row no longer points at them). Unknown descriptors are ignored.</summary>
    public async Task DeleteAsync(string? bannerKey, CancellationToken ct = default)
    {
        if (View(bannerKey, "") is not { } view) return;
        foreach (var v in view.Variants) await store.DeleteAsync(v.Key, ct);
    }

    /// <summary>What a page needs to render the banner; null when there is none or the descriptor is malformed.</summary>
    public static PhotoView? View(string? bannerKey, string alt)
    {
        var parts = bannerKey?.Split('/');
        if (parts is not [Kind, var id, var size, var color, var renditions]
            || id.Length != 32 || !id.All(char.IsAsciiHexDigit) || color.Length != 6 || !color.All(char.IsAsciiHexDigit))
        {
            return null;
        }

        var dims = size.Split('x');
        if (dims.Length != 2
            || !int.TryParse(dims[0], NumberStyles.None, CultureInfo.InvariantCulture, out var width)
            || !int.TryParse(dims[1], NumberStyles.None, CultureInfo.InvariantCulture, out var height)
            || width <= 0 || height <= 0)
        {
            return null;
        }

        var widths = new List<int>();
        foreach (var w in renditions.Split('-'))
        {
            if (!int.TryParse(w, NumberStyles.None, CultureInfo.InvariantCulture, out var rw) || rw <= 0 || rw > width) return null;
            widths.Add(rw);
        }

        var variants = widths
            .SelectMany(w => new[] { "webp", "jpg" }.Select(f => new PhotoVariant(w, (int)Math.Round((double)height * w / width), f, $"{Kind}/{id}/{w}.{f}", 0)))
            .ToList();
        return new PhotoView(alt, width, height, "#" + color, variants);
    }
}
