using UppkaCatalog.Core.Reporting;

namespace UppkaCatalog.Web.Endpoints.Api;

/// <summary><c>GET /api/v1/staff/exhibitions/{slug}/stats</c>: an exhibition's visitor statistics for staff scripts.</summary>
internal static class StatsApi
{
    public static void MapStatsApi(this RouteGroupBuilder staff) =>
        staff.MapGet("/exhibitions/{slug}/stats", async (string slug, HttpContext http, ExhibitionStatsService stats, CancellationToken ct) =>
            TypedResults.Ok(StatsJson.From(await stats.GetBySlugAsync(http.Caller(), slug, ct))));
}

internal sealed record FiguresJson(long HallVisits, long UniqueHallVisitors, long BoothVisits, long UniqueBoothVisitors,
    long BoothProductViews, long WhatsAppClicks, long Inquiries)
{
    public static FiguresJson From(VisitFigures f) =>
        new(f.HallVisits, f.UniqueHallVisitors, f.BoothVisits, f.UniqueBoothVisitors, f.BoothProductViews, f.WhatsAppClicks, f.Inquiries);
}

internal sealed record StatsDayJson(DateOnly Day, FiguresJson Figures);

internal sealed record StatsBoothJson(string? Number, string? Hall, string Group, string GroupSlug, string Regency, FiguresJson Figures);

internal sealed record StatsRegencyJson(string Regency, int Booths, FiguresJson Figures);

/// <summary>Days are WIB calendar days (<c>yyyy-MM-dd</c>); unique visitors are per day, summed over days.</summary>
internal sealed record StatsJson(string Slug, string Title, DateTimeOffset StartsAt, DateTimeOffset EndsAt, FiguresJson Totals,
    IEnumerable<StatsDayJson> Days, IEnumerable<StatsBoothJson> TopBooths, IEnumerable<StatsRegencyJson> Regencies)
{
    public static StatsJson From(ExhibitionStats s) => new(s.Slug, s.Title, s.StartsAt, s.EndsAt, FiguresJson.From(s.Totals),
        s.Days.Select(d => new StatsDayJson(d.Day, FiguresJson.From(d.Figures))),
        s.Booths.Select(b => new StatsBoothJson(b.Number, b.HallName, b.GroupName, b.GroupSlug, b.RegencyName, FiguresJson.From(b.Figures))),
        s.Regencies.Select(r => new StatsRegencyJson(r.RegencyName, r.BoothCount, FiguresJson.From(r.Figures))));
}
