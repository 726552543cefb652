using UppkaCatalog.Core.Groups;

namespace UppkaCatalog.Core.Programmes;

/// <summary>
/// applied → shortlisted → accepted / rejected → completed / dropped; withdrawn by the group until accepted.
/// </summary>
public enum ApplicationStatus
{
    Applied,
    Shortlisted,
    Accepted,
    Rejected,
    Completed,
    Dropped,
    Withdrawn,
}

/// <summary>
/// A group's application to a programme (or staff's nomination of it): one per group and programme. The attendees' names
/// and the zakat eligibility declaration are personal data: only the group, the programme's partner and staff see them.
/// </summary>
public sealed class ProgrammeApplication
{
    public int Id { get; set; }

    public int ProgrammeId { get; set; }

    public Programme? Programme { get; set; }

    public int GroupId { get; set; }

    public Group? Group { get; set; }

    public ApplicationStatus Status { get; set; } = ApplicationStatus.Applied;

    public string Motivation { get; set; } = "";

    public string Needs { get; set; } = "";

    /// <summary>Who will attend (names), at most the programme's seats per group.</summary>
    public List<string> Attendees { get; set; } = [];

    /// <summary>For zakat-funded aid: when the group declared its recipients are entitled to zakat; null otherwise.</summary>
    public DateTimeOffset? ZakatDeclaredAt { get; set; }

    /// <summary>Staff who nominated the group (null when the group applied itself).</summary>
    public string? NominatedById { get; set; }

    public DateTimeOffset AppliedAt { get; set; }

    /// <summary>The last decision's time and, for a rejection or a drop, its reason (shown to the group).</summary>
    public DateTimeOffset? DecidedAt { get; set; }

    public string? Reason { get; set; }

    /// <summary>When it was accepted (kept through completion or a drop): the day the 90-day follow-up counts from.</summary>
    public DateTimeOffset? AcceptedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
