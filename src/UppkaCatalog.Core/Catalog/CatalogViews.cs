using UppkaCatalog.Core.Catalog.Permits;
using UppkaCatalog.Core.Media;
using UppkaCatalog.Core.Programmes;

namespace UppkaCatalog.Core.Catalog;

/// <summary>A product as a card in lists (published products only).</summary>
public sealed record ProductCard(
    int Id,
    string Slug,
    string Name,
    long Price,
    string Unit,
    Availability Availability,
    int? PreOrderDays,
    string GroupName,
    string GroupSlug,
    string RegencyName,
    string CategoryName,
    PhotoView? Cover)
{
    /// <summary>The permits staff verified (and, for halal, not expired), P-IRT, halal, BPOM order: the card's badges.</summary>
    public IReadOnlyList<PermitKind> VerifiedPermits { get; init; } = [];
}

public sealed record ProductDetail(
    int Id,
    string Slug,
    string Name,
    string Description,
    long Price,
    string Unit,
    int MinimumOrder,
    Availability Availability,
    int? PreOrderDays,
    string? NetContent,
    string? Packaging,
    string? ShelfLife,
    string? PirtNumber,
    string? HalalNumber,
    string? BpomNumber,
    IReadOnlyList<MarketplaceLink> MarketplaceLinks,
    string CategoryName,
    string CategorySlug,
    string GroupName,
    string GroupSlug,
    string? GroupWhatsApp,
    string RegencyName,
    string Village,
    IReadOnlyList<PhotoView> Photos)
{
    /// <summary>
    /// The permits the product has a number for, each with whether staff verified it ("Terverifikasi" only when
    /// <see cref="PermitView.Verified"/>); the page, the JSON-LD and the API read this.
    /// </summary>
    public IReadOnlyList<PermitView> Permits { get; init; } = [];
}

public sealed record CategoryView(string Slug, string Name, string NameEn, string Icon);
