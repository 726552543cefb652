using Microsoft.EntityFrameworkCore;
using UppkaCatalog.Core.Auditing;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Data;
using UppkaCatalog.Core.Regions;

namespace UppkaCatalog.Core.Groups.Import;

/// <summary>
/// Brings a registry spreadsheet (CSV or XLSX, as staff keep it in Excel) into the groups. <see cref="PreviewAsync"/> reads
/// and checks the file and compares it with the registry, writing nothing; <see cref="CommitAsync"/> writes the rows
/// that passed, all in one transaction or none. The key is the registration number: a number the registry has updates
/// that group (only the fields the file has columns for, and only those that differ: the audit entry lists them), a new
/// one creates a group, and the same file twice changes nothing the second time. Rows never delete or deactivate a group.
/// </summary>
public sealed class RegistryImportService(IDbContextFactory<AppDbContext> dbFactory, TimeProvider time)
{
    /// <summary>A file must be smaller than this (10 MB).</summary>
    public const long MaxBytes = SpreadsheetReader.MaxBytes;

    /// <summary>A file must have fewer data rows than this (100,000).</summary>
    public const int MaxRows = RegistryRows.MaxRows;

    /// <summary>Rows written per save inside the one transaction, so a national registry never sits tracked in memory at once.</summary>
    private const int Chunk = 1000;

    /// <summary>Reads and checks the file; compares each row with the registry. Writes nothing.</summary>
    /// <exception cref="ValidationException">The file as a whole is refused (field <c>file</c>): too large, not a spreadsheet, no header row…</exception>
    public async Task<ImportPreview> PreviewAsync(Actor actor, Stream file, CancellationToken ct = default)
    {
        actor.RequireStaff();
        var bytes = await SpreadsheetReader.ReadAllAsync(file, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var regencies = new RegencyNames(await db.Regencies.AsNoTracking().ToListAsync(ct));
        var preview = new RegistryRows(regencies, Wib.DayOf(time.GetUtcNow()).Year).Read(bytes);
        Compare(preview, await ExistingAsync(db, ct));
        return preview;
    }

    /// <summary>
    /// Writes the preview's valid rows in one transaction, compared again with the registry as it is now (someone may have
    /// changed it since the preview). Refused rows are skipped and reported.
    /// </summary>
    public async Task<ImportResult> CommitAsync(Actor actor, ImportPreview preview, CancellationToken ct = default)
    {
        actor.RequireStaff();
        var now = time.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var existing = await ExistingAsync(db, ct);
        Compare(preview, existing);
        var slugs = (await db.Groups.Select(g => g.Slug).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        foreach (var chunk in preview.Rows.Where(r => r.Outcome is ImportOutcome.New or ImportOutcome.Changed).Chunk(Chunk))
        {
            await CreateAsync(db, actor, now, chunk.Where(r => r.Outcome == ImportOutcome.New), slugs, ct);
            await UpdateAsync(db, actor, now, chunk.Where(r => r.Outcome == ImportOutcome.Changed).ToList(), existing, ct);
            db.ChangeTracker.Clear();
        }

        await tx.CommitAsync(ct);
        return preview.Summary();
    }

    /// <summary>The API's one call: a preview, then (unless <paramref name="dryRun"/>) the commit of its valid rows.</summary>
    public async Task<ImportResult> ImportAsync(Actor actor, Stream file, bool dryRun, CancellationToken ct = default)
    {
        var preview = await PreviewAsync(actor, file, ct);
        return dryRun ? preview.Summary() : await CommitAsync(actor, preview, ct);
    }

    private async Task CreateAsync(AppDbContext db, Actor actor, DateTimeOffset now, IEnumerable<ImportRow> rows, HashSet<string> slugs, CancellationToken ct)
    {
        var groups = new List<Group>();
        foreach (var row in rows)
        {
            var r = row.Record!;
            var slug = GroupSlugs.Unique(GroupSlugs.Root(r.Name, r.Village), slugs.Contains);
            slugs.Add(slug);
            var group = new Group
            {
                Slug = slug, Name = r.Name, RegistrationNumber = r.RegistrationNumber, RegencyId = r.RegencyId, District = r.District,
                Village = r.Village, Sector = r.Sector, FoundingYear = r.FoundingYear, MemberCount = r.MemberCount, Stage = r.Stage,
                LeaderName = r.LeaderName, LeaderPhone = r.LeaderPhone, PublicWhatsApp = r.PublicWhatsApp, CreatedAt = now,
            };
            groups.Add(group);
        }

        if (groups.Count == 0) return;
        db.Groups.AddRange(groups);
        await db.SaveChangesAsync(ct);
        // Ids are known now; the entries commit with the groups (one transaction).
        foreach (var group in groups) AuditLog.Record(db, now, actor.UserId, "group.import-create", $"Group:{group.Id}");
        await db.SaveChangesAsync(ct);
    }

    private async Task UpdateAsync(AppDbContext db, Actor actor, DateTimeOffset now, List<ImportRow> rows, Dictionary<string, Existing> existing, CancellationToken ct)
    {
        if (rows.Count == 0) return;
        var ids = rows.Select(r => existing[r.RegistrationNumber].Id).ToList();
        var groups = await db.Groups.Where(g => ids.Contains(g.Id)).ToDictionaryAsync(g => g.Id, ct);
        foreach (var row in rows)
        {
            var group = groups[existing[row.RegistrationNumber].Id];
            foreach (var field in row.ChangedFields) row.Record!.Apply(group, field);
            group.UpdatedAt = now;
            AuditLog.Record(db, now, actor.UserId, "group.import-update", $"Group:{group.Id}",
                string.Join(", ", row.ChangedFields.Select(f => RegistryColumns.Of(f).ApiName)));
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>Sets each valid row's outcome: new, or the fields (of those the file has) in which it differs from the registry.</summary>
    private static void Compare(ImportPreview preview, Dictionary<string, Existing> existing)
    {
        var fields = preview.Headers.Keys.Where(f => f != RegistryField.RegistrationNumber).Order().ToList();
        foreach (var row in preview.Rows)
        {
            if (row.Record is null || row.Errors.Count > 0)
            {
                row.Outcome = ImportOutcome.Refused;
                continue;
            }

            if (!existing.TryGetValue(row.RegistrationNumber, out var group))
            {
                row.Outcome = ImportOutcome.New;
                row.ChangedFields = [];
                continue;
            }

            row.ChangedFields = fields.Where(f => !row.Record.SameAs(group.Record, f)).ToList();
            row.Outcome = row.ChangedFields.Count > 0 ? ImportOutcome.Changed : ImportOutcome.Unchanged;
        }
    }

    private sealed record Existing(int Id, RegistryRecord Record);

    /// <summary>Every group's registry fields by (normalised) registration number: one read, no tracking.</summary>
    private static async Task<Dictionary<string, Existing>> ExistingAsync(AppDbContext db, CancellationToken ct)
    {
        // The registry's columns only (not the story, logo…): at national scale this is most of a preview's memory.
        var groups = await db.Groups.AsNoTracking().Select(g => new
        {
            g.Id, g.RegistrationNumber, g.Name, g.RegencyId, g.District, g.Village, g.Sector, g.FoundingYear, g.MemberCount, g.Stage,
            g.LeaderName, g.LeaderPhone, g.PublicWhatsApp,
        }).ToListAsync(ct);
        var byNumber = new Dictionary<string, Existing>(groups.Count, StringComparer.Ordinal);
        foreach (var g in groups)
        {
            var number = RegistrationNumbers.Normalize(g.RegistrationNumber);
            byNumber.TryAdd(number, new Existing(g.Id, new RegistryRecord(number, g.Name, g.RegencyId, g.District, g.Village, g.Sector,
                g.FoundingYear, g.MemberCount, g.Stage, g.LeaderName, g.LeaderPhone, g.PublicWhatsApp)));
        }

        return byNumber;
    }
}
