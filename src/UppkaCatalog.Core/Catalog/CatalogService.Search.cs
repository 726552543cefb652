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
    /// Matches counted and offered at most (42 pages of 24): above it the catalogue says "more than 1,000 products"
    /// and the pager ends at the 1,000th. Nobody pages that far; they add a word or a filter (issue 15).
    /// </summary>
    public const int SearchCountCap = 1_000;

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

        var facets = ProductSearchIndex.Facets(category?.Id, regency?.Id, availability, query.Certifications);
        // IN (subquery), not EXISTS: SQLite runs the FTS5 match once into a temporary index and probes it per product
        // (correlated, it re-ran the match for every product a walk by date visited); PostgreSQL plans both as a semi-join.
        var matches = match is null ? products : products.Where(p => ProductSearchIndex.Match(db, match, null, facets).Select(h => h.ProductId).Contains(p.Id));

        // Counting stops past the cap: a broad word ("ke") matches most of a national catalogue, and an exact count
        // would touch every match when the page needs 24 of them.
        var counted = await matches.Take(SearchCountCap + 1).CountAsync(ct);
        var capped = counted > SearchCountCap;
        var total = Math.Min(counted, SearchCountCap);
        var pageCount = total == 0 ? 1 : (total + SearchPageSize - 1) / SearchPageSize;
        var page = Math.Clamp(query.Page, 1, pageCount);
        var skip = (page - 1) * SearchPageSize;
        var take = Math.Clamp(total - skip, 0, SearchPageSize);
        var ids = sort == CatalogSort.Relevance
            ? await ByRelevanceAsync(db, products, match!, facets, skip, take, ct)
            : take == 0 ? [] : await Order(matches, sort).Skip(skip).Take(take).Select(p => p.Id).ToListAsync(ct);
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
            categories.Select(c => c.View).ToList(), regencies.Select(r => r.View).ToList(), capped);
    }

    /// <summary>
    /// One page by relevance: the tiers one after another (ProductSearchIndex.TierCount), newest first within each, so
    /// every query is an index walk by date that stops after the page. A tier that ends before the page starts is
    /// counted (at most <paramref name="skip"/> rows) to know how far into the next one the page begins.
    /// </summary>
    private static async Task<List<int>> ByRelevanceAsync(AppDbContext db, IQueryable<Product> products, IReadOnlyList<string> words,
        IReadOnlyList<string> facets, int skip, int take, CancellationToken ct)
    {
        var ids = new List<int>(take);
        for (var tier = 0; tier < ProductSearchIndex.TierCount && ids.Count < take; tier++)
        {
            var t = tier;
            var inTier = products.Where(p => ProductSearchIndex.Match(db, words, t, facets).Select(h => h.ProductId).Contains(p.Id));
            var found = await Order(inTier, CatalogSort.Newest).Skip(skip).Take(take - ids.Count).Select(p => p.Id).ToListAsync(ct);
            if (found.Count == 0 && skip > 0) skip -= await inTier.Take(skip).CountAsync(ct);
            else skip = 0;
            ids.AddRange(found);
        }

        return ids;
    }

    /// <summary>Ties (equal price or date) go to the newer product, then the higher id, so pages never overlap.</summary>
    private static IQueryable<Product> Order(IQueryable<Product> products, CatalogSort sort) => sort switch
    {
        CatalogSort.Cheapest => products.OrderBy(p => p.Price).ThenByDescending(p => p.PublishedAt).ThenByDescending(p => p.Id),
        CatalogSort.MostExpensive => products.OrderByDescending(p => p.Price).ThenByDescending(p => p.PublishedAt).ThenByDescending(p => p.Id),
        _ => products.OrderByDescending(p => p.PublishedAt).ThenByDescending(p => p.Id),
    };
}
