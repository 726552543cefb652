using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using UppkaCatalog.Core.Tests.Reporting;
using UppkaCatalog.Core.Tests.Support;

namespace UppkaCatalog.Core.Tests.Data;

/// <summary>
/// The RegencyDashboard migration on a database whose products were already rejected through moderation: taken back to
/// the migration before (the counter column dropped, the rejections only in the audit log), then migrated again as an
/// upgraded installation would be.
/// </summary>
public sealed class RegencyDashboardMigrationTests
{
    private const string Before = "20261203142712_GroupRegistry";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Each_products_rejections_are_counted_from_the_audit_log_and_the_search_triggers_survive_the_way_down()
    {
        var w = new DashboardWorld();
        CoreHost.UseSqliteHere(); // SQLite's own migration history / file backup: no PostgreSQL counterpart.
        await w.InitializeAsync();
        await using var _ = w;
        var triggers = await TextColumnAsync(w.Host.DatabaseFile, "SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name");

        await using (var db = await w.Host.DbFactory.CreateDbContextAsync(Ct))
        {
            await db.GetService<IMigrator>().MigrateAsync(Before, Ct);
            Assert.DoesNotContain("RejectionCount", await TextColumnAsync(w.Host.DatabaseFile, "SELECT name FROM pragma_table_info('Products')"));
            Assert.Equal(triggers, await TextColumnAsync(w.Host.DatabaseFile, "SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name"));
            await db.Database.MigrateAsync(Ct);
        }

        await using (var db = await w.Host.DbFactory.CreateDbContextAsync(Ct))
        {
            var counts = await db.Products.Where(p => p.RejectionCount > 0).ToDictionaryAsync(p => p.Slug, p => p.RejectionCount, Ct);
            Assert.Equal(new Dictionary<string, int>
            {
                ["mawar-ditolak"] = 2, ["anggrek-ditolak"] = 2, ["dahlia-tiga-kali"] = 3, ["dahlia-sekali"] = 1, ["cempaka-lolos"] = 2, ["cempaka-arsip"] = 2,
            }, counts);
        }

        var dashboard = await w.Dashboard.GetAsync(w.Staff, ct: Ct);
        Assert.Equal(["Produk dahlia-tiga-kali", "Produk mawar-ditolak"], dashboard.RejectedTwice.Items.Select(p => p.ProductName));
        Assert.Contains("ProductSearch_AfterProductInsert", triggers);
    }

    private static async Task<List<string>> TextColumnAsync(string file, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var values = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(Ct);
        while (await reader.ReadAsync(Ct)) values.Add(reader.GetString(0));
        return values;
    }
}
