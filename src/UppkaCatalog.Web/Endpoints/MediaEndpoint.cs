using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Net.Http.Headers;
using UppkaCatalog.Core.Media;

namespace UppkaCatalog.Web.Endpoints;

internal static class MediaEndpoint
{
    /// <summary>
    /// <c>GET /media/{key}</c>: stored images. Keys are never reused (a new upload gets a new key),
    /// so responses are cacheable forever.
    /// </summary>
    public static void MapMediaEndpoint(this IEndpointRouteBuilder app) =>
        app.MapGet("/media/{**key}", (string key, IMediaStore store, HttpContext context) =>
        {
            // A broken image link gets a bare 404, not the whole HTML not-found page.
            if (context.Features.Get<IStatusCodePagesFeature>() is { } statusPages) statusPages.Enabled = false;
            if (!MediaKey.IsValid(key)) return Results.NotFound();
            var stream = store.OpenRead(key);
            if (stream is null) return Results.NotFound();
            context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
            // The key names the content for good, so it is a stable validator across restarts and servers.
            return Results.Stream(stream, MediaKey.ContentType(key), entityTag: new EntityTagHeaderValue($"\"{key.Replace('/', '-')}\""));
        }).ExcludeFromDescription();
}
