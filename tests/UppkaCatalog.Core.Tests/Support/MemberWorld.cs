using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UppkaCatalog.Core.Auditing;
using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Groups;
using UppkaCatalog.Core.Media;
using UppkaCatalog.Tests.Shared;

namespace UppkaCatalog.Core.Tests.Support;

/// <summary>
/// A migrated database with roles and categories, two groups (A and B, one member each) and a staff
/// actor, and the issue-3 services resolved as the web host resolves them. Used as a class fixture
/// (tests in one class run one after another, so counting rows and files before and after is sound)
/// or started alone where a test breaks the database on purpose.
/// </summary>
public sealed class MemberWorld : IAsyncLifetime
{
    public const string Category = "makanan-olahan";

    public CoreHost Host { get; private set; } = default!;

    public Group GroupA { get; private set; } = default!;

    public Group GroupB { get; private set; } = default!;

    public Actor MemberA { get; private set; } = default!;

    public Actor MemberB { get; private set; } = default!;

    /// <summary>BKKBN staff: no group.</summary>
    public Actor Staff { get; } = new("staff-1", null, IsStaff: true);

    public ProductEditingService Editing => Get<ProductEditingService>();

    public ProductPhotoService Photos => Get<ProductPhotoService>();

    public ModerationService Moderation => Get<ModerationService>();

    public CatalogService Catalog => Get<CatalogService>();

    public GroupService Groups => Get<GroupService>();

    public EditorDraftService Drafts => Get<EditorDraftService>();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<MemberWorld> StartAsync()
    {
        var world = new MemberWorld();
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
        db.Groups.AddRange(GroupA, GroupB);
        await db.SaveChangesAsync();
        MemberA = new Actor("member-a", GroupA.Id, IsStaff: false);
        MemberB = new Actor("member-b", GroupB.Id, IsStaff: false);
    }

    public ValueTask DisposeAsync() => Host.DisposeAsync();

    public T Get<T>()
        where T : notnull => Host.Services.GetRequiredService<T>();

    /// <summary>Every field submitting needs, filled in.</summary>
    public static ProductInput CompleteInput(string name, long price = 25_000) => new()
    {
        Name = name,
        CategorySlug = Category,
        Description = "Keripik pisang kepok tipis, digoreng dengan minyak kelapa, tanpa pengawet.",
        Price = price,
        Unit = "bungkus",
        MinimumOrder = 1,
        NetContent = "250 g",
    };

    public Task<ProductEditView> CompleteDraftAsync(Actor owner, string name) => Editing.CreateDraftAsync(owner, CompleteInput(name), Ct);

    /// <summary>A small real JPEG through the real pipeline (fast: 400×300).</summary>
    public async Task<UploadedPhoto> AddPhotoAsync(Actor owner, int productId, byte[]? bytes = null, string? alt = null)
    {
        using var upload = new MemoryStream(bytes ?? TestImages.Jpeg(400, 300));
        return await Photos.AddAsync(owner, productId, upload, alt, Ct);
    }

    /// <summary>Complete, with one photo, submitted: waiting for staff.</summary>
    public async Task<int> PendingProductAsync(Actor owner, string name)
    {
        var draft = await CompleteDraftAsync(owner, name);
        await AddPhotoAsync(owner, draft.Id);
        await Editing.SubmitAsync(owner, draft.Id, Ct);
        return draft.Id;
    }

    /// <summary>Submitted and approved by staff: public.</summary>
    public async Task<int> PublishedProductAsync(Actor owner, string name)
    {
        var id = await PendingProductAsync(owner, name);
        await Moderation.ApproveAsync(Staff, id, Ct);
        return id;
    }

    public async Task<Product> LoadAsync(int productId)
    {
        await using var db = await Host.DbFactory.CreateDbContextAsync(Ct);
        return await db.Products.AsNoTracking().Include(p => p.Photos).Include(p => p.Category).SingleAsync(p => p.Id == productId, Ct);
    }

    public async Task<List<AuditEntry>> AuditAsync(int productId)
    {
        await using var db = await Host.DbFactory.CreateDbContextAsync(Ct);
        var subject = $"Product:{productId}";
        return await db.AuditEntries.AsNoTracking().Where(a => a.Subject == subject).OrderBy(a => a.Id).ToListAsync(Ct);
    }

    public async Task<int> PhotoRowCountAsync()
    {
        await using var db = await Host.DbFactory.CreateDbContextAsync(Ct);
        return await db.ProductPhotos.CountAsync(Ct);
    }

    /// <summary>Every file under the media folder (temp files included), relative, sorted.</summary>
    public List<string> MediaFiles() => Directory.Exists(Host.MediaPath)
        ? Directory.EnumerateFiles(Host.MediaPath, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Host.MediaPath, f)).Order().ToList()
        : [];

    /// <summary>
    /// Everything a refused call could have touched — every product with its photos, every audit entry and
    /// editor draft, every media file — as one string to compare before and after.
    /// </summary>
    public async Task<string> SnapshotAsync()
    {
        await using var db = await Host.DbFactory.CreateDbContextAsync(Ct);
        var products = await db.Products.AsNoTracking().Include(p => p.Photos).OrderBy(p => p.Id).ToListAsync(Ct);
        var state = new
        {
            Products = products.Select(p => new
            {
                p.Id, p.Slug, p.GroupId, p.CategoryId, p.Name, p.Description, p.Price, p.Unit, p.Status, p.RejectionReason, p.UpdatedAt, p.PublishedAt,
                p.Version, p.LabelTicks, Photos = p.Photos.OrderBy(ph => ph.Id).Select(ph => new { ph.Id, ph.SortOrder, ph.AltText, ph.StorageKey }),
            }),
            Audit = await db.AuditEntries.AsNoTracking().OrderBy(a => a.Id).Select(a => new { a.Id, a.Action, a.Subject }).ToListAsync(Ct),
            Drafts = await db.EditorDrafts.AsNoTracking().OrderBy(d => d.Id).Select(d => new { d.UserId, d.ProductId, d.Json }).ToListAsync(Ct),
            Files = MediaFiles(),
        };
        return JsonSerializer.Serialize(state);
    }

    /// <summary>Makes every audit insert fail, as a full disk or a broken log would: shows what commits together with it.</summary>
    public async Task BreakAuditLogAsync()
    {
        await using var db = await Host.DbFactory.CreateDbContextAsync(Ct);
        await RefusingTrigger.CreateAsync(db, "refuse_audit", "INSERT", "AuditEntries", "audit log unavailable");
    }
}
