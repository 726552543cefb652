using System.Net;
using Microsoft.Extensions.DependencyInjection;
using UppkaCatalog.Core.Reporting;
using UppkaCatalog.Web.Tests.Support;
using static UppkaCatalog.Web.Tests.Endpoints.Api.Api;

namespace UppkaCatalog.Web.Tests.Endpoints.Api;

/// <summary><c>GET /api/v1/staff/dashboard</c>: the regency table in the issue's JSON shape, for staff tokens only.</summary>
[Collection(ApiAppCollection.Name)]
public sealed class DashboardApiTests(AppFactory app)
{
    private static readonly string[] RegencyFields = ["code", "name", "groups", "online", "withPublishedProducts", "publishedProducts", "inquiries30d", "verifiedProducts"];

    private static readonly string[] TotalFields = ["groups", "online", "withPublishedProducts", "publishedProducts", "inquiries30d", "verifiedProducts"];

    [Fact]
    public async Task Staff_get_every_regency_and_the_totals_with_exactly_the_issues_fields()
    {
        using var staff = await SignedInAsync(app, Staff);

        using var response = await staff.GetAsync("/api/v1/staff/dashboard", Ct);
        var table = await app.Services.GetRequiredService<RegencyDashboardService>().GetFiguresAsync(await AccountFlows.StaffActorAsync(app), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var json = await JsonAsync(response);
        Assert.Equal(["regencies", "totals"], json.EnumerateObject().Select(p => p.Name));
        var regencies = json.GetProperty("regencies").EnumerateArray().ToList();
        Assert.Equal(["1501", "1502", "1503", "1504", "1505", "1506", "1507", "1508", "1509", "1571", "1572"], regencies.Select(r => r.GetProperty("code").GetString()));
        Assert.All(regencies, r => Assert.Equal(RegencyFields, r.EnumerateObject().Select(p => p.Name)));
        Assert.Equal(table.Regencies.Select(r => (r.Code, r.Name, r.Figures.Groups, r.Figures.Online, r.Figures.WithPublishedProducts, r.Figures.PublishedProducts, r.Figures.Inquiries30d)),
            regencies.Select(r => (r.GetProperty("code").GetString()!, r.GetProperty("name").GetString()!, r.GetProperty("groups").GetInt32(), r.GetProperty("online").GetInt32(),
                r.GetProperty("withPublishedProducts").GetInt32(), r.GetProperty("publishedProducts").GetInt32(), r.GetProperty("inquiries30d").GetInt32())));
        var totals = json.GetProperty("totals");
        Assert.Equal(TotalFields, totals.EnumerateObject().Select(p => p.Name));
        Assert.Equal((table.Totals.Groups, table.Totals.Online, table.Totals.WithPublishedProducts, table.Totals.PublishedProducts, table.Totals.Inquiries30d),
            (totals.GetProperty("groups").GetInt32(), totals.GetProperty("online").GetInt32(), totals.GetProperty("withPublishedProducts").GetInt32(),
                totals.GetProperty("publishedProducts").GetInt32(), totals.GetProperty("inquiries30d").GetInt32()));
        // The demo's groups are registered, some online with published products: the figures are not all zero.
        Assert.True(table.Totals.Groups >= 12 && table.Totals.Online > 0 && table.Totals.PublishedProducts > 0);
        Assert.Equal(table.Totals.Groups, regencies.Sum(r => r.GetProperty("groups").GetInt32()));
    }
}
