using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Exhibitions;
using UppkaCatalog.Core.Tests.Support;

namespace UppkaCatalog.Core.Tests.Exhibitions;

/// <summary>
/// <see cref="MemberWorld"/> (groups A and B, their members, staff) plus products to feature: 14 published
/// products of group A at Rp 25.000, a draft of A, and published products of B. Each test makes its own
/// exhibitions relative to the fake clock's "now" and only moves the clock forward (FakeTimeProvider
/// cannot go back), so the tests of a class share one database without stepping on each other.
/// </summary>
public sealed class BoothWorld : IAsyncLifetime
{
    public const long NormalPrice = 25_000;

    private int _exhibitionCount;

    public MemberWorld World { get; } = new();

    public BoothApplicationService Booths => World.Get<BoothApplicationService>();

    public IReadOnlyList<int> ProductsA { get; private set; } = [];

    public int DraftA { get; private set; }

    public IReadOnlyList<int> ProductsB { get; private set; } = [];

    public Actor MemberA => World.MemberA;

    public Actor MemberB => World.MemberB;

    public DateTimeOffset Now => World.Host.Time.GetUtcNow();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        await World.InitializeAsync();
        await using var db = await World.Host.DbFactory.CreateDbContextAsync();
        var category = await db.Categories.SingleAsync(c => c.Slug == MemberWorld.Category);
        db.Attach(World.GroupA);
        db.Attach(World.GroupB);
        var a = Enumerable.Range(1, 14).Select(i => TestData.Product(World.GroupA, category.Id, $"a-{i:00}", ProductStatus.Published, price: NormalPrice)).ToList();
        var draft = TestData.Product(World.GroupA, category.Id, "a-draf", ProductStatus.Draft);
        var b = Enumerable.Range(1, 2).Select(i => TestData.Product(World.GroupB, category.Id, $"b-{i:00}", ProductStatus.Published)).ToList();
        db.Products.AddRange([.. a, draft, .. b]);
        await db.SaveChangesAsync();
        ProductsA = a.Select(p => p.Id).ToList();
        DraftA = draft.Id;
        ProductsB = b.Select(p => p.Id).ToList();
    }

    public ValueTask DisposeAsync() => World.DisposeAsync();

    public void SetNow(DateTimeOffset moment) => World.Host.Time.SetUtcNow(moment);

    /// <summary>
    /// A published exhibition with one hall. Defaults, from now: registration opened a day ago and closes in
    /// 10 days; the exhibition runs from day 20 to day 27.
    /// </summary>
    public async Task<int> ExhibitionAsync(
        DateTimeOffset? opens = default, DateTimeOffset? closes = default, DateTimeOffset? starts = null, DateTimeOffset? ends = null,
        ExhibitionStatus status = ExhibitionStatus.Published, bool noRegistrationBounds = false)
    {
        var now = Now;
        await using var db = await World.Host.DbFactory.CreateDbContextAsync(Ct);
        var n = Interlocked.Increment(ref _exhibitionCount);
        var e = new Exhibition
        {
            Slug = $"pameran-{n}", Title = $"Pameran {n}", StartsAt = starts ?? now.AddDays(20), EndsAt = ends ?? now.AddDays(27),
            RegistrationOpensAt = noRegistrationBounds ? null : opens ?? now.AddDays(-1),
            RegistrationClosesAt = noRegistrationBounds ? null : closes ?? now.AddDays(10),
            Status = status, CreatedAt = now.AddDays(-30),
            Halls = [new Hall { Slug = "aula-a", Name = "Aula A" }],
        };
        db.Exhibitions.Add(e);
        await db.SaveChangesAsync(Ct);
        return e.Id;
    }

    /// <summary>A tagline and the first <paramref name="count"/> products of group A.</summary>
    public BoothInput Input(int count = 2, string tagline = "Camilan renyah dari Sengeti") =>
        new() { Tagline = tagline, Products = ProductsA.Take(count).Select(id => new BoothProductInput(id)).ToList() };

    /// <summary>What staff do (their service is another helper's): accept with a hall and number, or reject with a reason.</summary>
    public async Task DecideAsync(int exhibitionId, int groupId, BoothStatus status, string? number = null, string? reason = null)
    {
        await using var db = await World.Host.DbFactory.CreateDbContextAsync(Ct);
        var booth = await db.Booths.SingleAsync(b => b.ExhibitionId == exhibitionId && b.GroupId == groupId, Ct);
        booth.Status = status;
        booth.HallId = status == BoothStatus.Accepted ? await db.Halls.Where(h => h.ExhibitionId == exhibitionId).Select(h => h.Id).FirstAsync(Ct) : null;
        booth.Number = status == BoothStatus.Accepted ? number : null;
        booth.DecidedAt = Now;
        booth.DecisionReason = reason;
        await db.SaveChangesAsync(Ct);
    }

    /// <summary>
    /// The version of the actor's group's booth as the editor page loaded now would show it: null when the group has
    /// no booth row there (or the actor is no member), what <see cref="BoothApplicationService.ApplyAsync"/> expects.
    /// </summary>
    public async Task<Guid?> SeenAsync(int exhibitionId, Actor actor)
    {
        await using var db = await World.Host.DbFactory.CreateDbContextAsync(Ct);
        return await db.Booths.Where(b => b.ExhibitionId == exhibitionId && b.GroupId == actor.GroupId)
            .Select(b => (Guid?)b.Version).FirstOrDefaultAsync(Ct);
    }

    /// <summary>As <see cref="SeenAsync"/>, empty when there is no booth (the refusal under test comes before the version check).</summary>
    public async Task<Guid> ShownAsync(int exhibitionId, Actor actor) => await SeenAsync(exhibitionId, actor) ?? Guid.Empty;

    public async Task<Booth> BoothAsync(int exhibitionId, int groupId)
    {
        await using var db = await World.Host.DbFactory.CreateDbContextAsync(Ct);
        return await db.Booths.AsNoTracking().Include(b => b.Products.OrderBy(p => p.SortOrder))
            .SingleAsync(b => b.ExhibitionId == exhibitionId && b.GroupId == groupId, Ct);
    }

    public async Task<int> BoothCountAsync()
    {
        await using var db = await World.Host.DbFactory.CreateDbContextAsync(Ct);
        return await db.Booths.CountAsync(Ct);
    }

    /// <summary>Every booth, booth product and audit entry, and every media file: compared before and after a refusal.</summary>
    public async Task<string> SnapshotAsync()
    {
        await using var db = await World.Host.DbFactory.CreateDbContextAsync(Ct);
        return JsonSerializer.Serialize(new
        {
            Booths = await db.Booths.AsNoTracking().OrderBy(b => b.Id)
                .Select(b => new { b.Id, b.ExhibitionId, b.GroupId, b.HallId, b.Number, b.Tagline, b.BannerKey, b.Status, b.DecisionReason }).ToListAsync(Ct),
            Products = await db.BoothProducts.AsNoTracking().OrderBy(p => p.Id).Select(p => new { p.Id, p.BoothId, p.ProductId, p.SortOrder, p.ExhibitionPrice }).ToListAsync(Ct),
            Audit = await db.AuditEntries.AsNoTracking().OrderBy(a => a.Id).Select(a => new { a.Id, a.Action, a.Subject }).ToListAsync(Ct),
            Files = World.MediaFiles(),
        });
    }

    /// <summary>Runs a call that must be refused with <typeparamref name="T"/>, and checks that it wrote nothing.</summary>
    public async Task<T> RefusedAsync<T>(Func<Task> call)
        where T : Exception
    {
        var before = await SnapshotAsync();
        var refusal = await Assert.ThrowsAsync<T>(call);
        Assert.Equal(before, await SnapshotAsync());
        return refusal;
    }

    public async Task<List<string>> AuditActionsAsync(int boothId)
    {
        await using var db = await World.Host.DbFactory.CreateDbContextAsync(Ct);
        var subject = $"Booth:{boothId}";
        return await db.AuditEntries.AsNoTracking().Where(a => a.Subject == subject).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync(Ct);
    }
}
