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
    public static StatsTable Booths(ExhibitionStats stats, IStringLocalizer<StatsResource> statsText) => new(
        statsText["SheetBooths"],
        [statsText["Booth"], statsText["Hall"], statsText["Group"], statsText["Regency"], statsText["BoothVisits"], statsText["UniqueBoothVisitors"], statsText["ProductViews"], statsText["WhatsAppClicks"], statsText["Inquiries"]],
        stats.Booths.Select(b => new object[]
        {
            b.Number ?? "", b.HallName ?? "", b.GroupName, b.RegencyName, b.Figures.BoothVisits, b.Figures.UniqueBoothVisitors,
            b.Figures.BoothProductViews, b.Figures.WhatsAppClicks, b.Figures.Inquiries,
        }).ToList());

    public static StatsTable Days(ExhibitionStats stats, IStringLocalizer<StatsResource> statsText) => new(
        statsText["SheetDays"],
        [statsText["Day"], statsText["HallVisits"], statsText["UniqueHallVisitors"], statsText["BoothVisits"], statsText["UniqueBoothVisitors"], statsText["ProductViews"], statsText["WhatsAppClicks"], statsText["Inquiries"]],
        stats.Days.Select(d => new object[]
        {
            // ISO dates: Excel reads them as dates in every locale.
            d.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), d.Figures.HallVisits, d.Figures.UniqueHallVisitors, d.Figures.BoothVisits,
            d.Figures.UniqueBoothVisitors, d.Figures.BoothProductViews, d.Figures.WhatsAppClicks, d.Figures.Inquiries,
        }).ToList());

    public static StatsTable Regencies(ExhibitionStats stats, IStringLocalizer<StatsResource> statsText) => new(
        statsText["SheetRegencies"],
        [statsText["Regency"], statsText["Booths"], statsText["BoothVisits"], statsText["UniqueBoothVisitors"], statsText["ProductViews"], statsText["WhatsAppClicks"], statsText["Inquiries"]],
        stats.Regencies.Select(r => new object[]
        {
            r.RegencyName, (long)r.BoothCount, r.Figures.BoothVisits, r.Figures.UniqueBoothVisitors, r.Figures.BoothProductViews,
            r.Figures.WhatsAppClicks, r.Figures.Inquiries,
        }).ToList());

    public static StatsTable Summary(ExhibitionStats stats, IStringLocalizer<StatsResource> statsText)
    {
        var t = stats.Totals;
        return new(statsText["SheetSummary"], [statsText["Measure"], statsText["Value"]],
        [
            [statsText["Exhibition"].Value, stats.Title],
            [statsText["HallVisits"].Value, t.HallVisits],
            [statsText["UniqueHallVisitors"].Value, t.UniqueHallVisitors],
            [statsText["BoothVisits"].Value, t.BoothVisits],
            [statsText["UniqueBoothVisitors"].Value, t.UniqueBoothVisitors],
            [statsText["ProductViews"].Value, t.BoothProductViews],
            [statsText["WhatsAppClicks"].Value, t.WhatsAppClicks],
            [statsText["Inquiries"].Value, t.Inquiries],
        ]);
    }
}
