using UppkaCatalog.Core.Common;

namespace UppkaCatalog.Core.Catalog;

/// <summary>
/// One page of a catalogue search, the query as it was applied (unknown filters dropped, the sort
/// resolved, the page clamped) and the choices for the filter form. <paramref name="TotalIsCapped"/>: more products
/// match than <see cref="CatalogService.SearchCountCap"/>; <c>Results.TotalCount</c> is then the cap, and the pages
/// offered end there.
/// </summary>
public sealed record CatalogSearchResult(
    Paged<ProductCard> Results,
    CatalogQuery Applied,
    IReadOnlyList<CategoryView> Categories,
    IReadOnlyList<RegencyView> Regencies,
    bool TotalIsCapped = false);

/// <summary>A regency as a filter choice: its slug is the URL value (<c>wilayah=muaro-jambi</c>).</summary>
public sealed record RegencyView(string Slug, string Code, string Name);
