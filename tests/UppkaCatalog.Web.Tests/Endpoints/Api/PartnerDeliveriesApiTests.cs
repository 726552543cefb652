using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Programmes;
using UppkaCatalog.Web.Tests.Support;
using static UppkaCatalog.Web.Tests.Endpoints.Api.Api;

namespace UppkaCatalog.Web.Tests.Endpoints.Api;

/// <summary>
/// Deliveries through the partner API (<c>/api/v1/partner/applications/{id}/deliveries</c>): the programme's officer
/// records one (201, audited, listed with the programme's sessions), a broken rule is a 400 per field, another partner's
/// application a 404 with nothing written, a member's token a 403, no token a 401.
/// </summary>
[Collection(ApiAppCollection.Name)]
public sealed class PartnerDeliveriesApiTests(AppFactory app)
{
    private const string Blkp = "mitra1@uppka.test";
    private const string Disnaker = "mitra2@uppka.test";
    // Disnakertrans's closed equipment aid: the demo accepted groups there, and no other test decides about them.
    private const string Ttg = "bantuan-peralatan-teknologi-tepat-guna-2026";
    private const string Food = "pelatihan-pengolahan-pangan-dan-kemasan-2026";

    private static string Today => Wib.DayOf(DateTimeOffset.UtcNow).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private Task<int> AcceptedTtgAsync() =>
        app.QueryAsync(db => db.ProgrammeApplications.Where(a => a.Programme!.Slug == Ttg && a.Status == ApplicationStatus.Accepted)
            .OrderBy(a => a.Id).Select(a => a.Id).FirstAsync(Ct));

    private Task<int> DeliveryCountAsync(int applicationId) =>
        app.QueryAsync(db => db.Deliveries.CountAsync(d => d.ApplicationId == applicationId, Ct));

    private static string Path(int applicationId) => $"/api/v1/partner/applications/{applicationId}/deliveries";

    [Fact]
    public async Task The_programmes_officer_records_a_hand_over_answered_201_audited_and_listed()
    {
        var applicationId = await AcceptedTtgAsync();
        var item = UniqueName("Mesin sealer");
        var officerId = await app.QueryAsync(db => db.Users.Where(u => u.Email == Disnaker).Select(u => u.Id).SingleAsync(Ct));
        using var officer = await SignedInAsync(app, Disnaker);

        using var response = await officer.PostAsJsonAsync(Path(applicationId),
            new { kind = "equipment", date = Today, item, quantity = 2, rupiah = 3_500_000, detail = "Diserahkan di kantor." }, Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(Path(applicationId), response.Headers.Location?.OriginalString);
        var body = await JsonAsync(response);
        Assert.Equal(["id", "applicationId", "kind", "date", "sessionId", "attendees", "item", "quantity", "rupiah", "detail", "photo", "recordedAt"],
            body.EnumerateObject().Select(p => p.Name));
        Assert.Equal(("equipment", Today, item, 2, 3_500_000L), (body.GetProperty("kind").GetString(), body.GetProperty("date").GetString(),
            body.GetProperty("item").GetString(), body.GetProperty("quantity").GetInt32(), body.GetProperty("rupiah").GetInt64()));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, body.GetProperty("photo").ValueKind);
        var id = body.GetProperty("id").GetInt32();
        Assert.Contains(await app.QueryAsync(db => db.AuditEntries.Where(e => e.Subject == $"Application:{applicationId}").Select(e => new { e.Action, e.ActorId, e.Details }).ToListAsync(Ct)),
            e => e.Action == "delivery.equipment" && e.ActorId == officerId && e.Details == $"Delivery:{id}");

        var list = await JsonAsync(await officer.GetAsync(Path(applicationId), Ct));
        Assert.Equal(["sessions", "deliveries"], list.EnumerateObject().Select(p => p.Name));
        Assert.Contains(list.GetProperty("deliveries").EnumerateArray(), d => d.GetProperty("id").GetInt32() == id && d.GetProperty("item").GetString() == item);
    }

    [Fact]
    public async Task Attendance_names_a_session_the_list_gives_and_staff_may_record_too()
    {
        // The food training's accepted group (BLKP): its programme has a session.
        var applicationId = await app.QueryAsync(db => db.ProgrammeApplications.Where(a => a.Programme!.Slug == Food && a.Status == ApplicationStatus.Accepted)
            .OrderBy(a => a.Id).Select(a => a.Id).FirstAsync(Ct));
        using var staff = await SignedInAsync(app, Staff);
        var sessions = (await JsonAsync(await staff.GetAsync(Path(applicationId), Ct))).GetProperty("sessions");
        var sessionId = sessions[0].GetProperty("id").GetInt32();
        Assert.EndsWith("+07:00", sessions[0].GetProperty("startsAt").GetString());

        using var response = await staff.PostAsJsonAsync(Path(applicationId),
            new { kind = "attendance", date = Today, sessionId, attendees = new[] { "Siti Aminah", " ", "Siti Aminah" } }, Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await JsonAsync(response);
        Assert.Equal(sessionId, body.GetProperty("sessionId").GetInt32());
        Assert.Equal(["Siti Aminah"], body.GetProperty("attendees").EnumerateArray().Select(a => a.GetString()));
    }

    [Fact]
    public async Task A_broken_rule_is_a_400_with_a_message_per_field_and_nothing_is_written()
    {
        var applicationId = await AcceptedTtgAsync();
        var notAccepted = await app.QueryAsync(db => db.ProgrammeApplications.Where(a => a.Programme!.Slug == Ttg && a.Status == ApplicationStatus.Dropped)
            .Select(a => a.Id).FirstAsync(Ct));
        var before = await DeliveryCountAsync(applicationId);
        using var officer = await SignedInAsync(app, Disnaker);

        using var rules = await officer.PostAsJsonAsync(Path(applicationId), new { kind = "equipment", date = "2999-01-01", quantity = 0, rupiah = -5 }, Ct);
        using var unread = await officer.PostAsJsonAsync(Path(applicationId), new { kind = "hibah", date = "20-11-2026" }, Ct);
        using var nobody = await officer.PostAsJsonAsync(Path(applicationId), new { kind = "attendance", date = Today, attendees = Array.Empty<string>() }, Ct);
        using var dropped = await officer.PostAsJsonAsync(Path(notAccepted), new { kind = "capital", date = Today, item = "Bank Jambi", rupiah = 5_000_000 }, Ct);
        using var wrongType = await officer.PostAsJsonAsync(Path(applicationId), new { kind = "capital", date = Today, item = "Bank Jambi", rupiah = "5.000.000" }, Ct);

        var problem = await ProblemAsync(rules, HttpStatusCode.BadRequest);
        Assert.Equal(["date", "item", "quantity", "rupiah"], problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).Order());
        Assert.Contains("hari ini", FieldError(problem, "date"));
        var words = await ProblemAsync(unread, HttpStatusCode.BadRequest);
        Assert.Contains("attendance, equipment, capital, certificate", FieldError(words, "kind"));
        Assert.Contains("2026-11-20", FieldError(words, "date"));
        Assert.False(string.IsNullOrWhiteSpace(FieldError(await ProblemAsync(nobody, HttpStatusCode.BadRequest), "attendees")));
        Assert.Contains("diterima (status sekarang: berhenti)", FieldError(await ProblemAsync(dropped, HttpStatusCode.BadRequest), "application"));
        Assert.False(string.IsNullOrWhiteSpace(FieldError(await ProblemAsync(wrongType, HttpStatusCode.BadRequest), "rupiah")));
        Assert.Equal(before, await DeliveryCountAsync(applicationId));
        Assert.Equal(0, await DeliveryCountAsync(notAccepted));
    }

    [Fact]
    public async Task Another_partners_application_or_an_unknown_one_is_not_found_and_nothing_is_written()
    {
        var applicationId = await AcceptedTtgAsync();
        var before = await DeliveryCountAsync(applicationId);
        using var other = await SignedInAsync(app, Blkp);

        using var post = await other.PostAsJsonAsync(Path(applicationId), new { kind = "capital", date = Today, item = "Bank Jambi", rupiah = 1 }, Ct);
        using var get = await other.GetAsync(Path(applicationId), Ct);
        using var unknown = await other.GetAsync(Path(999_999), Ct);

        await ProblemAsync(post, HttpStatusCode.NotFound);
        await ProblemAsync(get, HttpStatusCode.NotFound);
        await ProblemAsync(unknown, HttpStatusCode.NotFound);
        Assert.Equal(before, await DeliveryCountAsync(applicationId));
    }

    [Fact]
    public async Task A_members_token_is_refused_403_even_for_its_own_groups_application_and_no_token_401()
    {
        var (applicationId, groupId) = await app.QueryAsync(db => db.ProgrammeApplications.Where(a => a.Programme!.Slug == Ttg && a.Status == ApplicationStatus.Accepted)
            .OrderBy(a => a.Id).Select(a => new ValueTuple<int, int>(a.Id, a.GroupId)).FirstAsync(Ct));
        var memberLogin = await app.QueryAsync(db => db.Users.Where(u => u.GroupId == groupId).OrderBy(u => u.Email).Select(u => u.Email!).FirstOrDefaultAsync(Ct)) ?? Member(1);
        var before = await DeliveryCountAsync(applicationId);
        using var member = await SignedInAsync(app, memberLogin);
        using var anonymous = Anonymous(app);

        using var memberPost = await member.PostAsJsonAsync(Path(applicationId), new { kind = "capital", date = Today, item = "Bank Jambi", rupiah = 1 }, Ct);
        using var memberGet = await member.GetAsync(Path(applicationId), Ct);
        using var anonymousPost = await anonymous.PostAsJsonAsync(Path(applicationId), new { kind = "capital", date = Today, item = "Bank Jambi", rupiah = 1 }, Ct);

        await ProblemAsync(memberPost, HttpStatusCode.Forbidden);
        await ProblemAsync(memberGet, HttpStatusCode.Forbidden);
        await ProblemAsync(anonymousPost, HttpStatusCode.Unauthorized);
        Assert.Equal(before, await DeliveryCountAsync(applicationId));
    }
}
