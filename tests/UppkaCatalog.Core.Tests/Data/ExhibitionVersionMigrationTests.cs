using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Exhibitions;
using UppkaCatalog.Core.Tests.Exhibitions;
using UppkaCatalog.Core.Tests.Support;

namespace UppkaCatalog.Core.Tests.Data;

/// <summary>
/// The ExhibitionVersions migration on a database that already holds exhibitions and booths: the rows are made on
/// the current schema, the database is taken back to the migration before (dropping the columns, keeping the rows),
/// then migrated again as an upgraded installation would be.
/// </summary>
public sealed class ExhibitionVersionMigrationTests
{
    private const string Before = "20261128093554_Exhibitions";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Existing_exhibitions_and_booths_get_distinct_random_versions_that_the_services_then_honour()
    {
        CoreHost.UseSqliteHere(); // SQLite's own migration history / file backup: no PostgreSQL counterpart.
        await using var w = await CurationWorld.StartAsync();
        var first = await w.PublishedAsync("Pameran Lama Satu");
        var second = await w.DraftAsync("Pameran Lama Dua", "Aula Utama");
        int[] booths = [await w.ApplicationAsync(first.Id, w.GroupA), await w.ApplicationAsync(first.Id, w.GroupB), await w.ApplicationAsync(second.Id, w.GroupC)];

        await using (var db = await w.Host.DbFactory.CreateDbContextAsync(Ct))
        {
            await db.GetService<IMigrator>().MigrateAsync(Before, Ct);
            Assert.DoesNotContain("Version", await SqliteFile.ColumnsAsync(w.Host.DatabaseFile, "Booths"));
            await db.Database.MigrateAsync(Ct);
        }

        var exhibitionVersions = await SqliteFile.TextColumnAsync(w.Host.DatabaseFile, "SELECT Version FROM Exhibitions ORDER BY Id");
        var boothVersions = await SqliteFile.TextColumnAsync(w.Host.DatabaseFile, "SELECT Version FROM Booths ORDER BY Id");
        string[] all = [.. exhibitionVersions, .. boothVersions];
        Assert.Equal((2, 3), (exhibitionVersions.Count, boothVersions.Count));
        // The form EF itself writes a Guid in SQLite: the token is compared as text in each UPDATE.
        Assert.All(all, v => Assert.Matches(new Regex("^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$"), v));
        Assert.Equal(all.Length, all.Distinct().Count());
        Assert.DoesNotContain(Guid.Empty.ToString().ToUpperInvariant(), all);
        Assert.NotEqual(first.Version.ToString().ToUpperInvariant(), exhibitionVersions[0]);

        // A page loaded after the upgrade saves over the migrated version; one from before the upgrade is stale.
        var page = await w.Curation.GetAsync(w.Staff, second.Id, Ct);
        await Assert.ThrowsAsync<ConflictException>(() => w.Curation.UpdateAsync(w.Staff, second.Id, page.ToInput(), second.Version, Ct));
        var saved = await w.Curation.UpdateAsync(w.Staff, second.Id, page.ToInput(), page.Version, Ct);
        Assert.NotEqual(page.Version, saved.Version);
        var staffPage = await w.Curation.GetAsync(w.Staff, first.Id, Ct);
        var application = staffPage.Applications.Single(a => a.Id == booths[0]);
        await w.Curation.AcceptAsync(w.Staff, application.Id, staffPage.Halls[0].Id, "M-1", application.Version, Ct);
        Assert.Equal(BoothStatus.Accepted, (await w.BoothAsync(booths[0])).Status);
    }
}
