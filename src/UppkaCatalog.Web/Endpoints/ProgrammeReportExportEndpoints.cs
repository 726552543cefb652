using System.Globalization;
using Microsoft.Extensions.Localization;
using UppkaCatalog.Core.Accounts;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Programmes;
using UppkaCatalog.Web.Resources;

namespace UppkaCatalog.Web.Endpoints;

/// <summary>
/// Staff downloads of the partner programme report: <c>/staf/program/laporan.csv</c> (one flat table) and <c>.xlsx</c> (a sheet
/// per partner, programme and regency), by the statistics exports' writers: BOM, semicolons, formula-safe text. Staff only,
/// twice: the role policy and the service's own check.
/// </summary>
internal static class ProgrammeReportExportEndpoints
{
    public static void MapProgrammeReportExportEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet(StaffPaths.ProgrammeReportCsv, CsvAsync).RequireAuthorization(p => p.RequireRole(Roles.Staff)).ExcludeFromDescription();
        app.MapGet(StaffPaths.ProgrammeReportXlsx, XlsxAsync).RequireAuthorization(p => p.RequireRole(Roles.Staff)).ExcludeFromDescription();
    }

    private static async Task<IResult> CsvAsync(HttpContext http, ProgrammeReportService reports, IStringLocalizer<StaffPartnerResource> staffPartnerText, CancellationToken ct)
    {
        var report = await reports.GetAsync(Caller(http), ct);
        http.Response.Headers.CacheControl = "no-store";
        return Results.File(StatsExportEndpoints.Csv(ProgrammeReportTables.Flat(report, staffPartnerText)), "text/csv; charset=utf-8", FileName(report, "csv"));
    }

    private static async Task<IResult> XlsxAsync(HttpContext http, ProgrammeReportService reports, IStringLocalizer<StaffPartnerResource> staffPartnerText, CancellationToken ct)
    {
        var report = await reports.GetAsync(Caller(http), ct);
        http.Response.Headers.CacheControl = "no-store";
        return Results.File(StatsExportEndpoints.Xlsx(ProgrammeReportTables.Sheets(report, staffPartnerText)),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", FileName(report, "xlsx"));
    }

    private static Actor Caller(HttpContext http) => Actor.From(http.User) ?? throw new ForbiddenException();

    /// <summary><c>laporan-program-mitra-2026-12-07.csv</c>: the WIB day the figures are of.</summary>
    private static string FileName(ProgrammeReport report, string extension) =>
        string.Create(CultureInfo.InvariantCulture, $"laporan-program-mitra-{Wib.DayOf(report.At):yyyy-MM-dd}.{extension}");
}
