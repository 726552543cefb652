using System.Globalization;
using Microsoft.Extensions.Localization;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Reporting;
using UppkaCatalog.Web.Resources;

namespace UppkaCatalog.Web.Endpoints;

/// <summary>The regency dashboard's downloads as tables (the statistics exports' shape: <see cref="StatsTable"/>).</summary>
internal static class DashboardTables
{
    /// <summary>Every regency in BPS code order, then the province's totals.</summary>
    public static StatsTable Regencies(RegencyTable table, IStringLocalizer<DashboardResource> dashboardText) => new(
        dashboardText["SheetRegencies"],
        [dashboardText["Code"], dashboardText["Regency"], dashboardText["Groups"], dashboardText["Online"], dashboardText["WithPublishedProducts"],
            dashboardText["PublishedProducts"], dashboardText["VerifiedProducts"], dashboardText["Inquiries30d"], dashboardText["CurrentBooths"]],
        [
            .. table.Regencies.Select(r => Row(r.Code, r.Name, r.Figures)),
            Row("", dashboardText["Totals"], table.Totals),
        ]);

    public static StatsTable NotPublishing(HelpList<GroupNotPublishing> list, IStringLocalizer<DashboardResource> dashboardText) => new(
        dashboardText["SheetNotPublishing"],
        [dashboardText["Group"], dashboardText["Regency"], dashboardText["OnlineSinceColumn"]],
        list.Items.Select(g => new object[] { g.GroupName, g.RegencyName, Day(g.OnlineSince) }).ToList());

    public static StatsTable RejectedTwice(HelpList<ProductRejectedTwice> list, IStringLocalizer<DashboardResource> dashboardText,
        IStringLocalizer<StaffResource> staffText) => new(
        dashboardText["SheetRejectedTwice"],
        [dashboardText["Product"], dashboardText["Group"], dashboardText["Regency"], dashboardText["Rejections"], dashboardText["Status"], dashboardText["LastChanged"]],
        list.Items.Select(p => new object[]
        {
            p.ProductName, p.GroupName, p.RegencyName, (long)p.Rejections, staffText["Status" + p.Status].Value, Day(p.UpdatedAt),
        }).ToList());

    public static StatsTable Unanswered(HelpList<GroupWithUnansweredInquiries> list, IStringLocalizer<DashboardResource> dashboardText) => new(
        dashboardText["SheetUnanswered"],
        [dashboardText["Group"], dashboardText["Regency"], dashboardText["OpenInquiries"], dashboardText["OldestInquiry"]],
        list.Items.Select(g => new object[] { g.GroupName, g.RegencyName, (long)g.Count, Day(g.OldestAt) }).ToList());

    private static object[] Row(string code, string name, DashboardFigures f) =>
    [
        code, name, (long)f.Groups, (long)f.Online, (long)f.WithPublishedProducts, (long)f.PublishedProducts, (long)f.VerifiedProducts, (long)f.Inquiries30d, (long)f.CurrentBooths,
    ];

    // ISO dates (the WIB day): Excel reads them as dates in every locale.
    private static string Day(DateTimeOffset moment) => Wib.DayOf(moment).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
