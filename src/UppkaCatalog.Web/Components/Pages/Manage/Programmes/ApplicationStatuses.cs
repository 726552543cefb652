using UppkaCatalog.Core.Programmes;
using UppkaCatalog.Web.Components.Shared;

namespace UppkaCatalog.Web.Components.Pages.Manage.Programmes;

/// <summary>A programme application's status as the member area shows it: its name in <c>MemberProgrammeResource</c> and its badge tone.</summary>
public static class ApplicationStatuses
{
    public static string ResourceKey(ApplicationStatus status) => "Status" + status;

    /// <summary>The colour of the status's <see cref="StatusBadge"/>.</summary>
    public static StatusTone Tone(ApplicationStatus status) => status switch
    {
        ApplicationStatus.Applied or ApplicationStatus.Shortlisted => StatusTone.Warning,
        ApplicationStatus.Accepted or ApplicationStatus.Completed => StatusTone.Success,
        ApplicationStatus.Rejected or ApplicationStatus.Dropped => StatusTone.Danger,
        _ => StatusTone.Neutral,
    };

    /// <summary>The group may still take it back (the service's rule: until the partner accepts).</summary>
    public static bool CanWithdraw(ApplicationStatus status) => status is ApplicationStatus.Applied or ApplicationStatus.Shortlisted;

    /// <summary>The partner's reason is shown to the group with a rejection or a drop.</summary>
    public static bool HasReason(ApplicationView application) =>
        application.Status is ApplicationStatus.Rejected or ApplicationStatus.Dropped && !string.IsNullOrWhiteSpace(application.Reason);
}
