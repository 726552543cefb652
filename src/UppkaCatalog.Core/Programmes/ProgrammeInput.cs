using UppkaCatalog.Core.Groups;

namespace UppkaCatalog.Core.Programmes;

/// <summary>
/// What a partner officer or staff enter for a programme. Times are wall-clock WIB as typed (no offset): the service turns
/// them into UTC. Lists left empty mean "everyone" (every regency, sector, stage).
/// </summary>
public sealed class ProgrammeInput
{
    /// <summary>The partner it belongs to. Staff choose it; for a partner officer it is always their own organisation.</summary>
    public int? PartnerId { get; set; }

    public string? Title { get; set; }

    /// <summary>The address part (<c>/program/{slug}</c>); blank = made from the title.</summary>
    public string? Slug { get; set; }

    public ProgrammeKind? Kind { get; set; }

    public string? Description { get; set; }

    public string? Location { get; set; }

    public string? Requirements { get; set; }

    public DateTime? ApplicationOpensAtWib { get; set; }

    public DateTime? ApplicationClosesAtWib { get; set; }

    public int? Quota { get; set; }

    public int? SeatsPerGroup { get; set; }

    /// <summary>BPS codes (or names) of the regencies whose groups may apply.</summary>
    public List<string> Regencies { get; set; } = [];

    public List<BusinessSector> Sectors { get; set; } = [];

    public List<GroupStage> Stages { get; set; } = [];

    public bool RequiresZakatDeclaration { get; set; }

    public List<SessionInput> Sessions { get; set; } = [];
}

public sealed class SessionInput
{
    public DateTime? StartsAtWib { get; set; }

    public DateTime? EndsAtWib { get; set; }

    public string? Place { get; set; }
}
