using UppkaCatalog.Core.Reporting;

namespace UppkaCatalog.Web.Endpoints.Api;

/// <summary><c>GET /api/v1/staff/dashboard</c>: the regency dashboard's figures (the table on <c>/staf</c>) for staff scripts.</summary>
internal static class DashboardApi
{
    public static void MapDashboardApi(this RouteGroupBuilder staff) =>
        staff.MapGet("/dashboard", async (HttpContext http, RegencyDashboardService dashboard, CancellationToken ct) =>
            TypedResults.Ok(DashboardJson.From(await dashboard.GetFiguresAsync(http.Caller(), ct))));
}

/// <summary>A regency's (BPS code and name) figures: active groups, online, with published products, published products, inquiries in the last 30 days.</summary>
internal sealed record DashboardRegencyJson(string Code, string Name, int Groups, int Online, int WithPublishedProducts, int PublishedProducts, int Inquiries30d,
    int VerifiedProducts)
{
    public static DashboardRegencyJson From(RegencyDashboardRow r) => new(r.Code, r.Name, r.Figures.Groups, r.Figures.Online,
        r.Figures.WithPublishedProducts, r.Figures.PublishedProducts, r.Figures.Inquiries30d, r.Figures.VerifiedProducts);
}

/// <summary>The province's totals: the same figures summed over every regency.</summary>
internal sealed record DashboardTotalsJson(int Groups, int Online, int WithPublishedProducts, int PublishedProducts, int Inquiries30d, int VerifiedProducts)
{
    public static DashboardTotalsJson From(DashboardFigures f) => new(f.Groups, f.Online, f.WithPublishedProducts, f.PublishedProducts, f.Inquiries30d,
        f.VerifiedProducts);
}

/// <summary>Every regency of the reference data in BPS code order, those without groups too, and the totals.</summary>
internal sealed record DashboardJson(IEnumerable<DashboardRegencyJson> Regencies, DashboardTotalsJson Totals)
{
    public static DashboardJson From(RegencyTable t) => new(t.Regencies.Select(DashboardRegencyJson.From), DashboardTotalsJson.From(t.Totals));
}
