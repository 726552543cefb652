using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Media;
using UppkaCatalog.Web.Infrastructure;

namespace UppkaCatalog.Web.Endpoints.Api;

/// <summary>
/// The public catalogue over the same service as <c>/katalog</c>: anyone may read it, and it only ever
/// shows published products of active groups. Mapped on <c>/api</c> itself, outside the bearer-only
/// member group. <c>GET /v1/products/{slug}</c> does not meet the member route <c>/v1/products/{id:int}</c>:
/// product slugs never consist of digits only (<see cref="ProductEditingService"/>).
/// </summary>
internal static class CatalogApi
{
    public static void MapCatalogApi(this RouteGroupBuilder api)
    {
        api.MapGet("/v1/products", async (string? q, string? category, string? regency, string? page, string? verified, HttpContext http, CatalogService catalog,
            CancellationToken ct) =>
        {
            // verified=true: only products with a permit staff verified (issue 16).
            if (!TryParseFlag(verified, out var verifiedOnly))
            {
                return ApiProblems.Validation(new Dictionary<string, string> { ["verified"] = "Isi verified dengan true atau false." });
            }

            var result = await catalog.SearchAsync(new CatalogQuery
            {
                Text = q, Category = category, Regency = regency, Page = CatalogWords.ParsePage(page), VerifiedOnly = verifiedOnly,
            }, ct);
            var site = SiteRoot(http);
            return (IResult)TypedResults.Ok(new CatalogPageJson(
                result.Results.Items.Select(p => CatalogItemJson.From(p, site)).ToList(),
                result.Results.TotalCount, result.TotalIsCapped, result.Results.Page, result.Results.PageSize, result.Results.PageCount));
        }).Produces<CatalogPageJson>().ProducesProblem(StatusCodes.Status400BadRequest);

        api.MapGet("/v1/products/{slug}", async (string slug, HttpContext http, CatalogService catalog, CancellationToken ct) =>
            await catalog.GetPublishedAsync(slug, ct) is { } product
                ? TypedResults.Ok(CatalogProductJson.From(product, SiteRoot(http)))
                : ApiProblems.NotFound("Produk tidak ditemukan atau tidak tayang."))
            .Produces<CatalogProductJson>().ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static bool TryParseFlag(string? value, out bool flag)
    {
        flag = false;
        var v = value?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(v) || v is "false" or "0") return true;
        flag = v is "true" or "1";
        return flag;
    }

    /// <summary>The public site address (Site:PublicBaseUrl), or where the client asked when it is unset.</summary>
    private static string SiteRoot(HttpContext http) => http.RequestServices.GetRequiredService<PublicUrls>().Root(http.Request);
}

/// <summary>
/// One page of the catalogue. <c>TotalCapped</c>: more products match than <see cref="CatalogService.SearchCountCap"/>
/// (1,000); <c>Total</c> is then 1000 ("more than 1,000") and <c>PageCount</c> ends at the 1,000th match (42).
/// </summary>
internal sealed record CatalogPageJson(IReadOnlyList<CatalogItemJson> Items, int Total, bool TotalCapped, int Page, int PageSize, int PageCount);

internal sealed record CatalogItemJson(
    int Id, string Slug, string Name, long Price, string Unit, string GroupSlug, string GroupName, string Regency, string Category,
    string Url, string? CoverUrl, IReadOnlyList<string> VerifiedPermits)
{
    public static CatalogItemJson From(ProductCard p, string site) => new(p.Id, p.Slug, p.Name, p.Price, p.Unit, p.GroupSlug, p.GroupName,
        p.RegencyName, p.CategoryName, site + ProductPaths.Product(p.Slug), CoverJpeg(p.Cover, site),
        p.VerifiedPermits.Select(Core.Catalog.Permits.PermitRules.Word).ToList());

    /// <summary>A JPEG of at least 640 px (every client can show JPEG), or null for a product without photos.</summary>
    public static string? CoverJpeg(PhotoView? cover, string site) =>
        cover?.Fallback(640) is { Length: > 0 } path ? site + path : null;
}

internal sealed record CatalogProductJson(
    int Id, string Slug, string Name, string Description, long Price, string Unit, int MinimumOrder, string Availability, int? PreOrderDays,
    string? NetContent, string? Packaging, string? ShelfLife, string? PirtNumber, string? HalalNumber, string? BpomNumber,
    IReadOnlyList<LinkJson> MarketplaceLinks, string Category, string CategorySlug, string GroupSlug, string GroupName, string? GroupWhatsApp,
    string Regency, string Village, string Url, IReadOnlyList<CatalogPhotoJson> Photos, IReadOnlyList<PermitJson> Permits)
{
    public static CatalogProductJson From(ProductDetail p, string site) => new(p.Id, p.Slug, p.Name, p.Description, p.Price, p.Unit,
        p.MinimumOrder, ApiJson.Name(p.Availability), p.PreOrderDays, p.NetContent, p.Packaging, p.ShelfLife, p.PirtNumber, p.HalalNumber,
        p.BpomNumber, p.MarketplaceLinks.Select(l => new LinkJson(l.Name, l.Url)).ToList(), p.CategoryName, p.CategorySlug, p.GroupSlug,
        p.GroupName, p.GroupWhatsApp, p.RegencyName, p.Village, site + ProductPaths.Product(p.Slug),
        p.Photos.Select(ph => new CatalogPhotoJson(ph.Alt, ph.Width, ph.Height, VariantJson.From(ph.Variants)
            .Select(v => v with { Url = site + v.Url }).ToList())).ToList(),
        PermitJson.From(p.Permits));
}

internal sealed record CatalogPhotoJson(string AltText, int Width, int Height, IReadOnlyList<VariantJson> Variants);
