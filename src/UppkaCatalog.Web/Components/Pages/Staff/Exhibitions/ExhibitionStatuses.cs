using Microsoft.Extensions.Localization;
using UppkaCatalog.Core.Exhibitions;
using UppkaCatalog.Web.Components.Shared;
using UppkaCatalog.Web.Resources;

namespace UppkaCatalog.Web.Components.Pages.Staff.Exhibitions;

/// <summary>An exhibition's status as the staff pages show it: its name and phase in <c>ExhibitionStaffResource</c> and its badge tone.</summary>
public static class ExhibitionStatuses
{
    public static string ResourceKey(ExhibitionStatus status) => "Status" + status;

    /// <summary>The phase (upcoming / ongoing / past) shown beside a published exhibition's status; null for a draft or an archive.</summary>
    public static string? Detail(ExhibitionStatus status, ExhibitionPhase phase, IStringLocalizer<ExhibitionStaffResource> exhibitionStaffText) =>
        status == ExhibitionStatus.Published ? exhibitionStaffText["Phase" + phase].Value : null;

    /// <summary>The colour of the status's <see cref="StatusBadge"/>: a draft waits for staff to publish it.</summary>
    public static StatusTone Tone(ExhibitionStatus status) => status switch
    {
        ExhibitionStatus.Draft => StatusTone.Warning,
        ExhibitionStatus.Published => StatusTone.Success,
        _ => StatusTone.Neutral,
    };
}
