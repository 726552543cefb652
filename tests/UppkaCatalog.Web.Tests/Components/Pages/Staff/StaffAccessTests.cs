using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Groups;
using UppkaCatalog.Web.Tests.Support;
using static UppkaCatalog.Web.Tests.Support.AccountFlows;

namespace UppkaCatalog.Web.Tests.Components.Pages.Staff;

/// <summary>
/// Who may open <c>/staf</c>: anonymous visitors are sent to sign in; a signed-in member is sent to
/// <c>/akun/ditolak</c>, which answers 403 and says why (signing in again would not help).
/// </summary>
[Collection(DemoAppCollection.Name)]
public sealed class StaffAccessTests(AppFactory app)
{
    public static TheoryData<string> StaffPaths() => ["/staf", "/staf/moderasi", "/staf/moderasi/1", "/staf/izin", "/staf/kelompok", "/staf/kelompok/1"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(StaffPaths))]
    public async Task Anonymous_visitors_are_sent_to_sign_in_with_the_way_back(string path)
    {
        using var client = app.Browser();

        using var response = await client.GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/masuk?kembali=" + Uri.EscapeDataString(path), Target(response));
    }

    [Theory]
    [MemberData(nameof(StaffPaths))]
    public async Task A_member_is_refused_with_403_and_told_why(string path)
    {
        using var client = await SignedInAsync(app, "anggota1@uppka.test");

        using var response = await client.GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/akun/ditolak", Target(response));
        using var denied = await client.GetAsync(Target(response), Ct);
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.Contains("Halaman staf hanya untuk staf BKKBN", await BodyAsync(denied));
    }

    [Fact]
    public async Task Staff_see_the_dashboard_with_the_counts()
    {
        await StaffFlows.PendingProductAsync(app, "Keripik Hitung Dasbor");
        var actor = await StaffActorAsync(app);
        var pending = (await app.Services.GetRequiredService<ModerationService>().ListAsync(actor, ct: Ct)).Count;
        var groups = (await app.Services.GetRequiredService<GroupService>().ListAsync(actor, Ct)).Count;
        using var client = await SignedInAsync(app, StaffEmail);

        using var response = await client.GetAsync("/staf", Ct);

        var html = await BodyAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches($"tile__count[^>]*>{pending}</span>\\s*<span class=\"tile__label\"[^>]*>produk menunggu pemeriksaan", html);
        Assert.Matches($"tile__count[^>]*>{groups}</span>\\s*<span class=\"tile__label\"[^>]*>kelompok UPPKA terdaftar", html);
        Assert.Contains("href=\"/staf/moderasi\"", html);
        Assert.Contains("href=\"/staf/kelompok\"", html);
    }

    [Fact]
    public async Task The_account_page_links_each_role_to_its_own_area()
    {
        using var staff = await SignedInAsync(app, StaffEmail);
        using var member = await SignedInAsync(app, "anggota2@uppka.test");

        var staffLinks = AccountLinks(await staff.GetStringAsync("/akun", Ct));
        var memberLinks = AccountLinks(await member.GetStringAsync("/akun", Ct));

        Assert.Contains("/akun/sandi", staffLinks);
        Assert.Contains("/akun/sandi", memberLinks);
        Assert.Contains("/kelola", memberLinks);
        Assert.DoesNotContain("/staf", memberLinks);
        Assert.Contains("/staf", staffLinks);
        Assert.DoesNotContain("/kelola", staffLinks);
    }

    /// <summary>The links in the account page's own list (not the header's).</summary>
    private static List<string> AccountLinks(string html) =>
        Html.Hrefs(Regex.Match(html, "<ul class=\"account-links\"[\\s\\S]*?</ul>").Value, "/");
}
