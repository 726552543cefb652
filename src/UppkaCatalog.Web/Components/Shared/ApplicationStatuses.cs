using UppkaCatalog.Core.Programmes;

namespace UppkaCatalog.Web.Components.Shared;

/// <summary>
/// A programme application's status: its name in <c>MemberProgrammeResource</c> (the group's words) and its badge tone, the
/// same for the group, the development record (staff, partner) and the partner's own lists (which name it in PartnerResource).
/// </summary>
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
