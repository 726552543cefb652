namespace UppkaCatalog.Core.Exhibitions;

/// <summary>One line of the staff list: counts of accepted booths and of applications waiting for a decision.</summary>
public sealed record CuratedExhibitionRow(
    int Id,
    string Slug,
    string Title,
    ExhibitionStatus Status,
    ExhibitionPhase Phase,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    int HallCount,
    int BoothCount,
    int PendingApplicationCount);

public sealed record CuratedHall(int Id, string Slug, string Name, int SortOrder, int BoothCount);

public sealed record CuratedProduct(string Name, long Price, long? ExhibitionPrice);

/// <summary>A group's booth row in any state: an application (Applied), a booth (Accepted), or a past decision.</summary>
public sealed record CuratedBooth(
    int Id,
    int GroupId,
    string GroupName,
    string GroupSlug,
    string RegencyName,
    string Tagline,
    BoothStatus Status,
    int? HallId,
    string? HallName,
    string? Number,
    DateTimeOffset AppliedAt,
    DateTimeOffset? DecidedAt,
    string? DecisionReason,
    Guid Version,
    IReadOnlyList<CuratedProduct> Products);

/// <summary>Everything the staff edit page shows; times in UTC (the page shows them in WIB).</summary>
public sealed record CuratedExhibition(
    int Id,
    string Slug,
    string Title,
    string Theme,
    string Description,
    string? BannerKey,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    DateTimeOffset? RegistrationOpensAt,
    DateTimeOffset? RegistrationClosesAt,
    ExhibitionStatus Status,
    ExhibitionPhase Phase,
    Guid Version,
    IReadOnlyList<CuratedHall> Halls,
    IReadOnlyList<CuratedBooth> Booths)
{
    /// <summary>Applications waiting for staff, oldest first.</summary>
    public IEnumerable<CuratedBooth> Applications => Booths.Where(b => b.Status == BoothStatus.Applied).OrderBy(b => b.AppliedAt);

    /// <summary>Booths buyers see, by hall order then number.</summary>
    public IEnumerable<CuratedBooth> AcceptedBooths => Booths.Where(b => b.Status == BoothStatus.Accepted)
        .OrderBy(b => Halls.FirstOrDefault(h => h.Id == b.HallId)?.SortOrder ?? int.MaxValue)
        .ThenBy(b => b.Number, StringComparer.Ordinal);

    /// <summary>Rejected, removed and withdrawn rows, newest decision first: the history staff may need to explain.</summary>
    public IEnumerable<CuratedBooth> Closed => Booths.Where(b => b.Status is BoothStatus.Rejected or BoothStatus.Withdrawn)
        .OrderByDescending(b => b.DecidedAt ?? b.AppliedAt);

    /// <summary>The form's starting values: stored UTC shown back as WIB wall clock.</summary>
    public ExhibitionInput ToInput() => new()
    {
        Title = Title,
        Slug = Slug,
        Theme = Theme,
        Description = Description,
        StartsAtWib = ExhibitionRules.ToWibWallClock(StartsAt),
        EndsAtWib = ExhibitionRules.ToWibWallClock(EndsAt),
        RegistrationOpensAtWib = RegistrationOpensAt is { } o ? ExhibitionRules.ToWibWallClock(o) : null,
        RegistrationClosesAtWib = RegistrationClosesAt is { } c ? ExhibitionRules.ToWibWallClock(c) : null,
    };
}

/// <summary>An active group staff may give a booth to directly (it has no application or booth in the exhibition yet).</summary>
public sealed record BoothCandidate(int GroupId, string Name, string RegencyName);
