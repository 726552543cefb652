namespace UppkaCatalog.Core.Reporting;

/// <summary>
/// Counts of one place (the whole exhibition, a day, a booth or a regency). Unique visitors are counted per WIB day
/// (a visitor's hash changes every day, by design) and added up over days: "visitor-days".
/// </summary>
public sealed record VisitFigures(
    long HallVisits,
    long UniqueHallVisitors,
    long BoothVisits,
    long UniqueBoothVisitors,
    long BoothProductViews,
    long WhatsAppClicks,
    long Inquiries)
{
    public static readonly VisitFigures Zero = new(0, 0, 0, 0, 0, 0, 0);

    public VisitFigures Plus(VisitFigures o) => new(HallVisits + o.HallVisits, UniqueHallVisitors + o.UniqueHallVisitors,
        BoothVisits + o.BoothVisits, UniqueBoothVisitors + o.UniqueBoothVisitors, BoothProductViews + o.BoothProductViews,
        WhatsAppClicks + o.WhatsAppClicks, Inquiries + o.Inquiries);
}

public sealed record DayFigures(DateOnly Day, VisitFigures Figures);

public sealed record BoothFigures(int BoothId, string? Number, string? HallName, string GroupName, string GroupSlug, string RegencyName, VisitFigures Figures);

public sealed record RegencyFigures(string RegencyName, int BoothCount, VisitFigures Figures);

/// <summary>What staff see of one exhibition.</summary>
public sealed record ExhibitionStats(
    int ExhibitionId,
    string Slug,
    string Title,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    VisitFigures Totals,
    IReadOnlyList<DayFigures> Days,
    IReadOnlyList<BoothFigures> Booths,
    IReadOnlyList<RegencyFigures> Regencies);

/// <summary>What a group's members see: their own booth, per day (hall figures are zero: they are not the booth's).</summary>
public sealed record BoothStats(
    int ExhibitionId,
    string ExhibitionSlug,
    string ExhibitionTitle,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    BoothFigures Booth,
    IReadOnlyList<DayFigures> Days);
