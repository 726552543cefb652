namespace UppkaCatalog.Core.Programmes;

/// <summary>What a group sends with its application.</summary>
public sealed class ApplicationInput
{
    public string? Motivation { get; set; }

    public string? Needs { get; set; }

    public List<string> Attendees { get; set; } = [];

    /// <summary>The zakat eligibility declaration (asked only by zakat-funded aid).</summary>
    public bool ZakatDeclared { get; set; }
}

/// <summary>
/// An application as its group, the programme's partner and staff see it (attendees and the declaration are personal data:
/// never shown to anyone else).
/// </summary>
public sealed record ApplicationView(
    int Id, int ProgrammeId, string ProgrammeSlug, string ProgrammeTitle, string PartnerName, int GroupId, string GroupName, string RegencyName,
    ApplicationStatus Status, string Motivation, string Needs, IReadOnlyList<string> Attendees, DateTimeOffset? ZakatDeclaredAt, bool Nominated,
    DateTimeOffset AppliedAt, DateTimeOffset? DecidedAt, string? Reason);

/// <summary>
/// An open programme as a member sees it on <c>/kelola</c>: whether the group may apply now and, if not, every reason why
/// (in the caller's language), and the group's application if it has one.
/// </summary>
public sealed record ProgrammeChoice(ProgrammeView Programme, bool MayApply, IReadOnlyList<string> Reasons, ApplicationView? Application);
