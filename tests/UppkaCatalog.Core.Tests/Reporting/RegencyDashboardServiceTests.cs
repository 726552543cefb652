using UppkaCatalog.Tests.Shared;
using System.Globalization;
using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Reporting;
using UppkaCatalog.Core.Tests.Support;

namespace UppkaCatalog.Core.Tests.Reporting;

/// <summary>The staff dashboard's figures and needing-help lists against <see cref="DashboardWorld"/>, whose answers are known.</summary>
public sealed class RegencyDashboardServiceTests(DashboardWorld w) : IClassFixture<DashboardWorld>
{
    private static readonly DateTimeOffset Now = DashboardWorld.Now;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_regency_of_the_reference_data_has_a_row_in_code_order_also_those_without_groups()
    {
        var table = await w.Dashboard.GetFiguresAsync(w.Staff, Ct);

        Assert.Equal(["1501", "1502", "1503", "1504", "1505", "1506", "1507", "1508", "1509", "1571", "1572"], table.Regencies.Select(r => r.Code));
        Assert.Equal("Kabupaten Muaro Jambi", table.Regencies.Single(r => r.Code == "1505").Name);
        Assert.Equal("Kota Jambi", table.Regencies.Single(r => r.Code == "1571").Name);
        Assert.All(table.Regencies.Where(r => r.Code is not ("1505" or "1571")), r => Assert.Equal(DashboardFigures.Zero, r.Figures));
    }

    [Fact]
    public async Task Each_regency_counts_its_active_groups_online_groups_published_products_recent_inquiries_and_booths_now()
    {
        var table = await w.Dashboard.GetFiguresAsync(w.Staff, Ct);

        // Melati, Mawar, Kenanga, Seroja (Anggrek is inactive); online all but Kenanga, whose invitation is not accepted;
        // Melati's two published products; her inquiries of 2 and 10 days ago (not the 40-day-old one, not the spam); her booth now.
        Assert.Equal(new DashboardFigures(Groups: 4, Online: 3, WithPublishedProducts: 1, PublishedProducts: 2, Inquiries30d: 2, CurrentBooths: 1),
            table.Regencies.Single(r => r.Code == "1505").Figures);
        // Dahlia and Cempaka (Teratai is inactive); Cempaka's two published products, three inquiries, one accepted booth now
        // (Dahlia's booth was removed; Kenanga's is an application; Mawar's is at a draft exhibition; Melati's other at a past one).
        Assert.Equal(new DashboardFigures(Groups: 2, Online: 2, WithPublishedProducts: 1, PublishedProducts: 2, Inquiries30d: 3, CurrentBooths: 1),
            table.Regencies.Single(r => r.Code == "1571").Figures);
    }

    [Fact]
    public async Task The_totals_are_the_provinces_sums()
    {
        var table = await w.Dashboard.GetFiguresAsync(w.Staff, Ct);

        Assert.Equal(new DashboardFigures(Groups: 6, Online: 5, WithPublishedProducts: 2, PublishedProducts: 4, Inquiries30d: 5, CurrentBooths: 2), table.Totals);
        Assert.Equal(table.Totals, table.Regencies.Aggregate(DashboardFigures.Zero, (sum, r) => sum.Plus(r.Figures)));
    }

    [Fact]
    public async Task The_page_gets_the_same_figures_as_the_API_and_the_exhibition_open_now()
    {
        var dashboard = await w.Dashboard.GetAsync(w.Staff, ct: Ct);

        var table = await w.Dashboard.GetFiguresAsync(w.Staff, Ct);
        Assert.Equal(table.Totals, dashboard.Figures.Totals);
        Assert.Equal(table.Regencies, dashboard.Figures.Regencies);
        Assert.Equal(Now, dashboard.At);
        Assert.Equal([new CurrentExhibition(w.Current.Id, "Pameran pameran-kini", Now.AddDays(3))], dashboard.CurrentExhibitions);
    }

    [Fact]
    public async Task Groups_online_for_30_days_without_a_published_product_need_help_longest_waiting_first()
    {
        var dashboard = await w.Dashboard.GetAsync(w.Staff, ct: Ct);

        // Mawar by her account alone (45 days), Seroja from the invitation she accepted (35 days; her account came an hour
        // later). Not Dahlia (online 10 days), Kenanga (not online), Teratai (inactive), nor groups with a published product.
        Assert.Equal(2, dashboard.NotPublishing.Total);
        Assert.Equal(
        [
            new GroupNotPublishing(w.Groups["mawar"].Id, "Kelompok mawar", "Kabupaten Muaro Jambi", Now.AddDays(-45)),
            new GroupNotPublishing(w.Groups["seroja"].Id, "Kelompok seroja", "Kabupaten Muaro Jambi", Now.AddDays(-35)),
        ], dashboard.NotPublishing.Items);
    }

    [Fact]
    public async Task Products_rejected_twice_and_still_not_published_need_help_most_rejections_first()
    {
        var dashboard = await w.Dashboard.GetAsync(w.Staff, ct: Ct);

        // Not Cempaka's (one published, one archived since), Dahlia's rejected once (plus a resubmission), nor inactive Anggrek's.
        Assert.Equal(2, dashboard.RejectedTwice.Total);
        Assert.Equal(
        [
            new ProductRejectedTwice(w.Products["dahlia-tiga-kali"].Id, "Produk dahlia-tiga-kali", ProductStatus.PendingReview,
                w.Groups["dahlia"].Id, "Kelompok dahlia", "Kota Jambi", Rejections: 3, Now),
            new ProductRejectedTwice(w.Products["mawar-ditolak"].Id, "Produk mawar-ditolak", ProductStatus.Rejected,
                w.Groups["mawar"].Id, "Kelompok mawar", "Kabupaten Muaro Jambi", Rejections: 2, Now),
        ], dashboard.RejectedTwice.Items);
    }

    [Fact]
    public async Task Groups_with_inquiries_open_for_a_week_need_help_oldest_first()
    {
        var dashboard = await w.Dashboard.GetAsync(w.Staff, ct: Ct);

        // Melati's new one of 10 days ago (not the 2-day-old, the answered or the spam), Cempaka's two read but not handled
        // of 8 days ago; not inactive Anggrek's.
        Assert.Equal(2, dashboard.Unanswered.Total);
        Assert.Equal(
        [
            new GroupWithUnansweredInquiries(w.Groups["melati"].Id, "Kelompok melati", "Kabupaten Muaro Jambi", 1, Now.AddDays(-10)),
            new GroupWithUnansweredInquiries(w.Groups["cempaka"].Id, "Kelompok cempaka", "Kota Jambi", 2, Now.AddDays(-8)),
        ], dashboard.Unanswered.Items);
    }

    [Fact]
    public async Task A_list_shows_its_first_rows_and_says_how_many_there_are_in_all()
    {
        var one = await w.Dashboard.GetAsync(w.Staff, listed: 1, Ct);
        var none = await w.Dashboard.GetAsync(w.Staff, listed: 0, Ct);

        Assert.Equal((2, "Kelompok mawar"), (one.NotPublishing.Total, Assert.Single(one.NotPublishing.Items).GroupName));
        Assert.Equal((2, "Produk dahlia-tiga-kali"), (one.RejectedTwice.Total, Assert.Single(one.RejectedTwice.Items).ProductName));
        Assert.Equal((2, "Kelompok melati"), (one.Unanswered.Total, Assert.Single(one.Unanswered.Items).GroupName));
        Assert.Equal((2, 2, 2), (none.NotPublishing.Total, none.RejectedTwice.Total, none.Unanswered.Total));
        Assert.Empty(none.NotPublishing.Items.Concat<object>(none.RejectedTwice.Items).Concat(none.Unanswered.Items));
    }

    [Fact]
    public async Task Members_and_accounts_without_the_staff_role_are_refused_in_the_readers_language()
    {
        var member = w.MemberOf("melati");
        var noRole = new Actor("someone", null, IsStaff: false);

        ForbiddenException refused, english;
        using (new CultureScope(CultureInfo.GetCultureInfo("id-ID")))
        {
            refused = await Assert.ThrowsAsync<ForbiddenException>(() => w.Dashboard.GetAsync(member, ct: Ct));
        }

        await Assert.ThrowsAsync<ForbiddenException>(() => w.Dashboard.GetFiguresAsync(member, Ct));
        await Assert.ThrowsAsync<ForbiddenException>(() => w.Dashboard.GetAsync(noRole, ct: Ct));
        await Assert.ThrowsAsync<ForbiddenException>(() => w.Dashboard.GetFiguresAsync(noRole, Ct));
        using (new CultureScope(CultureInfo.GetCultureInfo("en")))
        {
            english = await Assert.ThrowsAsync<ForbiddenException>(() => w.Dashboard.GetFiguresAsync(member, Ct));
        }

        Assert.Equal("Dasbor kabupaten/kota hanya untuk staf BKKBN.", refused.Message);
        Assert.Equal("The regency dashboard is for BKKBN staff only.", english.Message);
    }
}
