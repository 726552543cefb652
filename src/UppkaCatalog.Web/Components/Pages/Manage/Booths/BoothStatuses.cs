using UppkaCatalog.Core.Exhibitions;
using UppkaCatalog.Web.Components.Shared;

namespace UppkaCatalog.Web.Components.Pages.Manage.Booths;

/// <summary>A booth's status as the member area shows it: its name in <c>ExhibitionManageResource</c> and its badge tone.</summary>
public static class BoothStatuses
{
    public static string ResourceKey(BoothStatus status) => "Status" + status;

    /// <summary>The colour of the status's <see cref="StatusBadge"/>.</summary>
    public static StatusTone Tone(BoothStatus status) => status switch
    {
        BoothStatus.Applied => StatusTone.Warning,
        BoothStatus.Accepted => StatusTone.Success,
        BoothStatus.Rejected => StatusTone.Danger,
        _ => StatusTone.Neutral,
    };
}
