using System.Globalization;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Exhibitions;
using UppkaCatalog.Web.Infrastructure;

namespace UppkaCatalog.Web.Endpoints.Api;

/// <summary>
/// Public exhibitions over the same read model as <c>/pameran</c>: published exhibitions (including ones not yet open)
/// and archived ones, never drafts. Times are ISO 8601 in WIB (<c>2026-11-25T08:00:00+07:00</c>), the zone buyers read.
/// </summary>
internal static class ExhibitionsApi
{
    public static void MapExhibitionsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/v1/exhibitions", async (HttpContext http, ExhibitionService exhibitions, CancellationToken ct) =>
        {
            var site = SiteRoot(http);
            return TypedResults.Ok((await exhibitions.ListPublicAsync(ct)).Select(e => ExhibitionJson.From(e, site)).ToList());
        });

        api.MapGet("/v1/exhibitions/{slug}", async (string slug, HttpContext http, ExhibitionService exhibitions, CancellationToken ct) =>
            await exhibitions.GetHallAsync(slug, HallFilter.None, previewer: null, ct) is { } hall
                ? TypedResults.Ok(ExhibitionDetailJson.From(hall, SiteRoot(http)))
                : ApiProblems.NotFound("Pameran tidak ditemukan atau belum terbit."))
            .Produces<ExhibitionDetailJson>().ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static string SiteRoot(HttpContext http) => http.RequestServices.GetRequiredService<PublicUrls>().Root(http.Request);

    /// <summary>"ongoing" / "upcoming" / "past".</summary>
    public static string Status(ExhibitionPhase phase) => phase.ToString().ToLowerInvariant();

    public static string Wib(DateTimeOffset moment) => moment.ToWib().ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    public static string ExhibitionUrl(string site, string slug) => site + ExhibitionPaths.Hall(slug);
}

internal sealed record ExhibitionJson(string Slug, string Title, string Theme, string Status, string StartsAt, string EndsAt, int BoothCount, int HallCount, string Url)
{
    public static ExhibitionJson From(ExhibitionSummary e, string site) => new(e.Slug, e.Title, e.Theme, ExhibitionsApi.Status(e.Phase),
        ExhibitionsApi.Wib(e.StartsAt), ExhibitionsApi.Wib(e.EndsAt), e.BoothCount, e.HallCount, ExhibitionsApi.ExhibitionUrl(site, e.Slug));
}

internal sealed record ExhibitionDetailJson(
    string Slug, string Title, string Theme, string Description, string Status, string StartsAt, string EndsAt, int BoothCount, string Url,
    IReadOnlyList<HallJson> Halls)
{
    public static ExhibitionDetailJson From(ExhibitionHallView v, string site)
    {
        var e = v.Exhibition;
        var url = ExhibitionsApi.ExhibitionUrl(site, e.Slug);
        return new(e.Slug, e.Title, e.Theme, e.Description, ExhibitionsApi.Status(e.Phase), ExhibitionsApi.Wib(e.StartsAt), ExhibitionsApi.Wib(e.EndsAt),
            e.BoothCount, url, v.Halls.Select(h => new HallJson(h.Slug, h.Name, h.Booths.Select(b => BoothJson.From(b, e.Slug, site)).ToList())).ToList());
    }
}

internal sealed record HallJson(string Slug, string Name, IReadOnlyList<BoothJson> Booths);

internal sealed record BoothGroupJson(string Slug, string Name, string Regency);

internal sealed record BoothJson(int Id, string Number, string Tagline, BoothGroupJson Group, string Url, IReadOnlyList<BoothProductJson> Products)
{
    public static BoothJson From(BoothSummary b, string exhibitionSlug, string site) => new(b.Id, b.Number, b.Tagline,
        new BoothGroupJson(b.GroupSlug, b.GroupName, b.RegencyName), site + BoothPaths.Booth(exhibitionSlug, b.GroupSlug),
        b.Products.Select(p => new BoothProductJson(p.ProductId, p.Slug, p.Name, p.Price,
            // An exhibition price only where it is a discount, as the booth page shows it.
            p.ExhibitionPrice < p.Price ? p.ExhibitionPrice : null,
            site + ProductPaths.FromBooth(p.Slug, b.Id))).ToList());
}

internal sealed record BoothProductJson(int Id, string Slug, string Name, long Price, long? ExhibitionPrice, string Url);
