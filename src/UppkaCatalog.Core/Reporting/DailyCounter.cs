namespace UppkaCatalog.Core.Reporting;

/// <summary>What was counted; the comment on each says what <see cref="DailyCounter.SubjectId"/> is.</summary>
public enum CounterKind
{
    /// <summary>A product page viewed (subject: product id).</summary>
    ProductView = 0,

    /// <summary>A booth page viewed (subject: booth id).</summary>
    BoothVisit = 1,

    /// <summary>A tap on a booth's WhatsApp button, through the counting redirect (subject: booth id).</summary>
    WhatsAppClick = 2,

    /// <summary>An inquiry sent from a booth (subject: booth id).</summary>
    InquirySent = 3,

    /// <summary>An exhibition's hall page viewed (subject: exhibition id).</summary>
    HallVisit = 4,

    /// <summary>A product opened from a booth (subject: booth id).</summary>
    BoothProductView = 5,
}

/// <summary>
/// Visits counted per day (WIB) and subject, never per visitor: no IP address or cookie is stored.
/// </summary>
public sealed class DailyCounter
{
    public long Id { get; set; }

    /// <summary>The calendar day in WIB.</summary>
    public DateOnly Day { get; set; }

    public CounterKind Kind { get; set; }

    /// <summary>Product, booth or exhibition id, by <see cref="Kind"/>.</summary>
    public int SubjectId { get; set; }

    public long Count { get; set; }
}
