using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Groups;

namespace UppkaCatalog.Core.Exhibitions;

public enum ExhibitionStatus
{
    /// <summary>Being prepared by staff; buyers and members do not see it.</summary>
    Draft = 0,

    /// <summary>Visible to buyers (as a preview before it opens) and open to applications in its registration window.</summary>
    Published = 1,

    /// <summary>Closed for good: still readable by buyers as an archive, no longer changed by anyone.</summary>
    Archived = 2,
}

/// <summary>Where an exhibition stands in time; derived from its dates, never stored.</summary>
public enum ExhibitionPhase
{
    Upcoming,
    Ongoing,
    Past,
}

/// <summary>A booth starts as a group's application (no hall or number yet) and gets both when staff accept it.</summary>
public enum BoothStatus
{
    Applied = 0,
    Accepted = 1,
    Rejected = 2,
    Withdrawn = 3,
}

public sealed class Exhibition
{
    public int Id { get; set; }

    public required string Slug { get; set; }

    public required string Title { get; set; }

    public string Theme { get; set; } = "";

    public string Description { get; set; } = "";

    public string? BannerKey { get; set; }

    /// <summary>Opening moment (stored in UTC; entered and shown in WIB).</summary>
    public DateTimeOffset StartsAt { get; set; }

    public DateTimeOffset EndsAt { get; set; }

    public DateTimeOffset? RegistrationOpensAt { get; set; }

    public DateTimeOffset? RegistrationClosesAt { get; set; }

    public ExhibitionStatus Status { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>
    /// Optimistic concurrency over the form and the status: a staff member's save, publish or archive made
    /// from a page that showed an older version is refused, never silently applied over a colleague's.
    /// Halls and the banner have their own checks and leave it alone.
    /// </summary>
    public Guid Version { get; set; } = Guid.NewGuid();

    public List<Hall> Halls { get; set; } = [];

    public ExhibitionPhase PhaseAt(DateTimeOffset now) =>
        now < StartsAt ? ExhibitionPhase.Upcoming : now < EndsAt ? ExhibitionPhase.Ongoing : ExhibitionPhase.Past;
}

public sealed class Hall
{
    public int Id { get; set; }

    public int ExhibitionId { get; set; }

    public Exhibition? Exhibition { get; set; }

    public required string Slug { get; set; }

    public required string Name { get; set; }

    public string Description { get; set; } = "";

    public int SortOrder { get; set; }

    public List<Booth> Booths { get; set; } = [];
}

public sealed class Booth
{
    public int Id { get; set; }

    /// <summary>Null while the booth is only an application; staff assign the hall on acceptance.</summary>
    public int? HallId { get; set; }

    public Hall? Hall { get; set; }

    /// <summary>Denormalised from the hall so "one booth per group per exhibition" is a unique index.</summary>
    public int ExhibitionId { get; set; }

    public Exhibition? Exhibition { get; set; }

    public int GroupId { get; set; }

    public Group? Group { get; set; }

    /// <summary>Booth number shown to buyers (e.g. "A-03"); null until staff accept the application.</summary>
    public string? Number { get; set; }

    public string Tagline { get; set; } = "";

    public string? BannerKey { get; set; }

    public BoothStatus Status { get; set; }

    public DateTimeOffset AppliedAt { get; set; }

    /// <summary>When staff accepted or rejected the application (or removed the booth).</summary>
    public DateTimeOffset? DecidedAt { get; set; }

    /// <summary>The reason staff gave when rejecting or removing; shown to the group's members.</summary>
    public string? DecisionReason { get; set; }

    /// <summary>
    /// Optimistic concurrency shared by both sides: every change, the group's (apply, edit, banner, withdraw)
    /// and staff's (accept, reject, move, remove), needs the version the actor saw and makes a new one, so a
    /// member's withdraw racing a staff accept (or two staff deciding at once) ends in a conflict for one of them.
    /// </summary>
    public Guid Version { get; set; } = Guid.NewGuid();

    public List<BoothProduct> Products { get; set; } = [];
}

public sealed class BoothProduct
{
    public int Id { get; set; }

    public int BoothId { get; set; }

    public Booth? Booth { get; set; }

    public int ProductId { get; set; }

    public Product? Product { get; set; }

    public int SortOrder { get; set; }

    /// <summary>Special exhibition price in whole rupiah, if any.</summary>
    public long? ExhibitionPrice { get; set; }
}
