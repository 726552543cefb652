using System.Xml;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace UppkaCatalog.Core.Data;

/// <summary>What one import of a keys folder did.</summary>
public sealed record KeyImportResult(int Imported, int AlreadyThere, int Skipped);

/// <summary>
/// The upgrade path from keys as files (<c>{Storage:DataPath}/keys/*.xml</c>, the file-system key repository) to keys
/// in the database: every file is copied into <c>DataProtectionKeys</c> under the name the file-system repository gave
/// it (its file name without <c>.xml</c>, e.g. <c>key-{id}</c> — the same friendly name the EF repository writes), so
/// sign-in cookies and open forms from before the upgrade, or from an old backup's <c>keys/</c>, stay good.
/// Idempotent: a name already in the table is left alone, so it runs at every start and a second run adds nothing.
/// The files are left where they are (an older version started on the folder still finds them).
/// </summary>
public static class DataProtectionKeyImport
{
    public const string FolderName = "keys";

    /// <summary>The PostgreSQL advisory lock the import holds (any constant the app uses for nothing else).</summary>
    private const long ImportLock = 0x5550_4B41_4B45_5953; // "UPKAKEYS"

    public static async Task<KeyImportResult> ImportFolderAsync(IDbContextFactory<AppDbContext> factory, string folder, ILogger logger, CancellationToken ct = default)
    {
        if (!Directory.Exists(folder)) return new KeyImportResult(0, 0, 0);
        var files = Directory.GetFiles(folder, "*.xml").Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0) return new KeyImportResult(0, 0, 0);

        await using var db = await factory.CreateDbContextAsync(ct);
        // One import at a time across nodes: two nodes on one shared folder starting together would otherwise both add
        // a key, and a key id twice in the table breaks the whole ring ("already exists in the keyring") on every node.
        // SQLite: Microsoft.Data.Sqlite begins IMMEDIATE (the write lock first). PostgreSQL: an advisory lock to the commit.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (db.Database.IsNpgsql()) await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({ImportLock})", ct);
        var names = Enumerable.ToHashSet(await db.DataProtectionKeys.Where(k => k.FriendlyName != null).Select(k => k.FriendlyName!).ToListAsync(ct), StringComparer.Ordinal);
        var (imported, already, skipped) = (0, 0, 0);
        foreach (var file in files)
        {
            var name = Path.GetFileNameWithoutExtension(file);
            if (names.Contains(name))
            {
                already++;
                continue;
            }

            string xml;
            try
            {
                // Parsed, not just read: a damaged file would otherwise break the whole key ring on every node.
                xml = XElement.Load(file).ToString(SaveOptions.DisableFormatting);
            }
            catch (Exception e) when (e is XmlException or IOException or UnauthorizedAccessException)
            {
                logger.LogWarning("Data Protection key file {File} was not imported: {Reason}", file, e.Message);
                skipped++;
                continue;
            }

            db.DataProtectionKeys.Add(new DataProtectionKey { FriendlyName = name, Xml = xml });
            names.Add(name);
            imported++;
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        if (imported > 0 || skipped > 0)
        {
            logger.LogInformation("Data Protection keys: imported {Imported} key files from {Folder} into the database ({AlreadyThere} already there, {Skipped} not readable)",
                imported, folder, already, skipped);
        }

        return new KeyImportResult(imported, already, skipped);
    }
}
