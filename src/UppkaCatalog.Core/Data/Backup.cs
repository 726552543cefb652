using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace UppkaCatalog.Core.Data;

/// <summary>What a backup wrote.</summary>
/// <param name="DatabaseKeys">Data Protection keys in the copied database (where they are kept now).</param>
/// <param name="KeyFiles">Files of an old <c>keys/</c> folder, copied along: a start on the restored folder imports them.</param>
public sealed record BackupSummary(string Folder, long DatabaseBytes, int MediaFiles, long MediaBytes, int DatabaseKeys, int KeyFiles, TimeSpan Took)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"Backup written to {Folder}: database {DatabaseBytes / 1024.0:0.#} KB (integrity ok, {DatabaseKeys} Data Protection keys), {MediaFiles} media files ({MediaBytes / 1024.0 / 1024.0:0.##} MB){(KeyFiles > 0 ? $", {KeyFiles} old key files" : "")}, in {Took.TotalSeconds:0.0} s");
}

/// <summary>
/// A backup of a data folder that can run while the app serves: the folder it writes has the layout of a data folder
/// (<c>uppka.db</c>, <c>media/</c>), so restoring is copying it into an empty <c>Storage:DataPath</c>.
/// <para>
/// The database is copied with <c>VACUUM INTO</c>: one read transaction, so the copy is a consistent snapshot even
/// while the app writes (WAL lets writers go on meanwhile), compacted, with no <c>-wal</c> file to forget. The copy is
/// checked with <c>PRAGMA integrity_check</c> before the files are copied. Media is copied AFTER the database on
/// purpose: a photo saved in between is an unused extra file in the backup (harmless), whereas the other order would
/// leave rows naming photos the backup lacks. Half-written uploads (<c>*.tmp</c>) are skipped. The Data Protection
/// keys are in the database (table <c>DataProtectionKeys</c>), so they come along with it, or every sign-in cookie and
/// pending form token would be void after a restore. An old <c>keys/</c> folder (the versions before kept the keys
/// there) is still copied: the app imports it at start-up, so a restore of this backup works before or after that import.
/// <c>backup.txt</c> is written last: a folder without it is an interrupted backup.
/// </para>
/// </summary>
public static class Backup
{
    public const string ManifestFile = "backup.txt";

    /// <summary>A backup that could not be made; the message says why, for one line of output.</summary>
    public sealed class BackupFailed(string message) : Exception(message);

    /// <param name="mediaPath">The media folder (<c>Storage:MediaPath</c>), default <c>{dataPath}/media</c>; copied to
    /// <c>media/</c> in the backup either way, so a restore into the default layout just works.</param>
    public static async Task<BackupSummary> RunAsync(string connectionString, string dataPath, string target, CancellationToken ct = default, string? mediaPath = null)
    {
        var watch = Stopwatch.StartNew();
        var source = new SqliteConnectionStringBuilder(connectionString);
        var sourceFile = Path.GetFullPath(source.DataSource);
        if (!File.Exists(sourceFile)) throw new BackupFailed($"there is no database at {sourceFile} (check Storage:DataPath or ConnectionStrings:Catalog)");
        target = Path.GetFullPath(target);
        if (File.Exists(target) || (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any()))
        {
            throw new BackupFailed($"{target} already exists and is not empty; name a new or empty folder");
        }

        Directory.CreateDirectory(target);
        var copy = Path.Combine(target, Path.GetFileName(sourceFile));
        await CopyDatabaseAsync(source, copy, ct);
        var (mediaFiles, mediaBytes) = CopyFolder(mediaPath ?? Path.Combine(dataPath, "media"), Path.Combine(target, "media"), ct);
        var (keyFiles, _) = CopyFolder(Path.Combine(dataPath, DataProtectionKeyImport.FolderName), Path.Combine(target, DataProtectionKeyImport.FolderName), ct);

        var summary = new BackupSummary(target, new FileInfo(copy).Length, mediaFiles, mediaBytes, await CountKeysAsync(copy, ct), keyFiles, watch.Elapsed);
        await File.WriteAllTextAsync(Path.Combine(target, ManifestFile), string.Create(CultureInfo.InvariantCulture,
            $"UppkaCatalog backup, complete.\nmade: {DateTimeOffset.UtcNow:O}\nfrom: {sourceFile}\n{summary}\n"), ct);
        return summary;
    }

    private static async Task CopyDatabaseAsync(SqliteConnectionStringBuilder source, string copy, CancellationToken ct)
    {
        // ReadWrite, not ReadWriteCreate: a wrong path must fail, not back up a new empty file. No pooling: the
        // command ends with the file closed.
        var builder = new SqliteConnectionStringBuilder(source.ConnectionString) { Mode = SqliteOpenMode.ReadWrite, Pooling = false, DefaultTimeout = 60 };
        await using (var connection = new SqliteConnection(builder.ToString()))
        {
            await connection.OpenAsync(ct);
            // The app may hold the write lock for a moment: wait for it rather than fail.
            await ExecuteAsync(connection, "PRAGMA busy_timeout = 30000;", ct);
            await using var vacuum = connection.CreateCommand();
            vacuum.CommandText = "VACUUM INTO $file;";
            vacuum.Parameters.AddWithValue("$file", copy);
            await vacuum.ExecuteNonQueryAsync(ct);
        }

        await using var check = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = copy, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await check.OpenAsync(ct);
        await using var integrity = check.CreateCommand();
        integrity.CommandText = "PRAGMA integrity_check;";
        var result = (string?)await integrity.ExecuteScalarAsync(ct);
        if (result != "ok") throw new BackupFailed($"the copied database failed its integrity check ({result}); the source may be damaged");
    }

    /// <summary>The keys in the copy; none in a database not yet migrated to hold them (their files are then in <c>keys/</c>).</summary>
    private static async Task<int> CountKeysAsync(string copy, CancellationToken ct)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = copy, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT CASE WHEN EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'DataProtectionKeys') THEN (SELECT COUNT(*) FROM DataProtectionKeys) ELSE 0 END;";
        return Convert.ToInt32(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Copies a folder tree (none is fine: nothing stored yet), skipping half-written <c>*.tmp</c> files.</summary>
    private static (int Files, long Bytes) CopyFolder(string from, string to, CancellationToken ct)
    {
        if (!Directory.Exists(from)) return (0, 0);
        Directory.CreateDirectory(to);
        var (files, bytes) = (0, 0L);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            ct.ThrowIfCancellationRequested();
            if (file.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase)) continue;
            var destination = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            try
            {
                File.Copy(file, destination);
            }
            catch (FileNotFoundException)
            {
                continue; // deleted by the running app since it was listed: it is no longer part of the data
            }

            files++;
            bytes += new FileInfo(destination).Length;
        }

        return (files, bytes);
    }
}
