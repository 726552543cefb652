using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Programmes;
using UppkaCatalog.Web.Components.Shared;

namespace UppkaCatalog.Web.Components.Pages.Partner;

/// <summary>
/// Programme and application statuses as the partner area shows them: the key of the name in <c>PartnerResource</c>, the
/// badge tone, the next step an officer may take and the decisions an application's status allows.
/// </summary>
public static class ProgrammeStatuses
{
    public static string ResourceKey(ProgrammeStatus status) => "Status" + status;

    public static string ResourceKey(ApplicationStatus status) => "Application" + status;

    public static string ResourceKey(ProgrammeKind kind) => "Kind" + kind;

    /// <summary>A draft waits for its partner to open it; an open programme takes applications.</summary>
    public static StatusTone Tone(ProgrammeStatus status) => status switch
    {
        ProgrammeStatus.Draft => StatusTone.Warning,
        ProgrammeStatus.Open => StatusTone.Success,
        _ => StatusTone.Neutral,
    };

    /// <summary>The tone the group sees too (<see cref="ApplicationStatuses"/>): one colour for one status everywhere.</summary>
    public static StatusTone Tone(ApplicationStatus status) => ApplicationStatuses.Tone(status);

    /// <summary>The one step along draft → open → closed → finished, or null for a finished programme.</summary>
    public static ProgrammeStatus? Next(ProgrammeStatus status) => status == ProgrammeStatus.Finished ? null : status + 1;

    /// <summary>The decisions the service allows from <paramref name="status"/>, in the order the buttons show them.</summary>
    public static IReadOnlyList<ApplicationStatus> Decisions(ApplicationStatus status) => status switch
    {
        ApplicationStatus.Applied => [ApplicationStatus.Shortlisted, ApplicationStatus.Accepted, ApplicationStatus.Rejected],
        ApplicationStatus.Shortlisted => [ApplicationStatus.Accepted, ApplicationStatus.Rejected],
        ApplicationStatus.Accepted => [ApplicationStatus.Completed, ApplicationStatus.Dropped],
        _ => [],
    };

    /// <summary>A refusal or a drop tells the group why.</summary>
    public static bool NeedsReason(ApplicationStatus decision) => decision is ApplicationStatus.Rejected or ApplicationStatus.Dropped;

    /// <summary>The form filled from a saved programme (times as WIB wall clock, regencies by code).</summary>
    public static ProgrammeInput ToInput(ProgrammeView p) => new()
    {
        PartnerId = p.PartnerId,
        Title = p.Title,
        Slug = p.Slug,
        Kind = p.Kind,
        Description = p.Description,
        Location = p.Location,
        Requirements = p.Requirements,
        ApplicationOpensAtWib = WallClock(p.ApplicationOpensAt),
        ApplicationClosesAtWib = WallClock(p.ApplicationClosesAt),
        Quota = p.Quota,
        SeatsPerGroup = p.SeatsPerGroup,
        Regencies = p.Regencies.Select(r => r.Code).ToList(),
        Sectors = p.Sectors.ToList(),
        Stages = p.Stages.ToList(),
        RequiresZakatDeclaration = p.RequiresZakatDeclaration,
        Sessions = p.Sessions.Select(s => new SessionInput { StartsAtWib = WallClock(s.StartsAt), EndsAtWib = WallClock(s.EndsAt), Place = s.Place }).ToList(),
    };

    private static DateTime WallClock(DateTimeOffset moment) => DateTime.SpecifyKind(moment.ToWib().DateTime, DateTimeKind.Unspecified);
}
