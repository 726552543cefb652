using Microsoft.EntityFrameworkCore;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Data;

namespace UppkaCatalog.Core.Catalog;

/// <summary>"More like this" under a product: other published products of the same category.</summary>
public sealed class RelatedProductsService(IDbContextFactory<AppDbContext> dbFactory, TimeProvider time)
{
    public const int MaxCount = 8;

    /// <summary>
    /// Up to <paramref name="count"/> (at most <see cref="MaxCount"/>) published products in the category of
    /// the published product <paramref name="productSlug"/>, never that product itself; other groups' products
    /// first (the buyer already sees this group's), then the newest. Empty for an unknown slug.
    /// </summary>
    public async Task<IReadOnlyList<ProductCard>> GetRelatedAsync(string productSlug, int count = 4, CancellationToken ct = default)
    {
        count = Math.Clamp(count, 1, MaxCount);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var product = await ProductCards.Public(db).Where(p => p.Slug == productSlug)
            .Select(p => new { p.Id, p.CategoryId, p.GroupId }).FirstOrDefaultAsync(ct);
        if (product?.CategoryId is null) return [];
        var query = ProductCards.Public(db)
            .Where(p => p.CategoryId == product.CategoryId && p.Id != product.Id)
            .OrderBy(p => p.GroupId == product.GroupId ? 1 : 0)
            .ThenByDescending(p => p.PublishedAt).ThenByDescending(p => p.Id)
            .Take(count);
        return await ProductCards.ToCardsAsync(db, query, Wib.DayOf(time.GetUtcNow()), ct);
    }
}
