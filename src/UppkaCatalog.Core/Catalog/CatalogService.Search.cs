using Microsoft.EntityFrameworkCore;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Data;
using UppkaCatalog.Core.Media;

namespace UppkaCatalog.Core.Catalog;

/// <summary>The public catalogue search (issue 4): full-text words, filters, sort and paging.</summary>
public sealed partial class CatalogService
{
    public const int SearchPageSize = 24;

    /// <summary>
    /// Published products of active groups matching <paramref name="query"/>, 24 a page. Never throws
    /// for odd input: unknown category or regency values are ignored, prices given the wrong way round
    /// are swapped, and the page is clamped to the pages there are.
    /// </summary>
    public async Task<CatalogSearchResult> SearchAsync(CatalogQuery query, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var categories = await db.Categories.AsNoTracking().OrderBy(c => c.SortOrder).ThenBy(c => c.Name)
            .Select(c => new { c.Id, View = new CategoryView(c.Slug, c.Name, c.NameEn, c.Icon) }).ToListAsync(ct);
        var regencies = await db.Regencies.AsNoTracking().OrderBy(r => r.Code)
            .Select(r => new { r.Id, View = new RegencyView(r.Slug, r.Code, r.Name) }).ToListAsync(ct);

        var wanted = query.Category?.Trim();
        var category = categories.FirstOrDefault(c => string.Equals(c.View.Slug, wanted, StringComparison.OrdinalIgnoreCase));
        var place = query.Regency?.Trim();
        var regency = regencies.FirstOrDefault(r => string.Equals(r.View.Slug, place, StringComparison.OrdinalIgnoreCase) || r.View.Code == place);
        var (minPrice, maxPrice) = query.MinPrice > query.MaxPrice ? (query.MaxPrice, query.MinPrice) : (query.MinPrice, query.MaxPrice);
        var text = string.IsNullOrWhiteSpace(query.Text) ? null : ProductSearchIndex.Cut(query.Text);
        var words = ProductSearchIndex.Words(text);
        var match = words.Count == 0 ? null : words;
        var sort = query.Sort is null or CatalogSort.Relevance
            ? match is null ? CatalogSort.Newest : CatalogSort.Relevance
            : query.Sort.Value;

        var products = Public(db);
        if (category is not null) products = products.Where(p => p.CategoryId == category.Id);
        if (regency is not null) products = products.Where(p => p.Group!.RegencyId == regency.Id);
        if (minPrice is { } min) products = products.Where(p => p.Price >= min);
        if (maxPrice is { } max) products = products.Where(p => p.Price <= max);
        var availability = query.Availability is { } a && Enum.IsDefined(a) ? a : (Availability?)null;
        if (availability is { } only) products = products.Where(p => p.Availability == only);
        if (query.Certifications.HasFlag(Certification.Halal)) products = products.Where(p => p.HalalNumber != null && p.HalalNumber.Trim() != "");
        if (query.Certifications.HasFlag(Certification.Pirt)) products = products.Where(p => p.PirtNumber != null && p.PirtNumber.Trim() != "");
        if (query.Certifications.HasFlag(Certification.Bpom)) products = products.Where(p => p.BpomNumber != null && p.BpomNumber.Trim() != "");

        // Without search words every product has rank 0, so one shape serves both cases.
        var ranked = match is null
            ? products.Select(p => new RankedProduct { Product = p, Rank = 0 })
            : products.Join(ProductSearchIndex.Match(db, match), p => p.Id, h => h.ProductId, (p, h) => new RankedProduct { Product = p, Rank = h.Rank });

        var total = await ranked.CountAsync(ct);
        var pageCount = total == 0 ? 1 : (total + SearchPageSize - 1) / SearchPageSize;
        var page = Math.Clamp(query.Page, 1, pageCount);
        var ids = await Order(ranked, sort).Skip((page - 1) * SearchPageSize).Take(SearchPageSize)
            .Select(x => x.Product.Id).ToListAsync(ct);
        var cards = await ProductCards.ByIdsAsync(db, ids, ct);

        var applied = new CatalogQuery
        {
            Text = text,
            Category = category?.View.Slug,
            Regency = regency?.View.Slug,
            MinPrice = minPrice,
            MaxPrice = maxPrice,
            Certifications = query.Certifications & (Certification.Halal | Certification.Pirt | Certification.Bpom),
            Availability = availability,
            Sort = sort,
            Page = page,
        };
        return new CatalogSearchResult(new Paged<ProductCard>(cards, page, SearchPageSize, total), applied,
            categories.Select(c => c.View).ToList(), regencies.Select(r => r.View).ToList());
    }

    /// <summary>Ties (equal rank or price) go to the newer product, then the higher id, so pages never overlap.</summary>
    private static IQueryable<RankedProduct> Order(IQueryable<RankedProduct> ranked, CatalogSort sort) => sort switch
    {
        CatalogSort.Relevance => ranked.OrderBy(x => x.Rank).ThenByDescending(x => x.Product.PublishedAt).ThenByDescending(x => x.Product.Id),
        CatalogSort.Cheapest => ranked.OrderBy(x => x.Product.Price).ThenByDescending(x => x.Product.PublishedAt).ThenByDescending(x => x.Product.Id),
        CatalogSort.MostExpensive => ranked.OrderByDescending(x => x.Product.Price).ThenByDescending(x => x.Product.PublishedAt).ThenByDescending(x => x.Product.Id),
        _ => ranked.OrderByDescending(x => x.Product.PublishedAt).ThenByDescending(x => x.Product.Id),
    };

    private sealed class RankedProduct
    {
        public required Product Product { get; init; }

        public double Rank { get; init; }
    }
}
