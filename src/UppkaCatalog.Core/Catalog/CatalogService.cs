using Microsoft.EntityFrameworkCore;
using UppkaCatalog.Core.Catalog.Permits;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Data;
using UppkaCatalog.Core.Media;

namespace UppkaCatalog.Core.Catalog;

/// <summary>Public reads of the catalogue: only published products of active groups are ever returned.</summary>
/// <remarks><paramref name="time"/> decides "today" (WIB) for halal expiry; the system clock when not given.</remarks>
public sealed partial class CatalogService(IDbContextFactory<AppDbContext> dbFactory, TimeProvider? time = null)
{
    public const int MaxPageSize = 48;

    /// <summary>Past this a page number is nonsense (or an attack on the offset arithmetic).</summary>
    public const int MaxPage = 10_000;

    public async Task<IReadOnlyList<CategoryView>> GetCategoriesAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Categories.AsNoTracking().OrderBy(c => c.SortOrder).ThenBy(c => c.Name)
            .Select(c => new CategoryView(c.Slug, c.Name, c.NameEn, c.Icon)).ToListAsync(ct);
    }

    public async Task<IReadOnlyList<ProductCard>> GetNewestAsync(int count, CancellationToken ct = default)
    {
        var page = await ListPublishedAsync(1, count, ct);
        return page.Items;
    }

    /// <summary>Published products, newest first.</summary>
    public async Task<Paged<ProductCard>> ListPublishedAsync(int page, int pageSize, CancellationToken ct = default)
    {
        page = Math.Clamp(page, 1, MaxPage);
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = Public(db);
        var total = await query.CountAsync(ct);
        var ids = await query.OrderByDescending(p => p.PublishedAt).ThenByDescending(p => p.Id)
            .Skip((page - 1) * pageSize).Take(pageSize).Select(p => p.Id).ToListAsync(ct);
        var cards = await ProductCards.ByIdsAsync(db, ids, Today(), ct);
        return new Paged<ProductCard>(cards, page, pageSize, total);
    }

    public async Task<ProductDetail?> GetPublishedAsync(string slug, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var p = await Public(db)
            .Include(x => x.Group).ThenInclude(g => g!.Regency)
            .Include(x => x.Category)
            .Include(x => x.Photos)
            .AsSplitQuery()
            .FirstOrDefaultAsync(x => x.Slug == slug, ct);
        if (p is null) return null;
        return ToDetail(p) with { Permits = await PermitReads.PublicAsync(db, p, Today(), ct) };
    }

    /// <summary>A product as buyers see it (also used by staff to preview a listing before approving it).</summary>
    internal static ProductDetail ToDetail(Product p)
    {
        var g = p.Group!;
        return new ProductDetail(p.Id, p.Slug, p.Name, p.Description, p.Price, p.Unit, p.MinimumOrder, p.Availability, p.PreOrderDays,
            p.NetContent, p.Packaging, p.ShelfLife, p.PirtNumber, p.HalalNumber, p.BpomNumber, p.MarketplaceLinks,
            p.Category?.Name ?? "", p.Category?.Slug ?? "", g.Name, g.Slug, g.PublicWhatsApp, g.Regency!.Name, g.Village,
            p.Photos.OrderBy(ph => ph.SortOrder).Select(PhotoView.From).ToList());
    }

    private static IQueryable<Product> Public(AppDbContext db) => ProductCards.Public(db);

    private DateOnly Today() => Wib.DayOf((time ?? TimeProvider.System).GetUtcNow());
}
