namespace UppkaCatalog.Core.Reporting;

/// <summary>
/// "This (anonymous) visitor was seen here today": one row per day, place and visitor hash, so unique
/// visitors are a count of rows. The hash mixes the visitor's address and browser with the day's
/// <see cref="DailySalt"/>; once that salt is deleted the hash cannot be traced back to an address.
/// </summary>
public sealed class VisitorSighting
{
    public long Id { get; set; }

    /// <summary>The calendar day in WIB.</summary>
    public DateOnly Day { get; set; }

    public int ExhibitionId { get; set; }

    /// <summary>The booth visited, or 0 for the exhibition's hall page.</summary>
    public int BoothId { get; set; }

    /// <summary>Truncated keyed hash (base64url) of salt + address + user agent; never the address itself.</summary>
    public required string VisitorHash { get; set; }
}

/// <summary>The random secret of one WIB day, kept so a restart does not double-count; deleted after the day.</summary>
public sealed class DailySalt
{
    public DateOnly Day { get; set; }

    public required byte[] Salt { get; set; }
}
