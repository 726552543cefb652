using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using UppkaCatalog.Core.Programmes;
using UppkaCatalog.Web.Tests.Support;
using static UppkaCatalog.Web.Tests.Endpoints.Api.Api;

namespace UppkaCatalog.Web.Tests.Endpoints.Api;

/// <summary>
/// The partner API (<c>/api/v1/partner</c>): an officer's own programmes and their applications, decisions (audited,
/// refused when the status does not allow them); another partner's programme or application is a 404; staff see every one.
/// </summary>
[Collection(ApiAppCollection.Name)]
public sealed class PartnerApiTests(AppFactory app)
{
    private const string Blkp = "mitra1@uppka.test";
    private const string Baznas = "mitra3@uppka.test";
    private const string Sewing = "pelatihan-menjahit-busana-muslim-2026";
    private const string Food = "pelatihan-pengolahan-pangan-dan-kemasan-2026";

    private Task<int> ApplicationIdAsync(string slug, ApplicationStatus status) =>
        app.QueryAsync(db => db.ProgrammeApplications.Where(a => a.Programme!.Slug == slug && a.Status == status).Select(a => a.Id).FirstAsync(Ct));

    [Fact]
    public async Task An_officer_lists_only_their_organisations_programmes_in_the_documented_shape()
    {
        var own = await app.QueryAsync(db => db.Programmes.Where(p => p.Partner!.Slug == "blkp-provinsi-jambi").Select(p => p.Slug).ToListAsync(Ct));
        using var officer = await SignedInAsync(app, Blkp);

        using var response = await officer.GetAsync("/api/v1/partner/programs", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await JsonAsync(response);
        Assert.Equal(own.Order(), body.EnumerateArray().Select(p => p.GetProperty("slug").GetString()!).Order());
        // Other tests of this app add BLKP programmes of other kinds: the demo's sewing training is read by its slug.
        var first = body.EnumerateArray().Single(p => p.GetProperty("slug").GetString() == Sewing);
        Assert.Equal(["id", "slug", "title", "partner", "kind", "status", "opensAt", "closesAt", "quota"], first.EnumerateObject().Select(p => p.Name));
        Assert.All(body.EnumerateArray(), p => Assert.Equal("BLKP Provinsi Jambi", p.GetProperty("partner").GetString()));
        Assert.Equal("training", first.GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Staff_list_every_partners_programmes()
    {
        var count = await app.QueryAsync(db => db.Programmes.CountAsync(Ct));
        using var staff = await SignedInAsync(app, Staff);

        var body = await JsonAsync(await staff.GetAsync("/api/v1/partner/programs", Ct));

        Assert.Equal(count, body.GetArrayLength());
        Assert.Contains(body.EnumerateArray(), p => p.GetProperty("kind").GetString() == "equipment-aid");
    }

    [Fact]
    public async Task An_officer_reads_their_programmes_applications_with_attendees()
    {
        using var officer = await SignedInAsync(app, Blkp);

        using var response = await officer.GetAsync($"/api/v1/partner/programs/{Sewing}/applications", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await JsonAsync(response);
        Assert.Equal(["id", "group", "groupId", "regency", "status", "motivation", "needs", "attendees", "zakatDeclaredAt", "appliedAt", "decidedAt", "reason"],
            body[0].EnumerateObject().Select(p => p.Name));
        Assert.Contains(body.EnumerateArray(), a => a.GetProperty("attendees").EnumerateArray().Any(n => n.GetString() == "Nurhayati"));
    }

    [Fact]
    public async Task Another_partners_programme_and_application_are_not_found_and_nothing_changes()
    {
        // Any of the food training's applications, whatever another test of this app has decided about it since.
        var (applicationId, before) = await app.QueryAsync(db => db.ProgrammeApplications.Where(a => a.Programme!.Slug == Food)
            .OrderBy(a => a.Id).Select(a => new ValueTuple<int, ApplicationStatus>(a.Id, a.Status)).FirstAsync(Ct));
        using var other = await SignedInAsync(app, Baznas);

        using var list = await other.GetAsync($"/api/v1/partner/programs/{Food}/applications", Ct);
        using var decision = await other.PostAsJsonAsync($"/api/v1/partner/applications/{applicationId}/decision", new { status = "accepted" }, Ct);

        await ProblemAsync(list, HttpStatusCode.NotFound);
        await ProblemAsync(decision, HttpStatusCode.NotFound);
        Assert.Equal(before, await app.QueryAsync(db => db.ProgrammeApplications.Where(a => a.Id == applicationId).Select(a => a.Status).SingleAsync(Ct)));
    }

    [Fact]
    public async Task A_decision_answers_the_application_and_is_audited()
    {
        var applicationId = await ApplicationIdAsync(Food, ApplicationStatus.Applied);
        var officerId = await app.QueryAsync(db => db.Users.Where(u => u.Email == Blkp).Select(u => u.Id).SingleAsync(Ct));
        using var officer = await SignedInAsync(app, Blkp);

        using var response = await officer.PostAsJsonAsync($"/api/v1/partner/applications/{applicationId}/decision", new { status = "shortlisted" }, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await JsonAsync(response);
        Assert.Equal(applicationId, body.GetProperty("id").GetInt32());
        Assert.Equal("shortlisted", body.GetProperty("status").GetString());
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, body.GetProperty("decidedAt").ValueKind);
        var audit = await app.QueryAsync(db => db.AuditEntries.Where(e => e.Subject == $"Application:{applicationId}").Select(e => new { e.Action, e.ActorId }).ToListAsync(Ct));
        Assert.Contains(audit, e => e.Action == "application.shortlisted" && e.ActorId == officerId);
    }

    [Fact]
    public async Task A_rejection_without_a_reason_or_an_unknown_decision_is_a_400_per_field()
    {
        var applicationId = await ApplicationIdAsync(Sewing, ApplicationStatus.Shortlisted);
        using var officer = await SignedInAsync(app, Blkp);

        using var noReason = await officer.PostAsJsonAsync($"/api/v1/partner/applications/{applicationId}/decision", new { status = "rejected" }, Ct);
        using var unknown = await officer.PostAsJsonAsync($"/api/v1/partner/applications/{applicationId}/decision", new { status = "maybe" }, Ct);

        Assert.True((await ProblemAsync(noReason, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("reason", out _));
        Assert.True((await ProblemAsync(unknown, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("status", out _));
    }
}
