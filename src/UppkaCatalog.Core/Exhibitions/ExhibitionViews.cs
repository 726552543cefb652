using UppkaCatalog.Core.Catalog;

namespace UppkaCatalog.Core.Exhibitions;

public sealed record ExhibitionSummary(
    string Slug,
    string Title,
    string Theme,
    string Description,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    ExhibitionPhase Phase,
    int BoothCount,
    int HallCount);

public sealed record BoothSummary(string Number, string GroupName, string GroupSlug, string RegencyName, string Tagline, int ProductCount);

public sealed record HallView(string Slug, string Name, string Description, IReadOnlyList<BoothSummary> Booths);

public sealed record ExhibitionHallView(ExhibitionSummary Exhibition, IReadOnlyList<HallView> Halls);

public sealed record BoothView(
    ExhibitionSummary Exhibition,
    string HallName,
    string Number,
    string Tagline,
    string GroupName,
    string GroupSlug,
    string RegencyName,
    string GroupStory,
    string? GroupWhatsApp,
    IReadOnlyList<(ProductCard Product, long? ExhibitionPrice)> Products);
