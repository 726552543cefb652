using UppkaCatalog.Core.Media;

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
    PhotoView? Cover);

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
    IReadOnlyList<PhotoView> Photos);

public sealed record CategoryView(string Slug, string Name, string NameEn, string Icon);
