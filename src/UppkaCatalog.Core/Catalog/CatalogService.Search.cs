using Microsoft.EntityFrameworkCore;
using UppkaCatalog.Core.Catalog.Permits;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Programmes;
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

        // "Izin terverifikasi": a subquery of product ids, so it filters the products (SQLite, and PostgreSQL without words)
        // and the search rows alike (PostgreSQL's word search never joins Products).
        var today = Today();
        var verifiedIds = query.VerifiedOnly ? PermitQueries.VerifiedProductIds(db, today, KindsOf(query.Certifications)) : null;
        if (verifiedIds is not null) products = products.Where(p => verifiedIds.Contains(p.Id));

        var facets = ProductSearchIndex.Facets(category?.Id, regency?.Id, availability, query.Certifications);
        IQueryable<SearchRow> Matches(int? tier) => match is null
            ? products.Select(SearchRow.Of)
            : ProductSearchIndex.Matches(db, products, match, tier, facets, minPrice, maxPrice, verifiedIds);

        // Counting stops past the cap: a broad word ("ke") matches most of a national catalogue, and an exact count
        // would touch every match when the page needs 24 of them. Where the rows know their relevance tier (PostgreSQL),
        // the count reads the matches' sort keys instead: up to the cap that one read gives the exact count and the page
        // in any order, where a walk by price or date would pass every product that does not match on its way (and the
        // relevance tiers would each run the word search again).
        List<SearchRow>? few = null;
        int counted;
        if (match is not null && ProductSearchIndex.RowsKnowTheirTier(db))
        {
            var read = await Matches(null).Take(SearchCountCap + 1).ToListAsync(ct);
            counted = read.Count;
            if (counted <= SearchCountCap) few = read;
        }
        else counted = await Matches(null).Take(SearchCountCap + 1).CountAsync(ct);

        var capped = counted > SearchCountCap;
        var total = Math.Min(counted, SearchCountCap);
        var pageCount = total == 0 ? 1 : (total + SearchPageSize - 1) / SearchPageSize;
        var page = Math.Clamp(query.Page, 1, pageCount);
        var skip = (page - 1) * SearchPageSize;
        var take = Math.Clamp(total - skip, 0, SearchPageSize);
        var ids = take == 0 ? []
            : few is not null ? InOrder(few, sort).Skip(skip).Take(take).ToList()
            : sort == CatalogSort.Relevance ? await ByRelevanceAsync(Matches, skip, take, ct)
            : await Order(Matches(null), sort).Skip(skip).Take(take).Select(r => r.ProductId).ToListAsync(ct);
        var cards = await ProductCards.ByIdsAsync(db, ids, today, ct);

        var applied = new CatalogQuery
        {
            Text = text,
            Category = category?.View.Slug,
            Regency = regency?.View.Slug,
            MinPrice = minPrice,
            MaxPrice = maxPrice,
            Certifications = query.Certifications & (Certification.Halal | Certification.Pirt | Certification.Bpom),
            Availability = availability,
            VerifiedOnly = query.VerifiedOnly,
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
    private static async Task<List<int>> ByRelevanceAsync(Func<int?, IQueryable<SearchRow>> matches, int skip, int take, CancellationToken ct)
    {
        var ids = new List<int>(take);
        for (var tier = 0; tier < ProductSearchIndex.TierCount && ids.Count < take; tier++)
        {
            var inTier = matches(tier);
            var found = await Order(inTier, CatalogSort.Newest).Skip(skip).Take(take - ids.Count).Select(r => r.ProductId).ToListAsync(ct);
            if (found.Count == 0 && skip > 0) skip -= await inTier.Take(skip).CountAsync(ct);
            else skip = 0;
            ids.AddRange(found);
        }

        return ids;
    }

    /// <summary>
    /// The order of <see cref="Order"/> (by relevance: tier, then newest) in memory, as PostgreSQL sorts: a product without
    /// a date sorts as the newest (DESC puts NULL first there; a published product always has one).
    /// </summary>
    private static IEnumerable<int> InOrder(List<SearchRow> rows, CatalogSort sort)
    {
        var newest = DateTimeOffset.MaxValue;
        var ordered = sort switch
        {
            CatalogSort.Cheapest => rows.OrderBy(r => r.Price).ThenByDescending(r => r.PublishedAt ?? newest),
            CatalogSort.MostExpensive => rows.OrderByDescending(r => r.Price).ThenByDescending(r => r.PublishedAt ?? newest),
            CatalogSort.Relevance => rows.OrderBy(r => r.Tier).ThenByDescending(r => r.PublishedAt ?? newest),
            _ => rows.OrderByDescending(r => r.PublishedAt ?? newest),
        };
        return ordered.ThenByDescending(r => r.ProductId).Select(r => r.ProductId);
    }

    private static List<PermitKind> KindsOf(Certification certifications)
    {
        var kinds = new List<PermitKind>();
        if (certifications.HasFlag(Certification.Pirt)) kinds.Add(PermitKind.Pirt);
        if (certifications.HasFlag(Certification.Halal)) kinds.Add(PermitKind.Halal);
        if (certifications.HasFlag(Certification.Bpom)) kinds.Add(PermitKind.Bpom);
        return kinds;
    }

    /// <summary>Ties (equal price or date) go to the newer product, then the higher id, so pages never overlap.</summary>
    private static IQueryable<SearchRow> Order(IQueryable<SearchRow> rows, CatalogSort sort) => sort switch
    {
        CatalogSort.Cheapest => rows.OrderBy(r => r.Price).ThenByDescending(r => r.PublishedAt).ThenByDescending(r => r.ProductId),
        CatalogSort.MostExpensive => rows.OrderByDescending(r => r.Price).ThenByDescending(r => r.PublishedAt).ThenByDescending(r => r.ProductId),
        _ => rows.OrderByDescending(r => r.PublishedAt).ThenByDescending(r => r.ProductId),
    };
}
