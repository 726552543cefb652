using System.Net;
using Microsoft.EntityFrameworkCore;
using UppkaCatalog.Web.Tests.Support;
using static UppkaCatalog.Web.Tests.Support.AccountFlows;

namespace UppkaCatalog.Web.Tests.Components.Pages.Partner;

/// <summary>
/// The partner officers' area (<c>/mitra…</c>) on its first (prerendered) response: who may open it, where an officer lands
/// after signing in, their own programmes only, and another partner's programme as "not found".
/// </summary>
[Collection(DemoAppCollection.Name)]
public sealed class PartnerPagesTests(AppFactory app)
{
    private const string Blkp = "mitra1@uppka.test";

    public static TheoryData<string> Paths() => ["/mitra", "/mitra/program/baru", "/mitra/program/1"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<List<(int Id, string Title, string Partner)>> ProgrammesAsync() =>
        app.QueryAsync(async db => (await db.Programmes.Select(p => new { p.Id, p.Title, Partner = p.Partner!.Slug }).ToListAsync(Ct))
            .Select(p => (p.Id, p.Title, p.Partner)).ToList());

    [Theory]
    [MemberData(nameof(Paths))]
    public Task Anonymous_visitors_sign_in_and_members_are_refused(string path) => AssertStaffOnlyAsync(app, path);

    [Fact]
    public async Task An_officer_signing_in_lands_on_the_partner_area_and_the_header_links_to_it()
    {
        using var client = app.Browser();

        using var signIn = await SignInAsync(client, Blkp, DemoPassword);
        var html = await client.GetStringAsync("/", Ct);

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/mitra", Target(signIn));
        Assert.Contains("href=\"/mitra\"", html);
        Assert.Contains(">Mitra</a>", html);
    }

    [Fact]
    public async Task Staff_still_land_on_the_account_page_and_see_no_partner_link()
    {
        using var client = app.Browser();

        using var signIn = await SignInAsync(client, StaffEmail, DemoPassword);
        var html = await client.GetStringAsync("/", Ct);

        Assert.Equal("/akun", Target(signIn));
        Assert.DoesNotContain(">Mitra</a>", html);
    }

    [Fact]
    public async Task An_officer_sees_only_their_own_organisations_programmes()
    {
        var programmes = await ProgrammesAsync();
        using var client = await SignedInAsync(app, Blkp);

        using var response = await client.GetAsync("/mitra", Ct);

        var html = await BodyAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(programmes, p => p.Partner != "blkp-provinsi-jambi");
        foreach (var p in programmes.Where(p => p.Partner == "blkp-provinsi-jambi")) Assert.Contains($"href=\"/mitra/program/{p.Id}\"", html);
        foreach (var p in programmes.Where(p => p.Partner != "blkp-provinsi-jambi"))
        {
            Assert.DoesNotContain($"href=\"/mitra/program/{p.Id}\"", html);
            Assert.DoesNotContain(p.Title, html);
        }

        Assert.Contains("href=\"/mitra/program/baru\"", html);
        Assert.Contains("WIB", html);
    }

    [Fact]
    public async Task Staff_see_every_partners_programmes_with_the_partner()
    {
        var programmes = await ProgrammesAsync();
        using var client = await SignedInAsync(app, StaffEmail);

        var html = await client.GetStringAsync("/mitra", Ct);

        foreach (var p in programmes) Assert.Contains($"href=\"/mitra/program/{p.Id}\"", html);
        Assert.Contains("Baznas Provinsi Jambi", html);
    }

    [Fact]
    public async Task Another_partners_programme_is_not_found_and_shows_nothing_of_it()
    {
        var other = (await ProgrammesAsync()).First(p => p.Partner == "baznas-provinsi-jambi");
        using var client = await SignedInAsync(app, Blkp);

        var html = await client.GetStringAsync($"/mitra/program/{other.Id}", Ct);

        Assert.Contains("Program tidak ditemukan", html);
        Assert.DoesNotContain(other.Title, html);
    }

    [Fact]
    public async Task The_officers_own_programme_shows_its_form_status_step_and_applications_with_attendees()
    {
        var own = (await ProgrammesAsync()).First(p => p.Title == "Pelatihan Menjahit Busana Muslim");
        using var client = await SignedInAsync(app, Blkp);

        var html = await client.GetStringAsync($"/mitra/program/{own.Id}", Ct);

        Assert.Contains("id=\"programme-title\"", html);
        Assert.Contains("Tutup pendaftaran", html); // open → the next step
        Assert.Contains("Nurhayati", html); // an attendee: personal data, on this page only
        Assert.Contains("Daftar pendek", html);
    }
}
