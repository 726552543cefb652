using PdfSharp.Drawing;
using UppkaCatalog.Core.Catalogues;
using UppkaCatalog.Core.Media;

namespace UppkaCatalog.Web.Catalogues;

/// <summary>
/// Product photos for the catalogues, read from the media store as the stored JPEG rendition sharp at the printed
/// size and no larger (PDFsharp passes JPEG through unchanged). A missing or unreadable file is logged and drawn as a
/// neutral tile: one lost photo never costs the whole catalogue. The caller disposes what it was handed.
/// </summary>
public sealed class CataloguePhotos(IMediaStore media, ILogger<CataloguePhotos> log)
{
    /// <param name="jpegs">The photo's stored renditions.</param>
    /// <param name="pixelsWide">Pixels the printed size needs (about 150 dpi).</param>
    /// <param name="productSlug">For the log line.</param>
    public XImage? Load(IReadOnlyList<PhotoVariant> jpegs, int pixelsWide, string productSlug)
    {
        var variant = GroupCatalogueService.Rendition(jpegs, pixelsWide);
        if (variant is null) return null;
        try
        {
            // Drawing a PDF page is synchronous; this runs on CatalogueFiles' background task, never a request thread,
            // so waiting here for the store (a file, or a GET from S3) blocks no request.
            using var stream = media.OpenReadAsync(variant.Key).GetAwaiter().GetResult();
            if (stream is null)
            {
                log.LogWarning("Catalogue photo {Key} of product {Slug} is missing from the media store", variant.Key, productSlug);
                return null;
            }

            var copy = new MemoryStream();
            stream.CopyTo(copy);
            copy.Position = 0;
            return XImage.FromStream(copy);
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or Amazon.Runtime.AmazonServiceException or HttpRequestException or ArgumentException or NotSupportedException or UnauthorizedAccessException)
        {
            log.LogWarning(e, "Catalogue photo {Key} of product {Slug} could not be read", variant.Key, productSlug);
            return null;
        }
    }
}
