using UppkaCatalog.Core.Groups;
using UppkaCatalog.Core.Partners;

namespace UppkaCatalog.Core.Programmes;

public enum ProgrammeKind
{
    Training,
    EquipmentAid,
    Capital,
    Certification,
    Mentoring,
}

/// <summary>Draft → Open → Closed → Finished. Buyers and members see a programme once it is open; a draft is the partner's own.</summary>
public enum ProgrammeStatus
{
    Draft,
    Open,
    Closed,
    Finished,
}

/// <summary>
/// A partner's offer to groups: a training, equipment aid, capital, certification/packaging help or mentoring, with an
/// application window, a quota of groups, seats per group and who may apply. Times are stored in UTC and shown in WIB.
/// </summary>
public sealed class Programme
{
    public int Id { get; set; }

    public required string Slug { get; set; }

    public int PartnerId { get; set; }

    public Partner? Partner { get; set; }

    public required string Title { get; set; }

    public ProgrammeKind Kind { get; set; }

    public string Description { get; set; } = "";

    /// <summary>Where it happens (a training hall, "online", the partner's office).</summary>
    public string Location { get; set; } = "";

    /// <summary>What the group must provide or bring (documents, a member to attend, matching funds…).</summary>
    public string Requirements { get; set; } = "";

    public DateTimeOffset ApplicationOpensAt { get; set; }

    public DateTimeOffset ApplicationClosesAt { get; set; }

    /// <summary>How many groups it takes.</summary>
    public int Quota { get; set; }

    /// <summary>How many people one group may send (trainings); at least 1.</summary>
    public int SeatsPerGroup { get; set; } = 1;

    /// <summary>BPS codes of the regencies whose groups may apply; empty = every regency.</summary>
    public List<string> RegencyCodes { get; set; } = [];

    /// <summary>Sectors that may apply; empty = every sector.</summary>
    public List<BusinessSector> Sectors { get; set; } = [];

    /// <summary>Group stages that may apply; empty = every stage.</summary>
    public List<GroupStage> Stages { get; set; } = [];

    /// <summary>Zakat-funded aid: the applicant declares that the recipients are among those entitled to zakat (mustahik).</summary>
    public bool RequiresZakatDeclaration { get; set; }

    public ProgrammeStatus Status { get; set; } = ProgrammeStatus.Draft;

    public List<ProgrammeSession> Sessions { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>One meeting of a programme (a training day, a hand-over), in UTC; shown in WIB.</summary>
public sealed class ProgrammeSession
{
    public int Id { get; set; }

    public int ProgrammeId { get; set; }

    public DateTimeOffset StartsAt { get; set; }

    public DateTimeOffset EndsAt { get; set; }

    public string Place { get; set; } = "";
}
