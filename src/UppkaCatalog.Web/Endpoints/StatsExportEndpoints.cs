using System.Data;
using System.Globalization;
using CsvHelper;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;
using UppkaCatalog.Core.Accounts;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Reporting;
using UppkaCatalog.Web.Resources;

namespace UppkaCatalog.Web.Endpoints;

/// <summary>
/// Staff downloads of an exhibition's visitor statistics: <c>/staf/pameran/{id}/statistik.csv?tabel=stan|hari|wilayah</c>
/// and <c>/staf/pameran/{id}/statistik.xlsx</c> (every table, a sheet each). Staff only, twice: the endpoint's role
/// policy (anonymous → sign in, a member → the "staff only" page) and the service's own check.
/// </summary>
internal static class StatsExportEndpoints
{
    /// <summary>
    /// Semicolons: Excel splits a double-clicked CSV on the list separator of the Windows region settings, which for
    /// Indonesian (decimal comma) is <c>;</c> — with commas every row would land in one column. No <c>sep=;</c> line:
    /// Excel then ignores the byte order mark and garbles non-ASCII names. A comma-region Excel user takes the XLSX.
    /// </summary>
    public const char Separator = ';';

    public static void MapStatsExportEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet(StaffPaths.StatsCsvTemplate, CsvAsync).RequireAuthorization(p => p.RequireRole(Roles.Staff)).ExcludeFromDescription();
        app.MapGet(StaffPaths.StatsXlsxTemplate, XlsxAsync).RequireAuthorization(p => p.RequireRole(Roles.Staff)).ExcludeFromDescription();
    }

    private static async Task<IResult> CsvAsync(int id, string? tabel, HttpContext http, ExhibitionStatsService service,
        IStringLocalizer<StatsResource> statsText, CancellationToken ct)
    {
        var stats = await LoadAsync(http, service, id, ct);
        if (stats is null) return Results.NotFound();
        var (table, suffix) = tabel switch
        {
            "hari" => (StatsTables.Days(stats, statsText), "per-hari"),
            "wilayah" => (StatsTables.Regencies(stats, statsText), "per-kabupaten"),
            _ => (StatsTables.Booths(stats, statsText), "per-stan"),
        };
        NoStore(http);
        return Results.File(Csv(table), "text/csv; charset=utf-8", $"statistik-{stats.Slug}-{suffix}.csv");
    }

    private static async Task<IResult> XlsxAsync(int id, HttpContext http, ExhibitionStatsService service,
        IStringLocalizer<StatsResource> statsText, CancellationToken ct)
    {
        var stats = await LoadAsync(http, service, id, ct);
        if (stats is null) return Results.NotFound();
        NoStore(http);
        return Results.File(Xlsx([StatsTables.Summary(stats, statsText), StatsTables.Days(stats, statsText), StatsTables.Booths(stats, statsText), StatsTables.Regencies(stats, statsText)]),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"statistik-{stats.Slug}.xlsx");
    }

    /// <summary>
    /// UTF-8 with a byte order mark (how Excel knows it is UTF-8), CRLF, a header row, quoting as RFC 4180 needs, and
    /// text that a spreadsheet would run as a formula (group names are typed by users: <c>=HYPERLINK(…)</c>) prefixed
    /// with an apostrophe, which Excel shows as "this cell is text".
    /// </summary>
    public static byte[] Csv(StatsTable table)
    {
        using var output = new MemoryStream();
        var options = CsvWriterOptions.Default with
        {
            Separator = Separator,
            WriteByteOrderMark = true,
            NewLine = "\r\n",
            Injection = CsvInjection.Escape,
            InjectionEscape = '\'',
        };
        using (var csv = CsvWriter.Create(output, options, leaveOpen: true))
        {
            csv.WriteRecord(table.Columns.ToArray());
            foreach (var row in table.Rows) csv.WriteRecord(row.Select(Text).ToArray());
        }

        return output.ToArray();
    }

    /// <summary>
    /// One sheet per table; numbers stay numbers. Cells are written as text values, never as formulas. A table without
    /// rows still gets its header row (MiniExcel writes nothing at all for an empty list): the registry template is one.
    /// </summary>
    public static byte[] Xlsx(IEnumerable<StatsTable> tables)
    {
        var sheets = new Dictionary<string, object>();
        foreach (var table in tables)
        {
            sheets[table.Name] = table.Rows.Count == 0 ? HeaderOnly(table) : table.Rows.Select(row =>
            {
                var cells = new Dictionary<string, object>();
                for (var i = 0; i < table.Columns.Count; i++) cells[table.Columns[i]] = row[i];
                return cells;
            }).ToList();
        }

        using var output = new MemoryStream();
        output.SaveAs(sheets);
        return output.ToArray();
    }

    private static DataTable HeaderOnly(StatsTable table)
    {
        var header = new DataTable(table.Name);
        foreach (var column in table.Columns) header.Columns.Add(column, typeof(string));
        return header;
    }

    private static string Text(object cell) => cell switch
    {
        long n => n.ToString(CultureInfo.InvariantCulture),
        _ => Convert.ToString(cell, CultureInfo.InvariantCulture) ?? "",
    };

    private static async Task<ExhibitionStats?> LoadAsync(HttpContext http, ExhibitionStatsService service, int id, CancellationToken ct)
    {
        var actor = Actor.From(http.User) ?? throw new ForbiddenException();
        try
        {
            return await service.GetAsync(actor, id, ct);
        }
        catch (NotFoundException)
        {
            return null;
        }
    }

    private static void NoStore(HttpContext http) => http.Response.Headers.CacheControl = "no-store";
}
