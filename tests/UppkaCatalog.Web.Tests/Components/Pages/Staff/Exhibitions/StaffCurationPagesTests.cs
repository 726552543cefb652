using System.Net;
using Microsoft.Extensions.DependencyInjection;
using UppkaCatalog.Core.Exhibitions;
using UppkaCatalog.Web.Tests.Support;
using static UppkaCatalog.Web.Tests.Support.AccountFlows;

namespace UppkaCatalog.Web.Tests.Components.Pages.Staff.Exhibitions;

/// <summary>
/// Who may open the curation pages (<c>/staf/pameran…</c>), and what staff get on the first (prerendered) response:
/// the exhibitions with status and WIB dates, the menu link, the edit page's links to preview and statistics.
/// </summary>
[Collection(DemoAppCollection.Name)]
public sealed class StaffCurationPagesTests(AppFactory app)
{
    public static TheoryData<string> Paths() => ["/staf/pameran", "/staf/pameran/baru", "/staf/pameran/1"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task Anonymous_visitors_are_sent_to_sign_in(string path)
    {
        using var client = app.Browser();

        using var response = await client.GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/masuk?kembali=" + Uri.EscapeDataString(path), Target(response));
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task A_member_is_refused(string path)
    {
        using var client = await SignedInAsync(app, "anggota1@uppka.test");

        using var response = await client.GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/akun/ditolak", Target(response));
    }

    [Fact]
    public async Task Staff_see_every_exhibition_with_its_status_and_a_way_to_make_a_new_one()
    {
        var staff = await StaffActorAsync(app);
        var rows = await app.Services.GetRequiredService<ExhibitionCurationService>().ListAsync(staff, Ct);
        using var client = await SignedInAsync(app, StaffEmail);

        using var response = await client.GetAsync("/staf/pameran", Ct);

        var html = await BodyAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(rows);
        foreach (var row in rows) Assert.Contains($"href=\"/staf/pameran/{row.Id}\"", html);
        Assert.Contains("href=\"/staf/pameran/baru\"", html);
        Assert.Contains(">Pameran</a>", html); // the staff menu's link
        Assert.Contains("08.00 WIB", html); // demo exhibitions open at 08:00 WIB, shown in WIB
    }

    [Fact]
    public async Task The_edit_page_links_to_the_buyers_preview_and_the_statistics()
    {
        var staff = await StaffActorAsync(app);
        var row = (await app.Services.GetRequiredService<ExhibitionCurationService>().ListAsync(staff, Ct))[0];
        using var client = await SignedInAsync(app, StaffEmail);

        var html = await client.GetStringAsync($"/staf/pameran/{row.Id}", Ct);

        Assert.Contains($"href=\"/pameran/{row.Slug}?pratinjau=1\"", html);
        Assert.Contains($"href=\"/staf/pameran/{row.Id}/statistik\"", html);
        Assert.Contains("id=\"exhibition-title\"", html);
    }

    [Fact]
    public async Task An_unknown_exhibition_says_so()
    {
        using var client = await SignedInAsync(app, StaffEmail);

        var html = await client.GetStringAsync("/staf/pameran/999999", Ct);

        Assert.Contains("Pameran tidak ditemukan", html);
    }
}
