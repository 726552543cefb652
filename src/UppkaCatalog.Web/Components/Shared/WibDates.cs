using System.Globalization;
using UppkaCatalog.Core.Common;

namespace UppkaCatalog.Web.Components.Shared;

/// <summary>Dates as people in Jambi read them: in WIB, in the visitor's language.</summary>
public static class WibDates
{
    public static string Date(DateTimeOffset moment) => moment.ToWib().ToString("d MMMM yyyy", CultureInfo.CurrentCulture);

    public static string DateTime(DateTimeOffset moment) => moment.ToWib().ToString("d MMMM yyyy, HH.mm", CultureInfo.CurrentCulture) + " WIB";

    /// <summary>"3 – 17 November 2026" style range; the end is exclusive (midnight), so the last day shown is the day before.</summary>
    public static string Range(DateTimeOffset starts, DateTimeOffset ends)
    {
        var first = starts.ToWib();
        var last = ends.ToWib();
        if (last.TimeOfDay == TimeSpan.Zero && last > first) last = last.AddDays(-1);
        var culture = CultureInfo.CurrentCulture;
        return first.Year == last.Year && first.Month == last.Month
            ? $"{first.Day} – {last.ToString("d MMMM yyyy", culture)}"
            : $"{first.ToString("d MMMM", culture)} – {last.ToString("d MMMM yyyy", culture)}";
    }
}
