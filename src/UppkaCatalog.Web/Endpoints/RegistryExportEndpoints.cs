using System.Globalization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using UppkaCatalog.Core.Accounts;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Groups.Import;
using UppkaCatalog.Core.Seeding;
using UppkaCatalog.Web.Resources;

namespace UppkaCatalog.Web.Endpoints;

/// <summary>
/// Staff downloads of the group registry in the import's columns: the empty template and the export of every group, each
/// as CSV (UTF-8 with a byte order mark, semicolons, formula-looking text escaped) and XLSX — the same writers as the
/// statistics exports (<see cref="StatsExportEndpoints"/>), so an export edited in Excel imports back. Staff only: the
/// export holds the leaders' names and phones, and the service checks the caller again. In demo mode also the demo's
/// generated registry of 574 groups, to try the import with.
/// </summary>
internal static class RegistryExportEndpoints
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void MapRegistryExportEndpoints(this IEndpointRouteBuilder app)
    {
        Staff(app.MapGet(StaffPaths.RegistryTemplateCsv, (HttpContext http) => Csv(http, RegistryExportService.Template, "templat-registri-uppka.csv")));
        Staff(app.MapGet(StaffPaths.RegistryTemplateXlsx, (HttpContext http) => Workbook(http, RegistryExportService.Template, "templat-registri-uppka.xlsx")));
        Staff(app.MapGet(StaffPaths.RegistryExportCsv, async (HttpContext http, RegistryExportService export, TimeProvider time, CancellationToken ct) =>
            Csv(http, await export.ExportAsync(Caller(http), ct), FileName(time, "csv"))));
        Staff(app.MapGet(StaffPaths.RegistryExportXlsx, async (HttpContext http, RegistryExportService export, TimeProvider time, CancellationToken ct) =>
            Workbook(http, await export.ExportAsync(Caller(http), ct), FileName(time, "xlsx"))));
        // Made-up groups, but with leaders' names and phones like real ones: staff only, and only where the demo runs.
        Staff(app.MapGet(StaffPaths.DemoRegistryCsv, (HttpContext http, IOptions<SeedOptions> seed) =>
            seed.Value.Demo && System.IO.File.Exists(seed.Value.DemoRegistryFile)
                ? File(http, System.IO.File.ReadAllBytes(seed.Value.DemoRegistryFile), "text/csv; charset=utf-8", Path.GetFileName(seed.Value.DemoRegistryFile))
                : Results.NotFound()));
    }

    private static void Staff(RouteHandlerBuilder endpoint) =>
        endpoint.RequireAuthorization(p => p.RequireRole(Roles.Staff)).ExcludeFromDescription();

    private static Actor Caller(HttpContext http) => Actor.From(http.User) ?? throw new ForbiddenException();

    private static IResult Csv(HttpContext http, RegistrySheet sheet, string fileName) =>
        File(http, StatsExportEndpoints.Csv(Table(http, sheet)), "text/csv; charset=utf-8", fileName);

    private static IResult Workbook(HttpContext http, RegistrySheet sheet, string fileName) =>
        File(http, StatsExportEndpoints.Xlsx([Table(http, sheet)]), Xlsx, fileName);

    private static IResult File(HttpContext http, byte[] bytes, string contentType, string fileName)
    {
        http.Response.Headers.CacheControl = "no-store";
        return Results.File(bytes, contentType, fileName);
    }

    // The sheet's name is the only word the reader's language chooses; the headers are the template's, in every language.
    private static StatsTable Table(HttpContext http, RegistrySheet sheet) =>
        new(http.RequestServices.GetRequiredService<IStringLocalizer<ImportResource>>()["RegistryLinks"], sheet.Columns, sheet.Rows);

    private static string FileName(TimeProvider time, string extension) =>
        $"registri-uppka-{Wib.DayOf(time.GetUtcNow()).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.{extension}";
}
