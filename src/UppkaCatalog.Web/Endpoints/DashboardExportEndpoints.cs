using System.Globalization;
using Microsoft.Extensions.Localization;
using UppkaCatalog.Core.Accounts;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Reporting;
using UppkaCatalog.Web.Resources;

namespace UppkaCatalog.Web.Endpoints;

/// <summary>
/// Staff downloads of the regency dashboard: <c>/staf/dasbor.csv</c> (the regency table with the totals row) and
/// <c>/staf/dasbor.xlsx</c> (that table and every needing-help list in full, a sheet each). Written by the statistics
/// exports' writers (<see cref="StatsExportEndpoints.Csv"/>, <see cref="StatsExportEndpoints.Xlsx"/>): the same BOM,
/// semicolons and formula-safe text. Staff only, twice: the role policy and the service's own check.
/// </summary>
internal static class DashboardExportEndpoints
{
    public static void MapDashboardExportEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet(StaffPaths.DashboardCsv, CsvAsync).RequireAuthorization(p => p.RequireRole(Roles.Staff)).ExcludeFromDescription();
        app.MapGet(StaffPaths.DashboardXlsx, XlsxAsync).RequireAuthorization(p => p.RequireRole(Roles.Staff)).ExcludeFromDescription();
    }

    private static async Task<IResult> CsvAsync(HttpContext http, RegencyDashboardService dashboard, IStringLocalizer<DashboardResource> dashboardText,
        CancellationToken ct)
    {
        var table = await dashboard.GetFiguresAsync(Caller(http), ct);
        http.Response.Headers.CacheControl = "no-store";
        return Results.File(StatsExportEndpoints.Csv(DashboardTables.Regencies(table, dashboardText)), "text/csv; charset=utf-8", FileName(http, "csv"));
    }

    private static async Task<IResult> XlsxAsync(HttpContext http, RegencyDashboardService dashboard, IStringLocalizer<DashboardResource> dashboardText,
        IStringLocalizer<StaffResource> staffText, CancellationToken ct)
    {
        var d = await dashboard.GetAsync(Caller(http), RegencyDashboardService.MaxListed, ct);
        http.Response.Headers.CacheControl = "no-store";
        return Results.File(StatsExportEndpoints.Xlsx(
            [
                DashboardTables.Regencies(d.Figures, dashboardText), DashboardTables.NotPublishing(d.NotPublishing, dashboardText),
                DashboardTables.RejectedTwice(d.RejectedTwice, dashboardText, staffText), DashboardTables.Unanswered(d.Unanswered, dashboardText),
            ]),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", FileName(http, "xlsx"));
    }

    private static Actor Caller(HttpContext http) => Actor.From(http.User) ?? throw new ForbiddenException();

    /// <summary><c>dasbor-kabupaten-2026-12-03.csv</c>: the WIB day the figures are of.</summary>
    private static string FileName(HttpContext http, string extension)
    {
        var time = http.RequestServices.GetRequiredService<TimeProvider>();
        return string.Create(CultureInfo.InvariantCulture, $"dasbor-kabupaten-{Wib.DayOf(time.GetUtcNow()):yyyy-MM-dd}.{extension}");
    }
}
