using Microsoft.Extensions.Localization;
using UppkaCatalog.Core.Programmes;
using UppkaCatalog.Core.Resources;
using UppkaCatalog.Web.Resources;

namespace UppkaCatalog.Web.Endpoints;

/// <summary>
/// The partner programme report as tables (the statistics exports' shape, <see cref="StatsTable"/>): one flat table for the CSV
/// (a level column tells partner, programme, regency and total rows apart, so a spreadsheet filter picks one), a sheet per
/// level for the workbook. Money in whole rupiah and the completion rate in whole per cent, as numbers; no rate: empty.
/// </summary>
internal static class ProgrammeReportTables
{
    public static StatsTable Flat(ProgrammeReport report, IStringLocalizer<StaffPartnerResource> staffPartnerText) => new(
        staffPartnerText["ReportTitle"],
        [staffPartnerText["ColLevel"], staffPartnerText["ColName"], staffPartnerText["ColPartner"], .. FigureColumns(staffPartnerText)],
        [
            .. report.Partners.Select(p => Row(staffPartnerText["LevelPartner"], p.Name, "", p.Figures)),
            .. report.Programmes.Select(p => Row(staffPartnerText["LevelProgramme"], p.Title, p.PartnerName, p.Figures)),
            .. report.Regencies.Select(r => Row(staffPartnerText["LevelRegency"], r.Name, "", r.Figures)),
            Row(staffPartnerText["LevelTotal"], staffPartnerText["Totals"], "", report.Total),
        ]);

    public static IEnumerable<StatsTable> Sheets(ProgrammeReport report, IStringLocalizer<StaffPartnerResource> staffPartnerText) =>
    [
        new(staffPartnerText["SheetPartners"], [staffPartnerText["ColPartner"], .. FigureColumns(staffPartnerText)],
            [.. report.Partners.Select(p => Cells([p.Name], p.Figures)), Cells([staffPartnerText["Totals"]], report.Total)]),
        new(staffPartnerText["SheetProgrammes"], [staffPartnerText["ColName"], staffPartnerText["ColPartner"], "Status", .. FigureColumns(staffPartnerText)],
            report.Programmes.Select(p => Cells([p.Title, p.PartnerName, ProgrammeMessages.Status(p.Status)], p.Figures)).ToList()),
        new(staffPartnerText["SheetRegencies"], [staffPartnerText["ColRegencyCode"], staffPartnerText["ColName"], .. FigureColumns(staffPartnerText)],
            [.. report.Regencies.Select(r => Cells([r.Code, r.Name], r.Figures)), Cells(["", staffPartnerText["Totals"]], report.Total)]),
    ];

    /// <summary>The completion rate in whole per cent (rounded half away from zero), or null when nothing was decided.</summary>
    public static long? Percent(ReportFigures f) => f.CompletionRate is { } rate ? (long)Math.Round(rate * 100, MidpointRounding.AwayFromZero) : null;

    private static string[] FigureColumns(IStringLocalizer<StaffPartnerResource> staffPartnerText) =>
    [
        staffPartnerText["ColGroupsReached"], staffPartnerText["ColSeats"], staffPartnerText["ColEquipment"], staffPartnerText["ColCapital"], staffPartnerText["ColCompleted"], staffPartnerText["ColDecided"],
        staffPartnerText["ColCompletionRate"], staffPartnerText["ColPublishedBefore"], staffPartnerText["ColPublishedAfter"], staffPartnerText["ColInquiriesBefore"], staffPartnerText["ColInquiriesAfter"],
    ];

    private static object[] Row(string level, string name, string partner, ReportFigures f) => Cells([level, name, partner], f);

    private static object[] Cells(object[] names, ReportFigures f) =>
    [
        .. names, (long)f.GroupsReached, (long)f.Seats, f.EquipmentRupiah, f.CapitalRupiah, (long)f.Completed, (long)f.Decided,
        Percent(f) is { } percent ? percent : "", (long)f.PublishedBefore, (long)f.PublishedAfter, (long)f.InquiriesBefore, (long)f.InquiriesAfter,
    ];
}
