using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Media;

namespace UppkaCatalog.Core.Exhibitions;

/// <summary>An exhibition as buyers see it in a list and at the top of its hall and booth pages.</summary>
/// <param name="OpensIn">Time left until it opens, for an upcoming exhibition ("dibuka dalam 3 hari"); null otherwise.</param>
/// <param name="IsDraft">A draft shown only in a staff preview (<c>?pratinjau=1</c>): never indexed, never cached.</param>
/// <param name="BannerKey">The exhibition's banner when its key names one stored file (see <see cref="BoothBanner"/>); else null.</param>
public sealed record ExhibitionSummary(
    string Slug,
    string Title,
    string Theme,
    string Description,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    ExhibitionPhase Phase,
    int BoothCount,
    int HallCount,
    TimeSpan? OpensIn = null,
    bool IsDraft = false,
    bool IsArchived = false,
    PhotoView? Banner = null);

/// <summary>
/// The picture at the top of a booth tile. <see cref="Stored"/> is the booth's own banner (see
/// <see cref="BannerImages"/>); a banner descriptor that cannot be read falls back to <see cref="Photo"/>, the
/// booth's first product photo. Both null (no banner set): the page paints a neutral tile.
/// </summary>
public sealed record BoothBanner(PhotoView? Stored, PhotoView? Photo)
{
    public static readonly BoothBanner None = new(null, null);

    public bool IsEmpty => Stored is null && Photo is null;

    /// <summary>A JPEG path for sharing (OpenGraph), or null.</summary>
    public string? JpegPath(int width) =>
        (Stored ?? Photo)?.Fallback(width) is { Length: > 0 } path ? path : null;
}

/// <summary>A featured product of a booth, without its photo (the API and the hall's product count).</summary>
public sealed record BoothItem(int ProductId, string Slug, string Name, long Price, long? ExhibitionPrice);

/// <summary>A booth in the hall: who, where, what it shows.</summary>
/// <param name="Photos">The covers of its first few featured products (in booth order), for the tile.</param>
public sealed record BoothSummary(
    int Id,
    string Number,
    string GroupName,
    string GroupSlug,
    string RegencyName,
    string RegencySlug,
    string Tagline,
    BoothBanner Banner,
    IReadOnlyList<BoothItem> Products,
    IReadOnlyList<PhotoView> Photos)
{
    public int ProductCount => Products.Count;
}

public sealed record HallView(string Slug, string Name, string Description, IReadOnlyList<BoothSummary> Booths);

/// <summary>What a buyer may narrow the hall by: hall slug (<c>aula</c>), regency slug (<c>wilayah</c>), category slug (<c>kategori</c>).</summary>
public sealed record HallFilter(string? Hall = null, string? Regency = null, string? Category = null)
{
    public static readonly HallFilter None = new();

    public bool IsEmpty => Hall is null && Regency is null && Category is null;
}

public sealed record FilterOption(string Slug, string Name, string NameEn);

/// <summary>The choices offered by the hall's filter form: only halls, regencies and categories that have booths.</summary>
public sealed record HallFilterOptions(IReadOnlyList<FilterOption> Halls, IReadOnlyList<FilterOption> Regencies, IReadOnlyList<FilterOption> Categories);

/// <param name="Halls">Halls in order, each with its booths that pass <see cref="Filter"/>; halls left empty by a filter are left out.</param>
/// <param name="Filter">The filter as applied: unknown slugs are dropped, so the form shows what was really used.</param>
/// <param name="ShareImage">A JPEG path for OpenGraph (the exhibition's first booth picture), or null.</param>
public sealed record ExhibitionHallView(
    ExhibitionSummary Exhibition,
    IReadOnlyList<HallView> Halls,
    HallFilter Filter,
    HallFilterOptions Options,
    string? ShareImage)
{
    public int ShownBoothCount => Halls.Sum(h => h.Booths.Count);
}

/// <summary>A featured product on a booth page: its card and the exhibition price, if any.</summary>
public sealed record FeaturedProduct(ProductCard Product, long? ExhibitionPrice);

public sealed record BoothView(
    ExhibitionSummary Exhibition,
    int BoothId,
    string HallName,
    string HallSlug,
    string Number,
    string Tagline,
    BoothBanner Banner,
    string GroupName,
    string GroupSlug,
    string RegencyName,
    string GroupStory,
    string? GroupWhatsApp,
    IReadOnlyList<FeaturedProduct> Products)
{
    /// <summary>A JPEG path for OpenGraph: the banner, else the first featured product's cover.</summary>
    public string? ShareImage => Banner.JpegPath(800) ?? Products.Select(p => p.Product.Cover?.Fallback(800)).FirstOrDefault(p => !string.IsNullOrEmpty(p));
}
