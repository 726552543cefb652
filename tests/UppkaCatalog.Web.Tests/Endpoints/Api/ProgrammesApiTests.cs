using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using UppkaCatalog.Core.Programmes;
using UppkaCatalog.Web.Tests.Components.Pages.Programmes;
using UppkaCatalog.Web.Tests.Support;
using static UppkaCatalog.Web.Tests.Endpoints.Api.Api;

namespace UppkaCatalog.Web.Tests.Endpoints.Api;

/// <summary>The public programmes API: anonymous, open programmes in the list, drafts never, times in WIB, nothing personal.</summary>
[Collection(ApiAppCollection.Name)]
public sealed class ProgrammesApiTests(AppFactory app)
{
    private static readonly string[] ListFields = ["slug", "title", "partner", "kind", "status", "opensAt", "closesAt", "quota", "regencies", "sectors"];

    private static readonly string[] DetailFields =
    [
        .. ListFields, "description", "location", "requirements", "seatsPerGroup", "stages", "requiresZakatDeclaration", "sessions", "url",
    ];

    private ProgrammeService Service => app.Services.GetRequiredService<ProgrammeService>();

    private static DateTimeOffset Wib(JsonElement item, string field)
    {
        var text = item.GetProperty(field).GetString()!;
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$", text);
        return DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);
    }

    private static List<string?> Strings(JsonElement item, string field) => item.GetProperty(field).EnumerateArray().Select(e => e.GetString()).ToList();

    [Fact]
    public async Task List_has_the_open_programmes_with_exactly_the_documented_fields()
    {
        var expected = await Service.ListPublicAsync(Ct);
        using var client = Anonymous(app);

        using var response = await client.GetAsync("/api/v1/programs", Ct);
        var items = (await JsonAsync(response)).EnumerateArray().ToList();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected.Select(p => p.Slug), items.Select(i => i.GetProperty("slug").GetString()));
        Assert.All(ProgrammeWorld.OpenDemo, slug => Assert.Contains(slug, items.Select(i => i.GetProperty("slug").GetString())));
        Assert.DoesNotContain(ProgrammeWorld.ClosedAid, items.Select(i => i.GetProperty("slug").GetString()));
        Assert.All(items, i => Assert.Equal(ListFields, i.EnumerateObject().Select(p => p.Name)));
        foreach (var (item, p) in items.Zip(expected))
        {
            Assert.Equal("open", item.GetProperty("status").GetString());
            Assert.Equal(p.ApplicationOpensAt, Wib(item, "opensAt"));
            Assert.Equal(p.ApplicationClosesAt, Wib(item, "closesAt"));
            Assert.Equal(p.Quota, item.GetProperty("quota").GetInt32());
            Assert.Equal(p.PartnerName, item.GetProperty("partner").GetString());
        }

        var sewing = items.Single(i => i.GetProperty("slug").GetString() == ProgrammeWorld.SewingTraining);
        Assert.Equal("training", sewing.GetProperty("kind").GetString());
        Assert.Equal(["crafts", "sewing-fashion"], Strings(sewing, "sectors").Order(StringComparer.Ordinal));
        Assert.Empty(Strings(sewing, "regencies"));
        Assert.Equal("equipment-aid", items.Single(i => i.GetProperty("slug").GetString() == ProgrammeWorld.ZakatAid).GetProperty("kind").GetString());
    }

    [Fact]
    public async Task One_programme_has_the_detail_fields_sessions_in_WIB_and_its_absolute_url()
    {
        var zakat = await Service.GetPublicAsync(ProgrammeWorld.ZakatAid, Ct);
        var sewing = await Service.GetPublicAsync(ProgrammeWorld.SewingTraining, Ct);
        using var client = Anonymous(app);

        var json = await JsonAsync(await client.GetAsync($"/api/v1/programs/{ProgrammeWorld.ZakatAid}", Ct));
        var training = await JsonAsync(await client.GetAsync($"/api/v1/programs/{ProgrammeWorld.SewingTraining}", Ct));

        Assert.Equal(DetailFields, json.EnumerateObject().Select(p => p.Name));
        Assert.Equal(zakat.Description, json.GetProperty("description").GetString());
        Assert.Equal(zakat.Location, json.GetProperty("location").GetString());
        Assert.Equal(zakat.Requirements, json.GetProperty("requirements").GetString());
        Assert.Equal(1, json.GetProperty("seatsPerGroup").GetInt32());
        Assert.Equal(["basic", "developing"], Strings(json, "stages"));
        Assert.True(json.GetProperty("requiresZakatDeclaration").GetBoolean());
        Assert.Equal($"http://localhost/program/{ProgrammeWorld.ZakatAid}", json.GetProperty("url").GetString());
        Assert.Equal(0, json.GetProperty("sessions").GetArrayLength());

        var sessions = training.GetProperty("sessions").EnumerateArray().ToList();
        Assert.Equal(sewing.Sessions.Count, sessions.Count);
        Assert.All(sessions, s => Assert.Equal(["startsAt", "endsAt", "place"], s.EnumerateObject().Select(p => p.Name)));
        Assert.Equal(sewing.Sessions.Select(s => s.StartsAt), sessions.Select(s => Wib(s, "startsAt")));
        Assert.Equal(sewing.Sessions.Select(s => s.EndsAt), sessions.Select(s => Wib(s, "endsAt")));
        Assert.Equal("Workshop Garmen BLKP", sessions[0].GetProperty("place").GetString());
        Assert.EndsWith("T08:00:00+07:00", sessions[0].GetProperty("startsAt").GetString());
    }

    [Fact]
    public async Task A_closed_programme_is_readable_with_its_regencies_as_BPS_codes()
    {
        using var client = Anonymous(app);

        var json = await JsonAsync(await client.GetAsync($"/api/v1/programs/{ProgrammeWorld.ClosedAid}", Ct));

        Assert.Equal("closed", json.GetProperty("status").GetString());
        Assert.Equal("equipment-aid", json.GetProperty("kind").GetString());
        Assert.Equal(["1505", "1571"], Strings(json, "regencies"));
    }

    [Fact]
    public async Task A_draft_and_an_unknown_slug_are_a_404_problem_with_an_Indonesian_title()
    {
        var draft = await ProgrammeWorld.DraftAsync(app, "Draf API");
        using var client = Anonymous(app);

        var draftProblem = await ProblemAsync(await client.GetAsync($"/api/v1/programs/{draft.Slug}", Ct), HttpStatusCode.NotFound);
        var unknown = await ProblemAsync(await client.GetAsync("/api/v1/programs/tidak-ada", Ct), HttpStatusCode.NotFound);
        var list = await client.GetStringAsync("/api/v1/programs", Ct);

        Assert.Equal("Tidak ditemukan.", draftProblem.GetProperty("title").GetString());
        Assert.Equal(draftProblem.GetProperty("title").GetString(), unknown.GetProperty("title").GetString());
        Assert.DoesNotContain(draft.Slug, list);
    }

    [Fact]
    public async Task Answers_carry_no_partner_contact_nor_officer()
    {
        using var client = Anonymous(app);

        var bodies = new List<string> { await client.GetStringAsync("/api/v1/programs", Ct) };
        foreach (var slug in ProgrammeWorld.OpenDemo.Append(ProgrammeWorld.ClosedAid))
        {
            bodies.Add(await client.GetStringAsync($"/api/v1/programs/{slug}", Ct));
        }

        Assert.All(bodies, ProgrammeWorld.AssertNothingPersonal);
        Assert.All(bodies, body => Assert.DoesNotContain("contact", body, StringComparison.OrdinalIgnoreCase));
    }
}
