using UppkaCatalog.Core.Groups;
using UppkaCatalog.Core.Partners;

namespace UppkaCatalog.Core.Programmes;

/// <summary>Where a programme's application window stands at a moment.</summary>
public enum ApplicationWindow
{
    /// <summary>Open, but applications start later.</summary>
    Upcoming,
    Open,
    /// <summary>The window has passed (or the programme was closed).</summary>
    Closed,
}

public sealed record SessionView(DateTimeOffset StartsAt, DateTimeOffset EndsAt, string Place);

/// <summary>
/// A programme as buyers, members and the public API see it: nothing personal (no officer, no applicant). Regencies are
/// named; empty lists mean "everyone".
/// </summary>
public sealed record ProgrammeView(
    int Id, string Slug, string Title, ProgrammeKind Kind, ProgrammeStatus Status, ApplicationWindow Window,
    int PartnerId, string PartnerName, PartnerKind PartnerKind,
    string Description, string Location, string Requirements,
    DateTimeOffset ApplicationOpensAt, DateTimeOffset ApplicationClosesAt, int Quota, int SeatsPerGroup,
    IReadOnlyList<RegencyName> Regencies, IReadOnlyList<BusinessSector> Sectors, IReadOnlyList<GroupStage> Stages,
    bool RequiresZakatDeclaration, IReadOnlyList<SessionView> Sessions, DateTimeOffset UpdatedAt);

public sealed record RegencyName(string Code, string Name);

/// <summary>A programme in a partner officer's or staff's own list, drafts included.</summary>
public sealed record ManagedProgrammeRow(int Id, string Slug, string Title, ProgrammeKind Kind, ProgrammeStatus Status, ApplicationWindow Window,
    string PartnerName, DateTimeOffset ApplicationOpensAt, DateTimeOffset ApplicationClosesAt, int Quota);

public sealed record PartnerView(int Id, string Slug, string Name, PartnerKind Kind, IReadOnlyList<RegencyName> Regencies,
    string? ContactName, string? ContactPhone, string? ContactEmail, bool IsActive, int Officers, int Programmes);
