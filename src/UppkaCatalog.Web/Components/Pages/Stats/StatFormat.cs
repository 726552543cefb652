using System.Globalization;

namespace UppkaCatalog.Web.Components.Pages.Stats;

/// <summary>Counts and days as the reader writes them (1.234 in Indonesian, 1,234 in English).</summary>
internal static class StatFormat
{
    public static string Count(long value) => value.ToString("N0", CultureInfo.CurrentCulture);

    /// <summary>"Kam, 19 Nov": short enough for a table column on a phone.</summary>
    public static string Day(DateOnly day) => day.ToString("ddd, d MMM", CultureInfo.CurrentCulture);

    /// <summary>"19/11" under a bar of the chart.</summary>
    public static string ShortDay(DateOnly day) => day.ToString("d/M", CultureInfo.InvariantCulture);
}
