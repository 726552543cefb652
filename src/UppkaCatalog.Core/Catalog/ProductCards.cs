using Microsoft.EntityFrameworkCore;
using UppkaCatalog.Core.Catalog.Permits;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Data;
using UppkaCatalog.Core.Media;

namespace UppkaCatalog.Core.Catalog;

/// <summary>Public product queries and their projection to cards: the catalogue, search, storefronts and related products.</summary>
internal static class ProductCards
{
    /// <summary>Published products of active groups: all a buyer may ever see.</summary>
    public static IQueryable<Product> Public(AppDbContext db) =>
        db.Products.AsNoTracking().Where(p => p.Status == ProductStatus.Published && p.Group!.IsActive);

    /// <summary>Runs an already ordered and limited query of <paramref name="db"/> and returns its cards, in the query's order.</summary>
    public static async Task<IReadOnlyList<ProductCard>> ToCardsAsync(AppDbContext db, IQueryable<Product> query, DateOnly today, CancellationToken ct) =>
        await ByIdsAsync(db, await query.Select(p => p.Id).ToListAsync(ct), today, ct);

    /// <summary>
    /// The cards of the products <paramref name="ids"/>, in that order (ids no longer public are left out), with their verified
    /// permits as of <paramref name="today"/> (the WIB day of the caller's injected clock: a halal certificate expires by it).
    /// </summary>
    public static async Task<List<ProductCard>> ByIdsAsync(AppDbContext db, List<int> ids, DateOnly today, CancellationToken ct)
    {
        if (ids.Count == 0) return [];
        var rows = await db.Products.AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new
            {
                p.Id, p.Slug, p.Name, p.Price, p.Unit, p.Availability, p.PreOrderDays,
                GroupName = p.Group!.Name, GroupSlug = p.Group.Slug, RegencyName = p.Group.Regency!.Name,
                CategoryName = p.Category!.Name,
            })
            .ToDictionaryAsync(p => p.Id, ct);
        var covers = await CoversAsync(db, ids, ct);
        var verified = await PermitReads.VerifiedKindsAsync(db, ids, today, ct);
        return ids.Where(rows.ContainsKey).Select(id => rows[id]).Select(p => new ProductCard(p.Id, p.Slug, p.Name, p.Price, p.Unit,
            p.Availability, p.PreOrderDays, p.GroupName, p.GroupSlug, p.RegencyName, p.CategoryName, covers.GetValueOrDefault(p.Id))
            {
                VerifiedPermits = verified.GetValueOrDefault(p.Id) ?? [],
            }).ToList();
    }

    /// <summary>The cover (first photo) of each of the products <paramref name="ids"/> that has one, in one query.</summary>
    public static async Task<Dictionary<int, PhotoView>> CoversAsync(AppDbContext db, IReadOnlyCollection<int> ids, CancellationToken ct)
    {
        if (ids.Count == 0) return [];
        // Covers in a query of their own, through the (ProductId, SortOrder) index: "first photo per product"
        // as a window function numbers every photo in the database (90 ms at 10,000 products).
        return (await db.ProductPhotos.AsNoTracking()
                .Where(ph => ids.Contains(ph.ProductId)
                    && ph.SortOrder == db.ProductPhotos.Where(o => o.ProductId == ph.ProductId).Min(o => o.SortOrder))
                .ToListAsync(ct))
            .GroupBy(ph => ph.ProductId)
            .ToDictionary(g => g.Key, g => PhotoView.From(g.OrderBy(ph => ph.Id).First()));
    }
}
