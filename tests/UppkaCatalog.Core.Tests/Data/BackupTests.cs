using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using UppkaCatalog.Core.Data;
using UppkaCatalog.Core.Tests.Support;

namespace UppkaCatalog.Core.Tests.Data;

/// <summary>The backup of a live data folder: a consistent database copy (with the keys), the media, an old keys folder, and clear refusals.</summary>
public sealed class BackupTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string ConnectionString(CoreHost host) => new SqliteConnectionStringBuilder { DataSource = host.DatabaseFile }.ToString();

    private static void Write(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private static async Task<long> ScalarAsync(string file, string sql)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(Ct));
    }

    [Fact]
    public async Task Media_in_a_shared_Storage_MediaPath_is_backed_up_into_media_of_the_backup()
    {
        CoreHost.UseSqliteHere(); // The backup copies the SQLite file: no PostgreSQL counterpart.
        await using var host = await CoreHost.StartAsync(demo: false);
        using var shared = new TempFolder();
        Write(Path.Combine(shared.Path, "p", "abc", "320.jpg"), "shared photo");
        Write(Path.Combine(host.MediaPath, "p", "old", "320.jpg"), "not the configured folder");
        using var target = new TempFolder();
        var folder = Path.Combine(target.Path, "backup-shared");

        var summary = await Backup.RunAsync(ConnectionString(host), host.DataPath, folder, Ct, mediaPath: shared.Path);

        Assert.Equal("shared photo", File.ReadAllText(Path.Combine(folder, "media", "p", "abc", "320.jpg")));
        Assert.False(Directory.Exists(Path.Combine(folder, "media", "p", "old")));
        Assert.Equal(1, summary.MediaFiles);
    }

    [Fact]
    public async Task While_a_writer_holds_an_open_transaction_the_backup_has_every_committed_row_and_none_of_the_uncommitted_ones()
    {
        CoreHost.UseSqliteHere(); // SQLite's own migration history / file backup: no PostgreSQL counterpart.
        await using var host = await CoreHost.StartAsync(demo: false);
        await using (var db = await host.DbFactory.CreateDbContextAsync(Ct))
        {
            await db.Database.ExecuteSqlRawAsync("CREATE TABLE BackupProbe (Note TEXT NOT NULL); INSERT INTO BackupProbe VALUES ('committed');", Ct);
            db.DataProtectionKeys.Add(new() { FriendlyName = "key-in-the-database", Xml = "<key />" });
            await db.SaveChangesAsync(Ct);
        }

        Write(Path.Combine(host.MediaPath, "p", "abc", "800.webp"), "photo");
        Write(Path.Combine(host.MediaPath, "p", "abc", "1600.webp.0123.tmp"), "half an upload");
        Write(Path.Combine(host.DataPath, "keys", "key-1.xml"), "<key />"); // an old folder, not yet imported
        var regencies = await ScalarAsync(host.DatabaseFile, "SELECT COUNT(*) FROM Regencies");

        // The app in the middle of a write: WAL lets the backup read the last committed state meanwhile.
        await using var writer = new SqliteConnection(ConnectionString(host) + ";Pooling=False");
        await writer.OpenAsync(Ct);
        await using var transaction = (SqliteTransaction)await writer.BeginTransactionAsync(Ct);
        await using (var insert = writer.CreateCommand())
        {
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO BackupProbe VALUES ('uncommitted');";
            await insert.ExecuteNonQueryAsync(Ct);
        }

        using var target = new TempFolder();
        var folder = Path.Combine(target.Path, "backup-1");
        var summary = await Backup.RunAsync(ConnectionString(host), host.DataPath, folder, Ct);
        await transaction.CommitAsync(Ct);

        var copy = Path.Combine(folder, "uppka.db");
        Assert.Equal(1, await ScalarAsync(copy, "SELECT COUNT(*) FROM BackupProbe"));
        Assert.Equal(0, await ScalarAsync(copy, "SELECT COUNT(*) FROM BackupProbe WHERE Note = 'uncommitted'"));
        Assert.Equal(regencies, await ScalarAsync(copy, "SELECT COUNT(*) FROM Regencies"));
        Assert.True(regencies > 0);
        Assert.False(File.Exists(copy + "-wal"), "VACUUM INTO writes one self-contained file");
        Assert.Equal("photo", File.ReadAllText(Path.Combine(folder, "media", "p", "abc", "800.webp")));
        Assert.Empty(Directory.GetFiles(folder, "*.tmp", SearchOption.AllDirectories));
        Assert.True(File.Exists(Path.Combine(folder, "keys", "key-1.xml")));
        Assert.Contains("complete", File.ReadAllText(Path.Combine(folder, Backup.ManifestFile)));
        Assert.Equal((1, 1, 1), (summary.MediaFiles, summary.DatabaseKeys, summary.KeyFiles));
        Assert.Equal(1, await ScalarAsync(copy, "SELECT COUNT(*) FROM DataProtectionKeys WHERE FriendlyName = 'key-in-the-database'"));
        Assert.Contains("1 Data Protection keys", summary.ToString());
        Assert.Contains("integrity ok", summary.ToString());
        // The source is untouched and still takes writes.
        Assert.Equal(2, await ScalarAsync(host.DatabaseFile, "SELECT COUNT(*) FROM BackupProbe"));
    }

    [Fact]
    public async Task A_folder_that_is_not_empty_is_refused_and_left_as_it_was()
    {
        CoreHost.UseSqliteHere(); // SQLite's own migration history / file backup: no PostgreSQL counterpart.
        await using var host = await CoreHost.StartAsync(demo: false);
        using var target = new TempFolder();
        Write(Path.Combine(target.Path, "yesterday.txt"), "an older backup");

        var e = await Assert.ThrowsAsync<Backup.BackupFailed>(() => Backup.RunAsync(ConnectionString(host), host.DataPath, target.Path, Ct));

        Assert.Contains("not empty", e.Message);
        Assert.Single(Directory.GetFileSystemEntries(target.Path));
    }

    [Fact]
    public async Task A_data_folder_without_a_database_is_refused_and_no_empty_database_is_made()
    {
        using var empty = new TempFolder();
        using var target = new TempFolder();
        var missing = Path.Combine(empty.Path, "uppka.db");

        var e = await Assert.ThrowsAsync<Backup.BackupFailed>(() =>
            Backup.RunAsync(new SqliteConnectionStringBuilder { DataSource = missing }.ToString(), empty.Path, Path.Combine(target.Path, "b"), Ct));

        Assert.Contains("no database", e.Message);
        Assert.False(File.Exists(missing));
        Assert.False(Directory.Exists(Path.Combine(target.Path, "b")));
    }
}
