using Microsoft.EntityFrameworkCore;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Data;

namespace UppkaCatalog.Core.Groups.Import;

/// <summary>The registry as a table: the template's Indonesian headers, then one row per group; cells are text or whole numbers.</summary>
public sealed record RegistrySheet(IReadOnlyList<string> Columns, IReadOnlyList<object[]> Rows);

/// <summary>
/// The registry spreadsheet for staff: the empty template and the export of every group, in the template's columns, so
/// an export edited in Excel imports back (<see cref="RegistryImportService"/>) changing only what was edited. Names of
/// regencies, sectors and stages are the Indonesian ones; phones are written <c>0812-3456-7890</c>; an empty founding
/// year, member count (0) or stage stays an empty cell. The leader's name and phone are in it: staff only.
/// </summary>
public sealed class RegistryExportService(IDbContextFactory<AppDbContext> dbFactory)
{
    public static IReadOnlyList<string> Columns { get; } = RegistryColumns.All.Select(c => c.Header).ToArray();

    /// <summary>The headers and no rows (needs no sign-in of its own: it holds nothing but the column names).</summary>
    public static RegistrySheet Template { get; } = new(Columns, []);

    public async Task<RegistrySheet> ExportAsync(Actor actor, CancellationToken ct = default)
    {
        actor.RequireStaff();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var groups = await db.Groups.AsNoTracking().OrderBy(g => g.Regency!.Code).ThenBy(g => g.Name).ThenBy(g => g.RegistrationNumber)
            .Select(g => new
            {
                g.RegistrationNumber, g.Name, Regency = g.Regency!.Name, g.District, g.Village, g.Sector, g.FoundingYear, g.MemberCount, g.Stage,
                g.LeaderName, g.LeaderPhone, g.PublicWhatsApp,
            }).ToListAsync(ct);
        var rows = groups.Select(g => new object[]
        {
            g.RegistrationNumber, g.Name, g.Regency, g.District, g.Village, RegistryNames.IndonesianName(g.Sector),
            g.FoundingYear is { } year ? (long)year : "", g.MemberCount > 0 ? (long)g.MemberCount : "",
            g.Stage is { } stage ? RegistryNames.IndonesianName(stage) : "", g.LeaderName ?? "",
            g.LeaderPhone is { } phone ? PhoneNumber.Written(phone) : "", g.PublicWhatsApp is { } wa ? PhoneNumber.Written(wa) : "",
        }).ToList();
        return new RegistrySheet(Columns, rows);
    }
}
