namespace UppkaCatalog.Core.Exhibitions;

/// <summary>
/// What staff enter for an exhibition. Times are wall-clock WIB as typed in the form (no offset):
/// the service turns them into UTC, so a page never does time-zone arithmetic.
/// </summary>
public sealed class ExhibitionInput
{
    public string? Title { get; set; }

    /// <summary>The address part (<c>/pameran/{slug}</c>); blank = made from the title.</summary>
    public string? Slug { get; set; }

    public string? Theme { get; set; }

    public string? Description { get; set; }

    public DateTime? StartsAtWib { get; set; }

    public DateTime? EndsAtWib { get; set; }

    /// <summary>Optional: blank = applications open as soon as the exhibition is published.</summary>
    public DateTime? RegistrationOpensAtWib { get; set; }

    /// <summary>Optional: blank = applications stay open until the exhibition ends.</summary>
    public DateTime? RegistrationClosesAtWib { get; set; }
}
