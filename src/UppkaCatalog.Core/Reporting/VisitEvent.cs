namespace UppkaCatalog.Core.Reporting;

/// <summary>What a visitor did, as the web layer saw it.</summary>
public enum VisitKind
{
    /// <summary>An exhibition's hall page (<c>/pameran/{slug}</c>).</summary>
    HallVisit,

    /// <summary>A booth page (<c>/pameran/{slug}/stan/{groupSlug}</c>).</summary>
    BoothVisit,

    /// <summary>A product opened from a booth (<c>/produk/{slug}?stan={boothId}</c>).</summary>
    BoothProductView,

    /// <summary>A tap on a booth's WhatsApp button, through the counting redirect.</summary>
    WhatsAppClick,
}

/// <summary>
/// One visit waiting in memory for the next flush. Places are named as the address named them (slugs, or the booth
/// id the page already knew); <see cref="VisitFlusher"/> resolves them to ids. <see cref="Visitor"/> (address and
/// browser) lives only here, in memory, for a few seconds: the flusher turns it into a salted hash and drops it.
/// </summary>
public readonly record struct VisitEvent(
    VisitKind Kind,
    DateTimeOffset At,
    string Visitor,
    string? ExhibitionSlug = null,
    string? GroupSlug = null,
    int? BoothId = null)
{
    public static VisitEvent Hall(DateTimeOffset at, string visitor, string exhibitionSlug) =>
        new(VisitKind.HallVisit, at, visitor, exhibitionSlug);

    public static VisitEvent Booth(DateTimeOffset at, string visitor, string exhibitionSlug, string groupSlug) =>
        new(VisitKind.BoothVisit, at, visitor, exhibitionSlug, groupSlug);

    public static VisitEvent ProductFromBooth(DateTimeOffset at, string visitor, int boothId) =>
        new(VisitKind.BoothProductView, at, visitor, BoothId: boothId);

    public static VisitEvent WhatsApp(DateTimeOffset at, string visitor, int boothId) =>
        new(VisitKind.WhatsAppClick, at, visitor, BoothId: boothId);
}
