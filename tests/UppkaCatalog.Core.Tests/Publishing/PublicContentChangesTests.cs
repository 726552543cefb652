using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Inquiries;
using UppkaCatalog.Core.Publishing;
using UppkaCatalog.Core.Tests.Support;

namespace UppkaCatalog.Core.Tests.Publishing;

/// <summary>Public pages are forgotten when what they show changes, and only once the change is committed.</summary>
public sealed class PublicContentChangesTests : IAsyncLifetime
{
    private readonly Recorder _recorder = new();
    private CoreHost _host = default!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _host = await CoreHost.StartAsync(demo: false, configure: s => s.AddSingleton<IPublicContentListener>(_recorder));
        await _host.SeedAsync(); // reference data: categories
    }

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task Saving_a_product_tells_the_listener_catalog_changed()
    {
        await using var db = await _host.DbFactory.CreateDbContextAsync(Ct);
        var (group, categoryId) = await GroupAndCategoryAsync(db);
        _recorder.Clear();

        db.Products.Add(TestData.Product(group, categoryId, "keripik-uji", ProductStatus.Published));
        await db.SaveChangesAsync(Ct);

        Assert.Equal([PublicContent.Catalog], _recorder.Calls);
    }

    [Fact]
    public async Task Saving_only_private_rows_tells_nobody()
    {
        await using var db = await _host.DbFactory.CreateDbContextAsync(Ct);
        var (group, _) = await GroupAndCategoryAsync(db);
        _recorder.Clear();

        db.Inquiries.Add(new Inquiry { GroupId = group.Id, BuyerName = "Budi", BuyerPhone = "+6281234567890", Message = "Masih ada?", CreatedAt = CoreHost.DefaultNow });
        await db.SaveChangesAsync(Ct);

        Assert.Empty(_recorder.Calls);
    }

    [Fact]
    public async Task Inside_a_transaction_the_listener_hears_only_after_the_commit()
    {
        await using var db = await _host.DbFactory.CreateDbContextAsync(Ct);
        var (group, categoryId) = await GroupAndCategoryAsync(db);
        _recorder.Clear();

        await using (var tx = await db.Database.BeginTransactionAsync(Ct))
        {
            db.Products.Add(TestData.Product(group, categoryId, "dodol-uji", ProductStatus.Published));
            await db.SaveChangesAsync(Ct);
            Assert.Empty(_recorder.Calls); // a buyer's request now would still see (and cache) the old page
            await tx.CommitAsync(Ct);
        }

        Assert.Equal([PublicContent.Catalog], _recorder.Calls);
    }

    [Fact]
    public async Task A_rolled_back_change_tells_nobody()
    {
        await using var db = await _host.DbFactory.CreateDbContextAsync(Ct);
        var (group, categoryId) = await GroupAndCategoryAsync(db);
        _recorder.Clear();

        await using (var tx = await db.Database.BeginTransactionAsync(Ct))
        {
            db.Products.Add(TestData.Product(group, categoryId, "sirup-uji", ProductStatus.Published));
            await db.SaveChangesAsync(Ct);
            await tx.RollbackAsync(Ct);
        }

        db.ChangeTracker.Clear();
        db.Inquiries.Add(new Inquiry { GroupId = group.Id, BuyerName = "Sari", BuyerPhone = "+6281234567891", Message = "Harga grosir?", CreatedAt = CoreHost.DefaultNow });
        await db.SaveChangesAsync(Ct);

        Assert.Empty(_recorder.Calls);
    }

    [Fact]
    public async Task A_group_rename_through_the_service_changes_the_catalog()
    {
        await using (var db = await _host.DbFactory.CreateDbContextAsync(Ct))
        {
            await GroupAndCategoryAsync(db);
        }

        var groups = _host.Services.GetRequiredService<UppkaCatalog.Core.Groups.GroupService>();
        await using var read = await _host.DbFactory.CreateDbContextAsync(Ct);
        var group = await read.Groups.AsNoTracking().SingleAsync(g => g.Slug == "kelompok-uji", Ct);
        var member = new UppkaCatalog.Core.Common.Actor("member-uji", group.Id, IsStaff: false);
        var own = await groups.GetOwnAsync(member, Ct);
        _recorder.Clear();

        await groups.UpdateOwnAsync(member, new UppkaCatalog.Core.Groups.GroupProfileInput
        {
            Story = own.Story + " Kini juga menerima pesanan dari luar Jambi.",
            Village = own.Village,
            District = own.District,
            RegencyCode = own.RegencyCode,
            PublicWhatsApp = own.PublicWhatsApp,
        }, Ct);

        Assert.Contains(PublicContent.Catalog, _recorder.Calls);
    }

    [Theory]
    [InlineData(typeof(Product), PublicContent.Catalog)]
    [InlineData(typeof(UppkaCatalog.Core.Media.ProductPhoto), PublicContent.Catalog)]
    [InlineData(typeof(Category), PublicContent.Catalog)]
    [InlineData(typeof(UppkaCatalog.Core.Groups.Group), PublicContent.Catalog)]
    [InlineData(typeof(UppkaCatalog.Core.Exhibitions.Exhibition), PublicContent.Exhibitions)]
    [InlineData(typeof(UppkaCatalog.Core.Exhibitions.Booth), PublicContent.Exhibitions)]
    [InlineData(typeof(UppkaCatalog.Core.Exhibitions.BoothProduct), PublicContent.Exhibitions)]
    [InlineData(typeof(UppkaCatalog.Core.Programmes.Programme), PublicContent.Programmes)]
    [InlineData(typeof(UppkaCatalog.Core.Programmes.ProgrammeSession), PublicContent.Programmes)]
    [InlineData(typeof(UppkaCatalog.Core.Partners.Partner), PublicContent.Programmes)]
    [InlineData(typeof(Inquiry), PublicContent.None)]
    [InlineData(typeof(UppkaCatalog.Core.Auditing.AuditEntry), PublicContent.None)]
    public void Entities_are_classified_by_the_pages_that_show_them(Type entity, PublicContent expected) =>
        Assert.Equal(expected, PublicContentChanges.Classify(entity));

    private static async Task<(UppkaCatalog.Core.Groups.Group Group, int CategoryId)> GroupAndCategoryAsync(UppkaCatalog.Core.Data.AppDbContext db)
    {
        var regency = await db.Regencies.FirstAsync(Ct);
        var categoryId = await db.Categories.Select(c => c.Id).FirstAsync(Ct);
        var group = await db.Groups.FirstOrDefaultAsync(g => g.Slug == "kelompok-uji", Ct);
        if (group is null)
        {
            group = TestData.Group("kelompok-uji", regency.Id);
            db.Groups.Add(group);
            await db.SaveChangesAsync(Ct);
        }

        return (group, categoryId);
    }

    private sealed class Recorder : IPublicContentListener
    {
        private readonly ConcurrentQueue<PublicContent> _calls = new();

        public IReadOnlyList<PublicContent> Calls => [.. _calls];

        public void Clear() => _calls.Clear();

        public ValueTask ChangedAsync(PublicContent what, CancellationToken ct)
        {
            _calls.Enqueue(what);
            return ValueTask.CompletedTask;
        }
    }
}
