using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using UppkaCatalog.Core.Programmes;
using UppkaCatalog.Web.Tests.Support;
using static UppkaCatalog.Web.Tests.Endpoints.Api.Api;

namespace UppkaCatalog.Web.Tests.Endpoints.Api;

/// <summary>
/// A member's partner programme applications over the API, on the demo data: apply (201), a second time (409), refusals per
/// field (422, the contract of this call), the group's list, withdrawing, another group's application (404), staff (403).
/// Demo members 9 (UPPKA Teratai, food, self-reliant), 10 and 12 (food) are used by no other API test.
/// </summary>
[Collection(ApiAppCollection.Name)]
public sealed class MemberProgrammesApiTests(AppFactory app)
{
    private const string Food = "pelatihan-pengolahan-pangan-dan-kemasan-2026";
    private const string Zakat = "jambi-sejahtera-bantuan-alat-usaha-2026";

    private static object Application(params string[] attendees) => new
    {
        motivation = "Kemasan keripik kami masih plastik polos.", needs = "Label dan P-IRT.", attendees, zakatDeclared = false,
    };

    [Fact]
    public async Task A_member_applies_once_sees_it_in_the_list_and_withdraws_it_and_another_group_cannot_touch_it()
    {
        using var member = await SignedInAsync(app, Member(9));
        using var other = await SignedInAsync(app, Member(10));

        using var created = await member.PostAsJsonAsync($"/api/v1/programs/{Food}/applications", Application("Sri Wahyuni"), Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await JsonAsync(created);
        Assert.Equal("applied", body.GetProperty("status").GetString());
        var id = body.GetProperty("id").GetInt32();

        using var again = await member.PostAsJsonAsync($"/api/v1/programs/{Food}/applications", Application("Sri Wahyuni"), Ct);
        await ProblemAsync(again, HttpStatusCode.Conflict);

        using var list = await member.GetAsync("/api/v1/me/programs", Ct);
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        var mine = (await JsonAsync(list)).EnumerateArray().Single(a => a.GetProperty("id").GetInt32() == id);
        Assert.Equal(Food, mine.GetProperty("programme").GetString());
        Assert.Equal("Pelatihan Pengolahan Pangan dan Kemasan", mine.GetProperty("title").GetString());
        Assert.Equal("BLKP Provinsi Jambi", mine.GetProperty("partner").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, mine.GetProperty("decidedAt").ValueKind);
        Assert.Equal(["Sri Wahyuni"], mine.GetProperty("attendees").EnumerateArray().Select(a => a.GetString()));

        using var foreign = await other.PostAsync($"/api/v1/me/programs/applications/{id}/withdraw", null, Ct);
        await ProblemAsync(foreign, HttpStatusCode.NotFound);
        using var othersList = await other.GetAsync("/api/v1/me/programs", Ct);
        Assert.DoesNotContain((await JsonAsync(othersList)).EnumerateArray(), a => a.GetProperty("id").GetInt32() == id);

        using var withdrawn = await member.PostAsync($"/api/v1/me/programs/applications/{id}/withdraw", null, Ct);
        Assert.Equal(HttpStatusCode.NoContent, withdrawn.StatusCode);
        Assert.Equal(ApplicationStatus.Withdrawn, await app.QueryAsync(db => db.ProgrammeApplications.Where(a => a.Id == id).Select(a => a.Status).SingleAsync(Ct)));
    }

    [Fact]
    public async Task An_incomplete_form_is_a_422_with_a_message_per_field_and_nothing_written()
    {
        using var member = await SignedInAsync(app, Member(12));
        var before = await app.QueryAsync(db => db.ProgrammeApplications.CountAsync(Ct));

        using var response = await member.PostAsJsonAsync($"/api/v1/programs/{Food}/applications",
            new { motivation = " ", attendees = new[] { "A", "B" }, zakatDeclared = false }, Ct);

        var problem = await ProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Equal("Tulis alasan kelompok ingin ikut program ini.", FieldError(problem, "motivation"));
        Assert.Equal("Paling banyak 1 peserta per kelompok.", FieldError(problem, "attendees"));
        Assert.Equal(before, await app.QueryAsync(db => db.ProgrammeApplications.CountAsync(Ct)));
    }

    [Fact]
    public async Task A_group_the_programme_is_not_for_is_a_422_under_programme_with_the_reason()
    {
        using var member = await SignedInAsync(app, Member(9));

        using var response = await member.PostAsJsonAsync($"/api/v1/programs/{Zakat}/applications",
            new { motivation = "Butuh kompor.", attendees = Array.Empty<string>(), zakatDeclared = true }, Ct);

        var problem = await ProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.StartsWith("Program ini hanya untuk kelompok tahap:", FieldError(problem, "programme"));
    }

    [Fact]
    public async Task Staff_on_the_member_calls_is_a_403()
    {
        using var staff = await SignedInAsync(app, Staff);

        using var apply = await staff.PostAsJsonAsync($"/api/v1/programs/{Food}/applications", Application("Staf"), Ct);
        using var list = await staff.GetAsync("/api/v1/me/programs", Ct);

        await ProblemAsync(apply, HttpStatusCode.Forbidden);
        await ProblemAsync(list, HttpStatusCode.Forbidden);
    }
}
