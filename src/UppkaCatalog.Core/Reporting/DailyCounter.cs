namespace UppkaCatalog.Core.Reporting;

public enum CounterKind
{
    ProductView = 0,
    BoothVisit = 1,
    WhatsAppClick = 2,
    InquirySent = 3,
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

    /// <summary>Product or booth id, by <see cref="Kind"/>.</summary>
    public int SubjectId { get; set; }

    public long Count { get; set; }
}
