using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UppkaCatalog.Core.Accounts;
using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Groups;
using UppkaCatalog.Core.Tests.Support;

namespace UppkaCatalog.Core.Tests.Groups;

/// <summary>
/// A migrated database with a small registry to search: five named groups whose filters and sorts differ in one known way each
/// (regency, sector, stage, active flag, published products, invitation state), and 40 plain groups in Kerinci for paging — 45
/// in all. Tests that change groups make their own (<see cref="AddGroupAsync"/>) and leave the named ones as they are.
/// </summary>
public sealed class RegistryWorld : IAsyncLifetime
{
    public const int NamedGroups = 5;
    public const int FillerGroups = 40;

    public CoreHost Host { get; private set; } = default!;

    /// <summary>BKKBN staff (no account row: the audit trail names it "system").</summary>
    public Actor Staff { get; } = new("staff-1", null, IsStaff: true);

    /// <summary>A member of <see cref="Anggrek"/>.</summary>
    public Actor Member { get; private set; } = default!;

    /// <summary>Muaro Jambi, food, Dasar, active; 2 published products and a draft; online since 10 days before "now".</summary>
    public Group Anggrek { get; private set; } = default!;

    /// <summary>Muaro Jambi, crafts, Berkembang, active; nothing published; a usable invitation, not accepted.</summary>
    public Group Bakung { get; private set; } = default!;

    /// <summary>Kota Jambi, food, Mandiri, inactive; 1 published product; never invited.</summary>
    public Group Cempaka { get; private set; } = default!;

    /// <summary>Kota Jambi, sewing, no stage, active; 3 published products; online since 20 days before "now" (the earliest).</summary>
    public Group Dahlia { get; private set; } = default!;

    /// <summary>Kerinci, drinks, Dasar, active; nothing published; its only invitation expired unused.</summary>
    public Group Kenanga { get; private set; } = default!;

    public GroupRegistryService Registry => Get<GroupRegistryService>();

    public DateTimeOffset Now => Host.Time.GetUtcNow();

    private int _added;
    private AsyncServiceScope _scope;

    public async ValueTask InitializeAsync()
    {
        Host = await CoreHost.StartAsync(demo: false);
        await Host.SeedAsync();
        _scope = Host.Services.CreateAsyncScope();
        await using var db = await Host.DbFactory.CreateDbContextAsync();
        var regencies = await db.Regencies.ToDictionaryAsync(r => r.Code, r => r.Id);
        var category = await db.Categories.Select(c => c.Id).FirstAsync();
        Group Make(string name, string number, string regency, BusinessSector sector, GroupStage? stage, bool active = true)
        {
            var g = TestData.Group(Slug.From(name), regencies[regency], active);
            g.Name = name;
            g.RegistrationNumber = number;
            g.Sector = sector;
            g.Stage = stage;
            g.LeaderName = "Ketua " + name;
            g.LeaderPhone = "+628125550" + (1000 + db.ChangeTracker.Entries<Group>().Count()).ToString(System.Globalization.CultureInfo.InvariantCulture);
            db.Groups.Add(g);
            return g;
        }

        Anggrek = Make("UPPKA Anggrek", "15.05/UPPKA/001", "1505", BusinessSector.FoodProcessing, GroupStage.Basic);
        Bakung = Make("UPPKA Bakung", "15.05/UPPKA/002", "1505", BusinessSector.Crafts, GroupStage.Developing);
        Cempaka = Make("UPPKA Cempaka", "15.71/UPPKA/003", "1571", BusinessSector.FoodProcessing, GroupStage.SelfReliant, active: false);
        Dahlia = Make("UPPKA Dahlia", "15.71/UPPKA/004", "1571", BusinessSector.SewingFashion, null);
        Kenanga = Make("UPPKA Kenanga", "15.01/UPPKA/005", "1501", BusinessSector.Drinks, GroupStage.Basic);
        for (var i = 1; i <= FillerGroups; i++) Make($"Kelompok Kerinci {i:00}", $"15.01/KLP/{i:000}", "1501", BusinessSector.Other, null);

        db.Products.AddRange(
            TestData.Product(Anggrek, category, "anggrek-1", ProductStatus.Published), TestData.Product(Anggrek, category, "anggrek-2", ProductStatus.Published),
            TestData.Product(Anggrek, category, "anggrek-draf", ProductStatus.Draft), TestData.Product(Cempaka, category, "cempaka-1", ProductStatus.Published),
            TestData.Product(Dahlia, category, "dahlia-1", ProductStatus.Published), TestData.Product(Dahlia, category, "dahlia-2", ProductStatus.Published),
            TestData.Product(Dahlia, category, "dahlia-3", ProductStatus.Published));
        await db.SaveChangesAsync();

        var now = Now;
        db.Invitations.AddRange(
            Invitation(Anggrek, now.AddDays(-12), used: now.AddDays(-10)),
            Invitation(Bakung, now.AddDays(-1)),
            Invitation(Dahlia, now.AddDays(-21), used: now.AddDays(-20)),
            Invitation(Kenanga, now.AddDays(-30)));
        await db.SaveChangesAsync();
        Member = new Actor("member-anggrek", Anggrek.Id, IsStaff: false);
    }

    public async ValueTask DisposeAsync()
    {
        await _scope.DisposeAsync();
        await Host.DisposeAsync();
    }

    /// <summary>A service as a request would get it (scoped ones, such as <see cref="InvitationService"/>, from one scope of the world's).</summary>
    public T Get<T>()
        where T : notnull => _scope.ServiceProvider.GetRequiredService<T>();

    /// <summary>An invitation row as <see cref="InvitationService"/> would write it (a hash of a random token; 7 days).</summary>
    public static Invitation Invitation(Group group, DateTimeOffset created, DateTimeOffset? used = null) => new()
    {
        TokenHash = Guid.NewGuid().ToString("N") + Guid.NewGuid().ToString("N"), GroupId = group.Id, DisplayName = "Ketua " + group.Name,
        CreatedById = "staff-1", CreatedAt = created, ExpiresAt = created + InvitationService.Lifetime, UsedAt = used,
    };

    /// <summary>A group of the test's own, in <paramref name="regency"/>; its name is unique across the world.</summary>
    public async Task<Group> AddGroupAsync(string name, string regency = "1505", bool active = true, string? leaderPhone = "+6281399990000", string? leaderName = "Ibu Ketua")
    {
        var n = Interlocked.Increment(ref _added);
        await using var db = await Host.DbFactory.CreateDbContextAsync();
        var regencyId = await db.Regencies.Where(r => r.Code == regency).Select(r => r.Id).SingleAsync();
        var g = TestData.Group($"tambah-{n}", regencyId, active);
        g.Name = $"{name} {n}";
        g.RegistrationNumber = $"TAMBAH/{n:000}";
        g.LeaderName = leaderName;
        g.LeaderPhone = leaderPhone;
        db.Groups.Add(g);
        await db.SaveChangesAsync();
        return g;
    }
}
