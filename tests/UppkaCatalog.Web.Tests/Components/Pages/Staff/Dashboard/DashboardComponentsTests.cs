using UppkaCatalog.Tests.Shared;
using Bunit;
using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Reporting;
using UppkaCatalog.Web.Components.Pages.Staff.Dashboard;
using UppkaCatalog.Web.Tests.Support;

namespace UppkaCatalog.Web.Tests.Components.Pages.Staff.Dashboard;

/// <summary>The dashboard's table, chart and needing-help lists as staff read them, from known figures.</summary>
public sealed class DashboardComponentsTests : ComponentTest
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 3, 0, 0, TimeSpan.Zero);

    private static readonly RegencyTable Table = new(
        [
            new("1501", "Kabupaten Kerinci", DashboardFigures.Zero),
            new("1505", "Kabupaten Muaro Jambi", new(Groups: 1234, Online: 600, WithPublishedProducts: 250, PublishedProducts: 4321, Inquiries30d: 17, CurrentBooths: 3, VerifiedProducts: 1500)),
            new("1571", "Kota Jambi", new(Groups: 40, Online: 40, WithPublishedProducts: 12, PublishedProducts: 90, Inquiries30d: 5, CurrentBooths: 1, VerifiedProducts: 8)),
        ],
        new(Groups: 1274, Online: 640, WithPublishedProducts: 262, PublishedProducts: 4411, Inquiries30d: 22, CurrentBooths: 4, VerifiedProducts: 1508));

    private static readonly RegencyDashboard Dashboard = new(Now, Table, [new CurrentExhibition(3, "Pameran Jambi", Now.AddDays(2))],
        new HelpList<GroupNotPublishing>(3, [new(41, "UPPKA Mawar", "Kota Jambi", Now.AddDays(-45))]),
        new HelpList<ProductRejectedTwice>(1, [new(77, "Keripik Ditolak", ProductStatus.Rejected, 42, "UPPKA Dahlia", "Kabupaten Muaro Jambi", 3, Now)]),
        new HelpList<GroupWithUnansweredInquiries>(0, []));

    [Fact]
    public void The_table_has_a_row_per_regency_with_its_figures_and_the_totals_in_the_footer()
    {
        using var culture = new CultureScope("id-ID");

        var table = Render<DashboardTable>(p => p.Add(t => t.Table, Table));

        var rows = table.FindAll("tbody tr");
        Assert.Equal(["1501", "1505", "1571"], rows.Select(r => r.GetAttribute("data-regency")));
        Assert.Equal(["Kabupaten Muaro Jambi", "1.234", "600", "250", "4.321", "1.500", "17", "3"], Cells(table.Find("tr[data-regency='1505']")));
        Assert.Equal(["Kabupaten Kerinci", "0", "0", "0", "0", "0", "0", "0"], Cells(table.Find("tr[data-regency='1501']")));
        Assert.Equal(["Jumlah provinsi", "1.274", "640", "262", "4.411", "1.508", "22", "4"], Cells(table.Find("tfoot tr")));
        Assert.Equal(["Kabupaten/Kota", "Kelompok terdaftar", "Online", "Dengan produk tayang", "Produk tayang", "Produk berizin terverifikasi", "Pertanyaan 30 hari", "Stan di pameran kini"],
            table.FindAll("thead th").Select(th => th.TextContent.Trim()));
        // A phone scrolls the table inside its own region, which a keyboard can reach.
        Assert.Equal("0", table.Find(".table-scroll").GetAttribute("tabindex"));
    }

    [Fact]
    public void The_table_speaks_English_with_English_numbers()
    {
        using var culture = new CultureScope("en");

        var table = Render<DashboardTable>(p => p.Add(t => t.Table, Table));

        Assert.Equal(["Province total", "1,274", "640", "262", "4,411", "1,508", "22", "4"], Cells(table.Find("tfoot tr")));
        Assert.Contains("Registered groups", table.Find("thead").TextContent);
    }

    [Fact]
    public void The_chart_draws_each_regencys_groups_against_the_largest_and_says_the_totals_in_words()
    {
        using var culture = new CultureScope("id-ID");

        var chart = Render<DashboardChart>(p => p.Add(c => c.Table, Table));

        var rows = chart.FindAll(".bars__row");
        Assert.Equal(3, rows.Count);
        var muaroJambi = rows[1];
        Assert.Equal("width: 100%", muaroJambi.QuerySelector(".bars__bar--groups")!.GetAttribute("style"));
        Assert.Equal("width: 48.6%", muaroJambi.QuerySelector(".bars__bar--online")!.GetAttribute("style"));
        Assert.Equal("width: 0%", rows[0].QuerySelector(".bars__bar--groups")!.GetAttribute("style"));
        Assert.Equal("600/1.234", muaroJambi.QuerySelector(".bars__value")!.TextContent);
        Assert.Equal("Grafik kelompok per kabupaten/kota: 1.274 terdaftar, 640 online, 262 dengan produk tayang. Angka lengkap ada di tabel di atasnya.",
            chart.Find("[role=img]").GetAttribute("aria-label"));
    }

    [Fact]
    public void The_lists_link_each_group_to_its_staff_page_and_say_how_many_more_the_workbook_holds()
    {
        using var culture = new CultureScope("id-ID");

        var help = Render<NeedingHelp>(p => p.Add(h => h.Dashboard, Dashboard));

        var notPublishing = help.Find("[data-list=not-publishing]");
        Assert.Equal("/staf/kelompok/41", notPublishing.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("Kota Jambi · online sejak 6 Oktober 2026", notPublishing.TextContent);
        Assert.Contains("…dan 2 lainnya: semuanya ada di berkas Excel.", help.Markup);
        var rejected = help.Find("[data-list=rejected-twice]");
        Assert.Equal(["/staf/moderasi/77", "/staf/kelompok/42"], rejected.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Contains("ditolak 3 kali, kini ditolak", rejected.TextContent);
        Assert.Contains("(3)", help.Find("#help-not-publishing").TextContent);
        // An empty list says so, and has no list.
        Assert.Contains("Tidak ada.", help.Find("#help-unanswered").ParentElement!.TextContent);
        Assert.Empty(help.FindAll("[data-list=unanswered]"));
        Assert.Single(help.FindAll(".help__more"));
    }

    private static List<string> Cells(AngleSharp.Dom.IElement row) => row.Children.Select(c => c.TextContent.Trim()).ToList();
}
