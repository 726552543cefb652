using Microsoft.Net.Http.Headers;
using UppkaCatalog.Core.Catalogues;
using UppkaCatalog.Web.Catalogues;
using UppkaCatalog.Web.Infrastructure;

namespace UppkaCatalog.Web.Endpoints;

/// <summary>
/// The catalogue PDFs, public, no sign-in: <c>GET /kelompok/{slug}/katalog.pdf</c> (a group's, 404 for an unknown or
/// inactive group) and <c>GET /pameran/{slug}/katalog.pdf</c> (an exhibition's, 404 for an unknown one or a draft).
/// Files come from <see cref="CatalogueFiles"/> (made once, kept until the catalogue changes); their ETag and
/// Last-Modified let a second download be a 304. <c>no-cache</c>: browsers and WhatsApp's viewer keep it but ask
/// again each time, since a price may have changed. Shown inline (phones open it in their PDF viewer).
/// </summary>
internal static class CatalogueEndpoints
{
    public static void MapCatalogueEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapMethods(GroupPaths.Root + "/{slug}/katalog.pdf", [HttpMethods.Get, HttpMethods.Head], GroupAsync).ExcludeFromDescription();
        app.MapMethods(ExhibitionPaths.List + "/{slug}/katalog.pdf", [HttpMethods.Get, HttpMethods.Head], ExhibitionAsync).ExcludeFromDescription();
    }

    private static async Task<IResult> GroupAsync(string slug, HttpContext http, CatalogueFiles files, GroupCatalogueService catalogues,
        GroupCataloguePdf pdf, PublicUrls urls)
    {
        var root = urls.Root(http.Request);
        var file = await files.GetAsync("group/" + slug, root, async madeAt =>
            await catalogues.GetAsync(slug, CancellationToken.None) is { } group
                ? pdf.Render(group, PublicUrls.Join(root, GroupPaths.Storefront(group.Slug)), s => PublicUrls.Join(root, ProductPaths.Product(s)), madeAt)
                : null);
        return Answer(http, file, $"katalog-{slug}.pdf");
    }

    private static async Task<IResult> ExhibitionAsync(string slug, HttpContext http, CatalogueFiles files, ExhibitionCatalogueService catalogues,
        ExhibitionCataloguePdf pdf, PublicUrls urls)
    {
        var root = urls.Root(http.Request);
        var file = await files.GetAsync("exhibition/" + slug, root, async madeAt =>
            await catalogues.GetAsync(slug, CancellationToken.None) is { } exhibition
                ? pdf.Render(exhibition, new ExhibitionCatalogueLinks(
                    PublicUrls.Join(root, ExhibitionPaths.Hall(exhibition.Slug)),
                    g => PublicUrls.Join(root, BoothPaths.Booth(exhibition.Slug, g)),
                    s => PublicUrls.Join(root, ProductPaths.Product(s))), madeAt)
                : null);
        return Answer(http, file, $"katalog-pameran-{slug}.pdf");
    }

    private static IResult Answer(HttpContext http, CatalogueFile? file, string fileName)
    {
        if (file is null) return Results.NotFound();
        http.Response.Headers.CacheControl = "public, no-cache";
        // The language is a cookie: a shared cache must not give one language's file to the other.
        http.Response.Headers.Vary = "Cookie, Accept-Language";
        http.Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("inline") { FileName = fileName }.ToString();
        // Results.Bytes answers If-None-Match / If-Modified-Since with 304 and Range with 206 itself.
        return Results.Bytes(file.Bytes, "application/pdf", lastModified: file.MadeAt, entityTag: EntityTagHeaderValue.Parse(file.ETag), enableRangeProcessing: true);
    }
}
