using Microsoft.Net.Http.Headers;
using UppkaCatalog.Web.Catalogues;
using UppkaCatalog.Web.Infrastructure;

namespace UppkaCatalog.Web.Endpoints;

/// <summary>
/// <c>GET /kelompok/{slug}/katalog.pdf</c>: the group's catalogue, public, no sign-in. 404 for an unknown or inactive
/// group. The file comes from <see cref="GroupCatalogueFiles"/> (made once, kept until the catalogue changes); its
/// ETag and Last-Modified let a second download be a 304. <c>no-cache</c>: browsers and WhatsApp's viewer keep it
/// but ask again each time, since a price may have changed. Shown inline (phones open it in their PDF viewer).
/// </summary>
internal static class CatalogueEndpoints
{
    public static void MapCatalogueEndpoints(this IEndpointRouteBuilder app) =>
        app.MapMethods(GroupPaths.Root + "/{slug}/katalog.pdf", [HttpMethods.Get, HttpMethods.Head], GroupAsync)
            .ExcludeFromDescription();

    private static async Task<IResult> GroupAsync(string slug, HttpContext http, GroupCatalogueFiles files, PublicUrls urls)
    {
        var root = urls.Root(http.Request);
        var file = await files.GetAsync(slug, root,
            s => PublicUrls.Join(root, GroupPaths.Storefront(s)),
            s => PublicUrls.Join(root, ProductPaths.Product(s)));
        if (file is null) return Results.NotFound();
        http.Response.Headers.CacheControl = "public, no-cache";
        // The language is a cookie: a shared cache must not give one language's file to the other.
        http.Response.Headers.Vary = "Cookie, Accept-Language";
        http.Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("inline") { FileName = $"katalog-{slug}.pdf" }.ToString();
        // Results.Bytes answers If-None-Match / If-Modified-Since with 304 and Range with 206 itself.
        return Results.Bytes(file.Bytes, "application/pdf", lastModified: file.MadeAt, entityTag: EntityTagHeaderValue.Parse(file.ETag), enableRangeProcessing: true);
    }
}
