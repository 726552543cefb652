using System.Globalization;
using Microsoft.Extensions.Localization;
using UppkaCatalog.Core.Reporting;
using UppkaCatalog.Web.Resources;

namespace UppkaCatalog.Web.Endpoints;

/// <summary>A table of an export: column names in the reader's language, cells as text or whole numbers.</summary>
internal sealed record StatsTable(string Name, IReadOnlyList<string> Columns, IReadOnlyList<object[]> Rows);

/// <summary>The tables the exports are made of, one shape for the CSV files and the XLSX sheets.</summary>
internal static class StatsTables
{
    public static StatsTable Booths(ExhibitionStats stats, IStringLocalizer<StatsResource> s) => new(
        s["SheetBooths"],
        [s["Booth"], s["Hall"], s["Group"], s["Regency"], s["BoothVisits"], s["UniqueBoothVisitors"], s["ProductViews"], s["WhatsAppClicks"], s["Inquiries"]],
        stats.Booths.Select(b => new object[]
        {
            b.Number ?? "", b.HallName ?? "", b.GroupName, b.RegencyName, b.Figures.BoothVisits, b.Figures.UniqueBoothVisitors,
            b.Figures.BoothProductViews, b.Figures.WhatsAppClicks, b.Figures.Inquiries,
        }).ToList());

    public static StatsTable Days(ExhibitionStats stats, IStringLocalizer<StatsResource> s) => new(
        s["SheetDays"],
        [s["Day"], s["HallVisits"], s["UniqueHallVisitors"], s["BoothVisits"], s["UniqueBoothVisitors"], s["ProductViews"], s["WhatsAppClicks"], s["Inquiries"]],
        stats.Days.Select(d => new object[]
        {
            // ISO dates: Excel reads them as dates in every locale.
            d.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), d.Figures.HallVisits, d.Figures.UniqueHallVisitors, d.Figures.BoothVisits,
            d.Figures.UniqueBoothVisitors, d.Figures.BoothProductViews, d.Figures.WhatsAppClicks, d.Figures.Inquiries,
        }).ToList());

    public static StatsTable Regencies(ExhibitionStats stats, IStringLocalizer<StatsResource> s) => new(
        s["SheetRegencies"],
        [s["Regency"], s["Booths"], s["BoothVisits"], s["UniqueBoothVisitors"], s["ProductViews"], s["WhatsAppClicks"], s["Inquiries"]],
        stats.Regencies.Select(r => new object[]
        {
            r.RegencyName, (long)r.BoothCount, r.Figures.BoothVisits, r.Figures.UniqueBoothVisitors, r.Figures.BoothProductViews,
            r.Figures.WhatsAppClicks, r.Figures.Inquiries,
        }).ToList());

    public static StatsTable Summary(ExhibitionStats stats, IStringLocalizer<StatsResource> s)
    {
        var t = stats.Totals;
        return new(s["SheetSummary"], [s["Measure"], s["Value"]],
        [
            [s["Exhibition"].Value, stats.Title],
            [s["HallVisits"].Value, t.HallVisits],
            [s["UniqueHallVisitors"].Value, t.UniqueHallVisitors],
            [s["BoothVisits"].Value, t.BoothVisits],
            [s["UniqueBoothVisitors"].Value, t.UniqueBoothVisitors],
            [s["ProductViews"].Value, t.BoothProductViews],
            [s["WhatsAppClicks"].Value, t.WhatsAppClicks],
            [s["Inquiries"].Value, t.Inquiries],
        ]);
    }
}
