using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UppkaCatalog.Core.Auditing;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Exhibitions;
using UppkaCatalog.Core.Groups;
using UppkaCatalog.Core.Tests.Support;

namespace UppkaCatalog.Core.Tests.Exhibitions;

/// <summary>
/// A migrated database with three active groups and an inactive one, a staff actor and a member actor,
/// and the curation service, on a fake clock at <see cref="CoreHost.DefaultNow"/> (20 Nov 2026, 10:00 WIB).
/// Applications are written as rows (the member's application service is another feature's).
/// Used as a class fixture; tests that move the clock or break the database start their own.
/// </summary>
public sealed class CurationWorld : IAsyncLifetime
{
    public CoreHost Host { get; private set; } = default!;

    public Group GroupA { get; private set; } = default!;

    public Group GroupB { get; private set; } = default!;

    public Group GroupC { get; private set; } = default!;

    public Group Inactive { get; private set; } = default!;

    public Actor Staff { get; } = new("staff-1", null, IsStaff: true);

    /// <summary>A member of group A: a signed-in user, but not staff.</summary>
    public Actor Member { get; private set; } = default!;

    public ExhibitionCurationService Curation => Host.Services.GetRequiredService<ExhibitionCurationService>();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<CurationWorld> StartAsync()
    {
        var world = new CurationWorld();
        await world.InitializeAsync();
        return world;
    }

    public async ValueTask InitializeAsync()
    {
        Host = await CoreHost.StartAsync(demo: false);
        await Host.SeedAsync();
        await using var db = await Host.DbFactory.CreateDbContextAsync();
        var regency = await db.Regencies.SingleAsync(r => r.Code == "1505");
        GroupA = TestData.Group("kelompok-a", regency.Id);
        GroupB = TestData.Group("kelompok-b", regency.Id);
        GroupC = TestData.Group("kelompok-c", regency.Id);
        Inactive = TestData.Group("kelompok-nonaktif", regency.Id, active: false);
        db.Groups.AddRange(GroupA, GroupB, GroupC, Inactive);
        await db.SaveChangesAsync();
        Member = new Actor("member-a", GroupA.Id, IsStaff: false);
    }

    public ValueTask DisposeAsync() => Host.DisposeAsync();

    /// <summary>
    /// A valid form: open 1 Dec 2026 08:00 WIB to 15 Dec 00:00 WIB; registration from 20 Nov 00:00 WIB
    /// (before "now") to 30 Nov 00:00 WIB.
    /// </summary>
    public static ExhibitionInput Input(string title) => new()
    {
        Title = title,
        Theme = "Produk olahan desa",
        Description = "Pameran virtual kelompok UPPKA.",
        StartsAtWib = new DateTime(2026, 12, 1, 8, 0, 0),
        EndsAtWib = new DateTime(2026, 12, 15, 0, 0, 0),
        RegistrationOpensAtWib = new DateTime(2026, 11, 20, 0, 0, 0),
        RegistrationClosesAtWib = new DateTime(2026, 11, 30, 0, 0, 0),
    };

    public async Task<CuratedExhibition> DraftAsync(string title, params string[] halls)
    {
        var created = await Curation.CreateAsync(Staff, Input(title), Ct);
        foreach (var hall in halls) await Curation.AddHallAsync(Staff, created.Id, hall, Ct);
        return await Curation.GetAsync(Staff, created.Id, Ct);
    }

    public async Task<CuratedExhibition> PublishedAsync(string title, params string[] halls)
    {
        var draft = await DraftAsync(title, halls.Length == 0 ? ["Aula Utama"] : halls);
        await Curation.PublishAsync(Staff, draft.Id, draft.Version, Ct);
        return await Curation.GetAsync(Staff, draft.Id, Ct);
    }

    /// <summary>A group's application as the member's service leaves it: no hall, no number.</summary>
    public async Task<int> ApplicationAsync(int exhibitionId, Group group, BoothStatus status = BoothStatus.Applied)
    {
        await using var db = await Host.DbFactory.CreateDbContextAsync(Ct);
        var booth = new Booth
        {
            ExhibitionId = exhibitionId, GroupId = group.Id, Tagline = "Tagline " + group.Slug, Status = status,
            AppliedAt = Host.Time.GetUtcNow(),
        };
        db.Booths.Add(booth);
        await db.SaveChangesAsync(Ct);
        return booth.Id;
    }

    /// <summary>The booth's version as a page loaded now would show it; empty for a booth that does not exist.</summary>
    public async Task<Guid> BoothVersionAsync(int boothId)
    {
        await using var db = await Host.DbFactory.CreateDbContextAsync(Ct);
        return await db.Booths.Where(b => b.Id == boothId).Select(b => b.Version).FirstOrDefaultAsync(Ct);
    }

    /// <summary>The exhibition's version as a page loaded now would show it; empty for one that does not exist.</summary>
    public async Task<Guid> ExhibitionVersionAsync(int exhibitionId)
    {
        await using var db = await Host.DbFactory.CreateDbContextAsync(Ct);
        return await db.Exhibitions.Where(e => e.Id == exhibitionId).Select(e => e.Version).FirstOrDefaultAsync(Ct);
    }

    public async Task<Booth> BoothAsync(int boothId)
    {
        await using var db = await Host.DbFactory.CreateDbContextAsync(Ct);
        return await db.Booths.AsNoTracking().SingleAsync(b => b.Id == boothId, Ct);
    }

    public async Task<Exhibition> ExhibitionAsync(int id)
    {
        await using var db = await Host.DbFactory.CreateDbContextAsync(Ct);
        return await db.Exhibitions.AsNoTracking().Include(e => e.Halls).SingleAsync(e => e.Id == id, Ct);
    }

    public async Task<List<AuditEntry>> AuditAsync(string subject)
    {
        await using var db = await Host.DbFactory.CreateDbContextAsync(Ct);
        return await db.AuditEntries.AsNoTracking().Where(a => a.Subject == subject).OrderBy(a => a.Id).ToListAsync(Ct);
    }

    /// <summary>Exhibitions, halls, booths and audit entries as one string, to show a refused call wrote nothing.</summary>
    public async Task<string> SnapshotAsync()
    {
        await using var db = await Host.DbFactory.CreateDbContextAsync(Ct);
        var e = await db.Exhibitions.AsNoTracking().OrderBy(x => x.Id)
            .Select(x => $"{x.Id}|{x.Slug}|{x.Title}|{x.Status}|{x.StartsAt:O}|{x.EndsAt:O}|{x.RegistrationOpensAt:O}|{x.RegistrationClosesAt:O}|{x.BannerKey}").ToListAsync(Ct);
        var h = await db.Halls.AsNoTracking().OrderBy(x => x.Id).Select(x => $"{x.Id}|{x.Slug}|{x.Name}|{x.SortOrder}").ToListAsync(Ct);
        var b = await db.Booths.AsNoTracking().OrderBy(x => x.Id)
            .Select(x => $"{x.Id}|{x.GroupId}|{x.Status}|{x.HallId}|{x.Number}|{x.DecisionReason}").ToListAsync(Ct);
        var a = await db.AuditEntries.CountAsync(Ct);
        return string.Join("\n", e.Concat(h).Concat(b).Append(a.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    public List<string> MediaFiles() => Directory.Exists(Host.MediaPath)
        ? Directory.EnumerateFiles(Host.MediaPath, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Host.MediaPath, f)).Order().ToList()
        : [];

    /// <summary>Makes every audit insert fail: shows what commits together with it.</summary>
    public async Task BreakAuditLogAsync()
    {
        await using var db = await Host.DbFactory.CreateDbContextAsync(Ct);
        await RefusingTrigger.CreateAsync(db, "refuse_audit", "INSERT", "AuditEntries", "audit log unavailable");
    }
}
