using Microsoft.Extensions.Localization;
using UppkaCatalog.Web.Resources;

namespace UppkaCatalog.Web.Components.Shared;

/// <summary>"Dibuka dalam 3 hari" / "Dibuka dalam 5 jam": how long until an upcoming exhibition opens.</summary>
public static class OpeningCountdown
{
    /// <summary>Whole days once a day or more is left (rounded down: 1 day 20 hours is "1 day"); hours, rounded up, below that.</summary>
    public static string Text(TimeSpan opensIn, IStringLocalizer<ExhibitionResource> exhibitionText)
    {
        if (opensIn >= TimeSpan.FromDays(1))
        {
            var days = (int)Math.Floor(opensIn.TotalDays);
            return days == 1 ? exhibitionText["OpensInOneDay"] : exhibitionText["OpensInDays", days];
        }

        var hours = Math.Max(1, (int)Math.Ceiling(opensIn.TotalHours));
        return hours == 1 ? exhibitionText["OpensInOneHour"] : exhibitionText["OpensInHours", hours];
    }
}
