using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UppkaCatalog.Core.Accounts;
using UppkaCatalog.Core.Groups;
using UppkaCatalog.Web.Tests.Support;
using static UppkaCatalog.Web.Tests.Endpoints.Api.Api;

namespace UppkaCatalog.Web.Tests.Endpoints.Api;

/// <summary>The registry for staff scripts: <c>GET /api/v1/staff/groups</c> and <c>POST /api/v1/staff/groups/{id}/invitations</c>.</summary>
[Collection(ApiAppCollection.Name)]
public sealed class StaffGroupsApiTests(AppFactory app)
{
    [Fact]
    public async Task The_list_is_a_page_of_groups_with_exactly_the_registry_fields_and_no_leader_data()
    {
        var total = await app.QueryAsync(db => db.Groups.CountAsync(Ct));
        using var staff = await SignedInAsync(app, Staff);

        using var response = await staff.GetAsync("/api/v1/staff/groups", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await JsonAsync(response);
        Assert.Equal(["items", "page", "pageCount", "pageSize", "total"], body.EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal((total, 1, 25), (body.GetProperty("total").GetInt32(), body.GetProperty("page").GetInt32(), body.GetProperty("pageSize").GetInt32()));
        Assert.Equal((total + 24) / 25, body.GetProperty("pageCount").GetInt32());
        var item = body.GetProperty("items")[0];
        Assert.Equal(["id", "name", "online", "publishedProducts", "regencyCode", "registrationNumber"], item.EnumerateObject().Select(p => p.Name).Order());
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.DoesNotContain("leader", text, StringComparison.OrdinalIgnoreCase);
        foreach (var phone in await app.QueryAsync(db => db.Groups.Where(g => g.LeaderPhone != null).Select(g => g.LeaderPhone!).ToListAsync(Ct)))
        {
            Assert.DoesNotContain(phone.TrimStart('+')[2..], text);
        }
    }

    [Fact]
    public async Task Filters_by_regency_sector_and_online_as_the_page_does()
    {
        // The demo's food groups in Muaro Jambi have member accounts (online); one registered now has none yet.
        var fresh = await RegisterAsync("UPPKA Baru Muaro", "1505", "Makanan Olahan");
        var demo = await app.QueryAsync(db => db.Groups.Where(g => g.Regency!.Code == "1505" && g.Sector == BusinessSector.FoodProcessing
                && db.Users.Any(u => u.GroupId == g.Id))
            .OrderBy(g => g.Name).Select(g => new { g.Id, g.Name, g.RegistrationNumber }).ToListAsync(Ct));
        using var staff = await SignedInAsync(app, Staff);

        using var online = await staff.GetAsync("/api/v1/staff/groups?regency=Muaro%20Jambi&sector=makanan-olahan&online=true", Ct);
        using var notOnline = await staff.GetAsync("/api/v1/staff/groups?regency=1505&sector=Food%20processing&online=false", Ct);

        Assert.True(demo.Count >= 2);
        Assert.Equal(demo.Select(g => (g.Id, g.Name, g.RegistrationNumber, "1505", true)), Items(await JsonAsync(online)));
        var waiting = Items(await JsonAsync(notOnline)).ToList();
        Assert.Contains((fresh.Id, fresh.Name, fresh.RegistrationNumber, "1505", false), waiting);
        Assert.All(waiting, i => Assert.False(i.Online));
        Assert.DoesNotContain(waiting, i => demo.Any(d => d.Id == i.Id));
    }

    private static IEnumerable<(int Id, string Name, string Number, string Regency, bool Online)> Items(System.Text.Json.JsonElement body) =>
        body.GetProperty("items").EnumerateArray().Select(i => (i.GetProperty("id").GetInt32(), i.GetProperty("name").GetString()!,
            i.GetProperty("registrationNumber").GetString()!, i.GetProperty("regencyCode").GetString()!, i.GetProperty("online").GetBoolean())).ToList();

    /// <summary>A group as staff register it, with a leader and a phone, and no member account yet.</summary>
    private async Task<GroupView> RegisterAsync(string name, string regency, string sector) =>
        await app.Services.GetRequiredService<GroupService>().RegisterAsync(await AccountFlows.StaffActorAsync(app), new GroupRegistrationInput
        {
            Name = UniqueName(name), RegistrationNumber = UniqueName("API/BARU"), RegencyCode = regency, District = "Sekernan",
            Village = "Sengeti", Sector = sector, LeaderName = "Ibu Rahmawati", LeaderPhone = "0812" + Random.Shared.Next(10_000_000, 99_999_999),
        }, Ct);

    [Fact]
    public async Task Unknown_filter_values_are_a_400_naming_each_field()
    {
        using var staff = await SignedInAsync(app, Staff);

        using var response = await staff.GetAsync("/api/v1/staff/groups?regency=Atlantis&sector=tambang&stage=super&online=mungkin", Ct);

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(["online", "regency", "sector", "stage"], problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order());
        Assert.Contains("Makanan Olahan", FieldError(problem, "sector"));
        Assert.Contains("mungkin", FieldError(problem, "online"));
    }

    [Fact]
    public async Task An_invitation_answers_its_link_a_WhatsApp_link_to_the_leader_and_its_expiry()
    {
        var group = await RegisterAsync("UPPKA Undangan API", "1509", "Kerajinan");
        using var staff = await SignedInAsync(app, Staff);

        using var response = await staff.PostAsync($"/api/v1/staff/groups/{group.Id}/invitations", null, Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await JsonAsync(response);
        Assert.Equal(["expiresAt", "url", "whatsAppUrl"], body.EnumerateObject().Select(p => p.Name).Order());
        var url = body.GetProperty("url").GetString()!;
        Assert.Matches("^http://localhost/undangan/[A-Za-z0-9_-]{43}$", url);
        var whatsApp = body.GetProperty("whatsAppUrl").GetString()!;
        Assert.StartsWith($"https://wa.me/{group.LeaderPhone!.TrimStart('+')}?text=", whatsApp);
        var message = Uri.UnescapeDataString(whatsApp[(whatsApp.IndexOf("?text=", StringComparison.Ordinal) + 6)..]);
        Assert.Contains($"Halo {group.LeaderName}", message);
        Assert.Contains(group.Name, message);
        Assert.EndsWith(url, message);
        var expires = body.GetProperty("expiresAt").GetDateTimeOffset();
        Assert.InRange(expires - DateTimeOffset.UtcNow, TimeSpan.FromDays(7) - TimeSpan.FromMinutes(5), TimeSpan.FromDays(7));
        // The link works: the invitation page names the leader.
        using var anonymous = Anonymous(app);
        using var page = await anonymous.GetAsync(new Uri(url).AbsolutePath, Ct);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains(group.LeaderName!, System.Net.WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync(Ct)));
    }

    [Fact]
    public async Task Without_a_leader_phone_the_WhatsApp_link_is_null_and_an_unknown_inactive_or_online_group_is_refused()
    {
        var staffActor = await AccountFlows.StaffActorAsync(app);
        var registered = await app.Services.GetRequiredService<GroupService>().RegisterAsync(staffActor, new GroupRegistrationInput
        {
            Name = UniqueName("UPPKA Tanpa Telepon"), RegistrationNumber = UniqueName("API/TANPA"), RegencyCode = "1571", District = "Telanaipura",
            Village = "Buluran Kenali", Sector = "Jasa",
        }, Ct);
        var inactive = await app.Services.GetRequiredService<GroupService>().RegisterAsync(staffActor, new GroupRegistrationInput
        {
            Name = UniqueName("UPPKA Nonaktif API"), RegistrationNumber = UniqueName("API/NONAKTIF"), RegencyCode = "1571", District = "Telanaipura",
            Village = "Buluran Kenali", Sector = "Jasa",
        }, Ct);
        await app.Services.GetRequiredService<GroupRegistryService>().SetActiveAsync(staffActor, inactive.Id, false, ct: Ct);
        using var staff = await SignedInAsync(app, Staff);

        using var noPhone = await staff.PostAsync($"/api/v1/staff/groups/{registered.Id}/invitations", null, Ct);
        var body = await JsonAsync(noPhone);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            // The group comes online: its leader accepts the link.
            await scope.ServiceProvider.GetRequiredService<InvitationService>().AcceptAsync(
                body.GetProperty("url").GetString()!.Split('/')[^1], "0813" + Random.Shared.Next(10_000_000, 99_999_999), null, "Lempok-Durian-Manis-2026", ct: Ct);
        }

        using var online = await staff.PostAsync($"/api/v1/staff/groups/{registered.Id}/invitations", null, Ct);
        using var off = await staff.PostAsync($"/api/v1/staff/groups/{inactive.Id}/invitations", null, Ct);
        using var unknown = await staff.PostAsync("/api/v1/staff/groups/987654/invitations", null, Ct);

        Assert.Equal(HttpStatusCode.Created, noPhone.StatusCode);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, body.GetProperty("whatsAppUrl").ValueKind);
        Assert.Contains("sudah online", (await ProblemAsync(online, HttpStatusCode.Conflict)).GetProperty("detail").GetString());
        Assert.Contains("nonaktif", (await ProblemAsync(off, HttpStatusCode.Conflict)).GetProperty("detail").GetString());
        Assert.Equal("Kelompok tidak ditemukan.", (await ProblemAsync(unknown, HttpStatusCode.NotFound)).GetProperty("detail").GetString());
        Assert.Equal(0, await app.QueryAsync(db => db.Invitations.CountAsync(i => i.GroupId == inactive.Id, Ct)));
    }

    [Fact]
    public async Task A_members_token_creates_no_invitation()
    {
        var groupId = await app.QueryAsync(db => db.Groups.Where(g => g.IsActive).OrderBy(g => g.Id).Select(g => g.Id).FirstAsync(Ct));
        var before = await app.QueryAsync(db => db.Invitations.CountAsync(Ct));
        using var member = await SignedInAsync(app, Member(1));

        using var response = await member.PostAsync($"/api/v1/staff/groups/{groupId}/invitations", null, Ct);

        await ProblemAsync(response, HttpStatusCode.Forbidden);
        Assert.Equal(before, await app.QueryAsync(db => db.Invitations.CountAsync(Ct)));
    }
}
