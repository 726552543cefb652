using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Net.Http.Headers;
using UppkaCatalog.Core.Media;

namespace UppkaCatalog.Web.Endpoints;

internal static class MediaEndpoint
{
    /// <summary>
    /// <c>GET /media/{key}</c>: stored images. Keys are never reused (a new upload gets a new key),
    /// so responses are cacheable forever. With <c>Storage:Media=S3</c> the bytes are proxied from the bucket rather than
    /// redirected to a presigned URL: the same URL, length, ETag, content type and year-long immutable caching as from
    /// a folder, a bucket that needs no public access, and no signed URL that expires inside a year-long browser cache.
    /// </summary>
    public static void MapMediaEndpoint(this IEndpointRouteBuilder app) =>
        app.MapGet("/media/{**key}", async (string key, IMediaStore store, HttpContext context) =>
        {
            // A broken image link gets a bare 404, not the whole HTML not-found page.
            if (context.Features.Get<IStatusCodePagesFeature>() is { } statusPages) statusPages.Enabled = false;
            if (!MediaKey.IsValid(key)) return Results.NotFound();
            // Certificate photos share the store but are private (issue 16): only PermitCertificateEndpoint serves them.
            if (Core.Catalog.Permits.PermitRules.IsPrivateMediaKey(key)) return Results.NotFound();
            var stream = await store.OpenReadAsync(key, context.RequestAborted);
            if (stream is null) return Results.NotFound();
            context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
            // The key names the content for good, so it is a stable validator across restarts and servers.
            return Results.Stream(stream, MediaKey.ContentType(key), entityTag: new EntityTagHeaderValue($"\"{key.Replace('/', '-')}\""));
        }).ExcludeFromDescription();
}
