using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using UppkaCatalog.Core.Catalog.Permits;
using UppkaCatalog.Core.Programmes;
using UppkaCatalog.Core.Tests.Catalog.Permits;
using UppkaCatalog.Core.Tests.Support;

namespace UppkaCatalog.Core.Tests.Data;

/// <summary>
/// The PermitVerification migration on an installation whose products already carry permit numbers: taken back to the
/// migration before (the table dropped), then migrated again: every non-blank number waits for staff from the product's
/// last edit; blank ones make no row. On both providers: each has its own migration, with its own SQL for the back-fill.
/// </summary>
public sealed class PermitVerificationMigrationTests
{
    // The migration before PermitVerification in each provider's history (SQLite's goes back over LabelChecklist too).
    private const string SqliteBefore = "20261207124911_CatalogPriceIndex";
    private const string PostgresBefore = "20261207145742_LabelChecklist";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Numbers_products_already_had_become_waiting_rows_dated_by_their_last_edit()
    {
        var w = await MemberWorld.StartAsync();
        await using var _ = w;
        var edited = CoreHost.DefaultNow.AddDays(-7);
        var both = await w.ProductAsync(w.GroupA.Id, "migrasi-dua-izin", pirt: "P-1", bpom: "MD 1", updatedAt: edited);
        var blank = await w.ProductAsync(w.GroupA.Id, "migrasi-kosong", pirt: "  ", halal: null);

        await using (var db = await w.Host.DbFactory.CreateDbContextAsync(Ct))
        {
            var before = db.Database.ProviderName!.Contains("Npgsql", StringComparison.Ordinal) ? PostgresBefore : SqliteBefore;
            await db.GetService<IMigrator>().MigrateAsync(before, Ct);
            await db.Database.MigrateAsync(Ct);
        }

        await using (var db = await w.Host.DbFactory.CreateDbContextAsync(Ct))
        {
            var rows = await db.PermitVerifications.AsNoTracking().OrderBy(v => v.ProductId).ThenBy(v => v.Kind).ToListAsync(Ct);
            Assert.Equal([(both.Id, PermitKind.Pirt, "P-1"), (both.Id, PermitKind.Bpom, "MD 1")], rows.Select(r => (r.ProductId, r.Kind, r.Number)));
            Assert.All(rows, r => Assert.Equal((PermitState.Waiting, edited), (r.State, r.RequestedAt)));
            Assert.DoesNotContain(rows, r => r.ProductId == blank.Id);
        }

        var queue = await w.Permits().QueueAsync(w.Staff, new PermitQueueQuery(), Ct);
        Assert.Equal(2, queue.TotalCount);
    }
}
