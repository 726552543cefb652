using System.Net;
using UppkaCatalog.Core.Media;

namespace UppkaCatalog.Web.Tests.Support;

/// <summary>
/// What <c>/media/{key}</c> answers about one stored image, whichever store holds it: asserted by MediaEndpointTests
/// (a folder) and S3MediaServingTests (a bucket), so both stores serve the same headers.
/// </summary>
public sealed record MediaHeaders(HttpStatusCode Status, string? ContentType, string? CacheControl, string? ETag, long? ContentLength)
{
    public static MediaHeaders Of(HttpResponseMessage response) => new(
        response.StatusCode,
        response.Content.Headers.ContentType?.MediaType,
        response.Headers.CacheControl?.ToString(),
        response.Headers.ETag?.ToString(),
        response.Content.Headers.ContentLength);

    /// <summary>The answer for a stored key of <paramref name="length"/> bytes: its type, a year immutable, the key as ETag.</summary>
    public static MediaHeaders Expected(string key, long length) => new(
        HttpStatusCode.OK, MediaKey.ContentType(key), "public, max-age=31536000, immutable", $"\"{key.Replace('/', '-')}\"", length);
}
