using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using UppkaCatalog.Core.Groups;
using UppkaCatalog.Core.Tests.Support;

namespace UppkaCatalog.Core.Tests.Data;

/// <summary>
/// The GroupRegistry migration on an installation that already holds groups: the database is taken back to the
/// migration before (the Down path), rows are written in the old shape (free-text sector, founding date), then it is
/// migrated again as an upgraded installation would be.
/// </summary>
public sealed class GroupRegistryMigrationTests
{
    private const string Before = "20261203053836_ExhibitionVersions";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Old_sectors_become_specialties_with_a_mapped_sector_and_the_founding_date_keeps_its_year()
    {
        CoreHost.UseSqliteHere(); // SQLite's own migration history / file backup: no PostgreSQL counterpart.
        await using var host = await CoreHost.StartAsync(demo: false);
        await host.SeedAsync(Ct);
        var triggersBefore = await SqliteFile.TextColumnAsync(host.DatabaseFile, "SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name");
        await using (var db = await host.DbFactory.CreateDbContextAsync(Ct))
        {
            await db.GetService<IMigrator>().MigrateAsync(Before, Ct);
        }

        Assert.Contains("Founded", await SqliteFile.ColumnsAsync(host.DatabaseFile, "Groups"));
        Assert.DoesNotContain("Specialty", await SqliteFile.ColumnsAsync(host.DatabaseFile, "Groups"));
        await SqliteFile.ExecuteAsync(host.DatabaseFile, """
            INSERT INTO Groups (Slug, Name, RegistrationNumber, RegencyId, District, Village, Sector, Founded, MemberCount, Story, IsActive, CreatedAt)
            VALUES ('a', 'UPPKA Nanas', ' uppka/1505/001 ', 5, 'D', 'V', 'Olahan nanas', '2016-04-12', 10, '', 1, 0),
                   ('b', 'UPPKA Jarum', 'UPPKA/1505/002', 5, 'D', 'V', 'Jahitan & bordir', NULL, 7, '', 1, 0),
                   ('c', 'UPPKA Rotan', 'UPPKA/1505/003', 5, 'D', 'V', 'Anyaman rotan & kopi', '2019-01-01', 5, '', 1, 0),
                   ('d', 'UPPKA Kopi', 'UPPKA/1505/004', 5, 'D', 'V', 'Kopi & teh', NULL, 5, '', 1, 0),
                   ('e', 'UPPKA Bengkel', 'UPPKA/1505/005', 5, 'D', 'V', 'Bengkel motor', NULL, 5, '', 1, 0);
            """);

        await using (var db = await host.DbFactory.CreateDbContextAsync(Ct))
        {
            await db.Database.MigrateAsync(Ct);
        }

        await using var ctx = await host.DbFactory.CreateDbContextAsync(Ct);
        var groups = await ctx.Groups.AsNoTracking().OrderBy(g => g.Slug).ToListAsync(Ct);
        Assert.Equal(
            [
                ("UPPKA/1505/001", BusinessSector.FoodProcessing, "Olahan nanas", (int?)2016),
                ("UPPKA/1505/002", BusinessSector.SewingFashion, "Jahitan & bordir", null),
                ("UPPKA/1505/003", BusinessSector.Crafts, "Anyaman rotan & kopi", 2019),
                ("UPPKA/1505/004", BusinessSector.Drinks, "Kopi & teh", null),
                ("UPPKA/1505/005", BusinessSector.Other, "Bengkel motor", null),
            ],
            groups.Select(g => (g.RegistrationNumber, g.Sector, g.Specialty, g.FoundingYear)).ToList());
        Assert.All(groups, g => Assert.Null(g.Stage));
        Assert.DoesNotContain("Founded", await SqliteFile.ColumnsAsync(host.DatabaseFile, "Groups"));
        // The table was altered in place, not rebuilt: the product search triggers that read it are all still there.
        Assert.Equal(triggersBefore, await SqliteFile.TextColumnAsync(host.DatabaseFile, "SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name"));
    }
}
