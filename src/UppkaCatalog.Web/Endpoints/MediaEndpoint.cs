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
            if (!MediaKey.IsValid(key)) return Results.NotFound();
            var stream = store.OpenRead(key);
            if (stream is null) return Results.NotFound();
            context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
            return Results.Stream(stream, MediaKey.ContentType(key), entityTag: new EntityTagHeaderValue($"\"{key.GetHashCode():x8}\""));
        }).ExcludeFromDescription();
}
