using System.Net;
using Microsoft.EntityFrameworkCore;
using UppkaCatalog.Core.Programmes;
using UppkaCatalog.Web.Tests.Support;
using static UppkaCatalog.Web.Tests.Support.AccountFlows;

namespace UppkaCatalog.Web.Tests.Components.Pages.Partner;

/// <summary>
/// <c>/mitra/lamaran/{id}</c> on its first (prerendered) response: the programme's officer sees the application and, once
/// accepted, the delivery forms; before acceptance only why not; another partner's officer gets "not found" and nothing
/// of it; the programme page links each application here.
/// </summary>
[Collection(DemoAppCollection.Name)]
public sealed class PartnerApplicationPageTests(AppFactory app)
{
    private const string Blkp = "mitra1@uppka.test";
    private const string Baznas = "mitra3@uppka.test";
    private const string Food = "pelatihan-pengolahan-pangan-dan-kemasan-2026";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<(int Id, int ProgrammeId, string Motivation)> FoodApplicationAsync(params ApplicationStatus[] statuses) =>
        app.QueryAsync(db => db.ProgrammeApplications.Where(a => a.Programme!.Slug == Food && statuses.Contains(a.Status)).OrderBy(a => a.Id)
            .Select(a => new ValueTuple<int, int, string>(a.Id, a.ProgrammeId, a.Motivation)).FirstAsync(Ct));

    [Fact]
    public Task Anonymous_visitors_sign_in_and_members_are_refused() => AssertStaffOnlyAsync(app, "/mitra/lamaran/1");

    [Fact]
    public async Task The_officer_sees_an_accepted_application_with_its_attendees_and_the_delivery_forms()
    {
        var (id, _, motivation) = await FoodApplicationAsync(ApplicationStatus.Accepted, ApplicationStatus.Completed);
        using var client = await SignedInAsync(app, Blkp);

        using var response = await client.GetAsync($"/mitra/lamaran/{id}", Ct);

        var html = await BodyAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(motivation, html);
        Assert.Contains("Siti Aminah", html);
        Assert.Contains("Catat penyaluran", html);
        foreach (var kind in new[] { "Kehadiran", "Peralatan", "Modal / rujukan", "Sertifikat" }) Assert.Contains(kind, html);
        Assert.Contains("id=\"attendance-session\"", html);
        Assert.Contains("Penyaluran tercatat", html);
    }

    [Fact]
    public async Task An_application_not_yet_accepted_says_why_it_takes_no_delivery()
    {
        var (id, _, _) = await FoodApplicationAsync(ApplicationStatus.Applied, ApplicationStatus.Shortlisted, ApplicationStatus.Rejected);
        using var client = await SignedInAsync(app, Blkp);

        var html = await BodyAsync(await client.GetAsync($"/mitra/lamaran/{id}", Ct));

        Assert.Contains("Penyaluran dicatat setelah lamaran diterima", html);
        Assert.DoesNotContain("id=\"save-attendance\"", html);
    }

    [Fact]
    public async Task Another_partners_officer_finds_nothing_of_it()
    {
        var (id, _, motivation) = await FoodApplicationAsync(ApplicationStatus.Accepted, ApplicationStatus.Completed);
        using var client = await SignedInAsync(app, Baznas);

        var html = await BodyAsync(await client.GetAsync($"/mitra/lamaran/{id}", Ct));

        Assert.Contains("Lamaran tidak ditemukan", html);
        Assert.DoesNotContain(motivation, html);
        Assert.DoesNotContain("Siti Aminah", html);
        Assert.DoesNotContain("Catat penyaluran", html);
    }

    [Fact]
    public async Task The_programme_page_links_each_application_to_its_page()
    {
        var (_, programmeId, _) = await FoodApplicationAsync(ApplicationStatus.Accepted, ApplicationStatus.Completed);
        var ids = await app.QueryAsync(db => db.ProgrammeApplications.Where(a => a.ProgrammeId == programmeId).Select(a => a.Id).ToListAsync(Ct));
        using var client = await SignedInAsync(app, StaffEmail);

        var html = await BodyAsync(await client.GetAsync($"/mitra/program/{programmeId}", Ct));

        Assert.All(ids, id => Assert.Contains($"href=\"/mitra/lamaran/{id}\"", html));
    }
}
