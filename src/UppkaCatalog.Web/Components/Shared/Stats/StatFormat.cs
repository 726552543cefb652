using System.Globalization;

namespace UppkaCatalog.Web.Components.Shared.Stats;

/// <summary>Counts and days as the reader writes them (1.234 in Indonesian, 1,234 in English).</summary>
internal static class StatFormat
{
    public static string Count(long value) => value.ToString("N0", CultureInfo.CurrentCulture);

    /// <summary>"Kam, 19 Nov": short enough for a table column on a phone.</summary>
    public static string Day(DateOnly day) => day.ToString("ddd, d MMM", CultureInfo.CurrentCulture);

    /// <summary>Under a bar of the chart: "25/11" for the first bar and the first of a month, else the day alone ("26"), so labels fit a phone.</summary>
    public static string ShortDay(DateOnly day, bool first) =>
        first || day.Day == 1 ? day.ToString("d/M", CultureInfo.InvariantCulture) : day.Day.ToString(CultureInfo.InvariantCulture);
}
