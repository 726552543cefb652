using Microsoft.EntityFrameworkCore;
using UppkaCatalog.Core.Data;
using UppkaCatalog.Core.Media;

namespace UppkaCatalog.Core.Catalog;

/// <summary>Public product queries and their projection to cards, shared by the storefront and related products.</summary>
internal static class ProductCards
{
    /// <summary>Published products of active groups: all a buyer may ever see.</summary>
    public static IQueryable<Product> Public(AppDbContext db) =>
        db.Products.AsNoTracking().Where(p => p.Status == ProductStatus.Published && p.Group!.IsActive);

    /// <summary>Runs an already ordered and limited query and returns cards with their covers.</summary>
    public static async Task<IReadOnlyList<ProductCard>> ToCardsAsync(IQueryable<Product> query, CancellationToken ct)
    {
        var items = await query
            .Select(p => new
            {
                p.Id, p.Slug, p.Name, p.Price, p.Unit, p.Availability, p.PreOrderDays,
                GroupName = p.Group!.Name, GroupSlug = p.Group.Slug, RegencyName = p.Group.Regency!.Name,
                CategoryName = p.Category!.Name,
                Cover = p.Photos.OrderBy(ph => ph.SortOrder).FirstOrDefault(),
            })
            .AsSplitQuery()
            .ToListAsync(ct);
        return items.Select(p => new ProductCard(p.Id, p.Slug, p.Name, p.Price, p.Unit, p.Availability, p.PreOrderDays,
            p.GroupName, p.GroupSlug, p.RegencyName, p.CategoryName, p.Cover is null ? null : PhotoView.From(p.Cover))).ToList();
    }
}
