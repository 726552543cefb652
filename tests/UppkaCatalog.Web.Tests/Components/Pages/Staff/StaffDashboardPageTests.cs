using System.Globalization;
using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;
using UppkaCatalog.Core.Reporting;
using UppkaCatalog.Web.Tests.Support;
using static UppkaCatalog.Web.Tests.Support.AccountFlows;

namespace UppkaCatalog.Web.Tests.Components.Pages.Staff;

/// <summary><c>/staf</c> as the server first sends it: the two tiles, then the regency dashboard under them.</summary>
[Collection(DemoAppCollection.Name)]
public sealed class StaffDashboardPageTests(AppFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Staff_see_the_table_per_regency_with_the_totals_the_chart_the_downloads_and_the_needing_help_lists_under_the_tiles()
    {
        using var client = await SignedInAsync(app, StaffEmail);

        using var response = await client.GetAsync("/staf", Ct);
        var table = await app.Services.GetRequiredService<RegencyDashboardService>().GetFiguresAsync(await StaffActorAsync(app), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal(["/staf/moderasi", "/staf/izin", "/staf/kelompok"], page.QuerySelectorAll("main a.tile").Select(a => a.GetAttribute("href")));
        var dashboard = page.QuerySelector("section.dashboard")!;
        Assert.Equal("Kelompok per kabupaten/kota", dashboard.QuerySelector("h2")!.TextContent);
        Assert.Equal(table.Regencies.Select(r => r.Code), dashboard.QuerySelectorAll("tbody tr").Select(r => r.GetAttribute("data-regency")));
        var kotaJambi = dashboard.QuerySelector("tr[data-regency='1571']")!.Children.Select(c => c.TextContent.Trim()).ToList();
        var figures = table.Regencies.Single(r => r.Code == "1571").Figures;
        Assert.Equal(["Kota Jambi", Count(figures.Groups), Count(figures.Online), Count(figures.WithPublishedProducts), Count(figures.PublishedProducts),
            Count(figures.VerifiedProducts), Count(figures.Inquiries30d), Count(figures.CurrentBooths)], kotaJambi);
        var totals = dashboard.QuerySelector("tfoot tr")!.Children.Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(["Jumlah provinsi", Count(table.Totals.Groups), Count(table.Totals.Online), Count(table.Totals.WithPublishedProducts),
            Count(table.Totals.PublishedProducts), Count(table.Totals.VerifiedProducts), Count(table.Totals.Inquiries30d), Count(table.Totals.CurrentBooths)], totals);
        Assert.Equal(["/staf/dasbor.csv", "/staf/dasbor.xlsx"], dashboard.QuerySelectorAll(".exports a").Select(a => a.GetAttribute("href")));
        Assert.Equal(table.Regencies.Count, dashboard.QuerySelectorAll(".bars__row").Length);
        Assert.Equal(["help-not-publishing", "help-rejected-twice", "help-unanswered"], dashboard.QuerySelectorAll("section.help h3").Select(h => h.Id));
    }

    private static string Count(int n) => n.ToString("N0", CultureInfo.GetCultureInfo("id-ID"));
}
