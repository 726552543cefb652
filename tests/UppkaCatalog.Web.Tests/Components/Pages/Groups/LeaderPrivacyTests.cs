using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UppkaCatalog.Core.Groups;
using UppkaCatalog.Tests.Shared;
using UppkaCatalog.Web.Tests.Support;
using static UppkaCatalog.Web.Tests.Support.AccountFlows;

namespace UppkaCatalog.Web.Tests.Components.Pages.Groups;

/// <summary>
/// A group leader's name and phone are personal data for BKKBN staff only. Every public page (everything the sitemap lists, the
/// home page, catalogue, exhibition list and booth posters), every public API answer, the member area and the member API are
/// fetched and searched for the demo leaders (<c>demo-data.json</c>: <c>leaderName</c>, <c>leaderPhone</c>) in any spelling of
/// the number; none may be found. The staff group page, where they belong, is checked to show them, so the search is sound.
/// </summary>
[Collection(DemoAppCollection.Name)]
public sealed partial class LeaderPrivacyTests(AppFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly IReadOnlyList<(string Name, string Phone)> Leaders = ReadLeaders();

    [Fact]
    public void The_demo_data_has_leaders_to_look_for()
    {
        Assert.True(Leaders.Count >= 12);
        Assert.All(Leaders, l => Assert.StartsWith("+628", l.Phone));
    }

    [Fact]
    public async Task No_public_page_shows_a_leaders_name_or_phone()
    {
        using var client = app.Browser();
        var sitemap = await client.GetStringAsync("/sitemap.xml", Ct);
        var pages = Loc().Matches(sitemap).Select(m => new Uri(m.Groups[1].Value).PathAndQuery).ToList();
        var booths = pages.Where(p => p.Contains("/stan/", StringComparison.Ordinal)).ToList();
        Assert.Contains(pages, p => p.StartsWith("/kelompok/", StringComparison.Ordinal));
        Assert.Contains(pages, p => p.StartsWith("/produk/", StringComparison.Ordinal));
        Assert.NotEmpty(booths);
        pages.AddRange(["/", "/katalog", "/pameran", "/robots.txt", "/sitemap.xml"]);
        pages.AddRange(booths.Select(b => b + "/poster"));

        await AssertNoLeaderAsync(client, pages);
    }

    [Fact]
    public async Task No_public_API_answer_shows_a_leaders_name_or_phone()
    {
        using var client = UppkaCatalog.Web.Tests.Endpoints.Api.Api.Anonymous(app);
        var calls = new List<string> { "/api/v1/categories", "/api/v1/exhibitions" };
        var slugs = await app.QueryAsync(db => db.Products.Where(p => p.Status == Core.Catalog.ProductStatus.Published).Select(p => p.Slug).ToListAsync(Ct));
        calls.AddRange(slugs.Select(s => "/api/v1/products/" + s));
        using (var first = await client.GetAsync("/api/v1/products", Ct))
        {
            var pages = (await UppkaCatalog.Web.Tests.Endpoints.Api.Api.JsonAsync(first)).GetProperty("pageCount").GetInt32();
            calls.AddRange(Enumerable.Range(1, pages).Select(p => $"/api/v1/products?page={p}"));
        }

        using (var exhibitions = await client.GetAsync("/api/v1/exhibitions", Ct))
        {
            calls.AddRange((await UppkaCatalog.Web.Tests.Endpoints.Api.Api.JsonAsync(exhibitions)).EnumerateArray().Select(e => "/api/v1/exhibitions/" + e.GetProperty("slug").GetString()));
        }

        await AssertNoLeaderAsync(client, calls);
    }

    [Fact]
    public async Task A_member_sees_no_leader_data_of_their_own_group_in_the_member_area_the_member_API_or_their_group_view()
    {
        var member = await MemberActorAsync(app, 1);
        using var browser = await SignedInAsync(app, "anggota1@uppka.test");
        await AssertNoLeaderAsync(browser, ["/kelola", "/kelola/profil", "/kelola/produk", "/kelola/pertanyaan", "/kelola/pameran", "/akun"]);

        using var api = await UppkaCatalog.Web.Tests.Endpoints.Api.Api.SignedInAsync(app, "anggota1@uppka.test");
        using (var own = await api.GetAsync("/api/v1/me/products", Ct))
        {
            var text = await own.Content.ReadAsStringAsync(Ct);
            AssertNoLeader("/api/v1/me/products", text);
            foreach (var id in JsonDocument.Parse(text).RootElement.EnumerateArray().Select(p => p.GetProperty("id").GetInt32()).Take(3))
            {
                using var product = await api.GetAsync($"/api/v1/products/{id}", Ct);
                Assert.Equal(HttpStatusCode.OK, product.StatusCode);
                AssertNoLeader($"/api/v1/products/{id}", await product.Content.ReadAsStringAsync(Ct));
            }
        }

        var view = await app.Services.GetRequiredService<GroupService>().GetOwnAsync(member, Ct);
        Assert.Equal((null, null), (view.LeaderName, view.LeaderPhone));
        AssertNoLeader("GroupService.GetOwnAsync", view.ToString());
    }

    [Fact]
    public async Task The_staff_group_page_does_show_the_leader_so_the_search_above_can_find_one()
    {
        var group = await app.QueryAsync(db => db.Groups.Where(g => g.Slug == "uppka-melati-sengeti").Select(g => new { g.Id, g.LeaderName, g.LeaderPhone }).SingleAsync(Ct));
        using var staff = await SignedInAsync(app, StaffEmail);

        using var response = await staff.GetAsync($"/staf/kelompok/{group.Id}", Ct);

        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(("Siti Aminah", "+6281255501000"), (group.LeaderName, group.LeaderPhone));
        Assert.True(Found(html, ("Siti Aminah", "")));
        Assert.True(Found(html, ("", "+6281255501000")));
    }

    /// <summary>Each address answers 200 and shows no leader.</summary>
    private static async Task AssertNoLeaderAsync(HttpClient client, IEnumerable<string> addresses)
    {
        foreach (var address in addresses)
        {
            using var response = await client.GetAsync(address, Ct);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{address} answered {(int)response.StatusCode}");
            AssertNoLeader(address, await response.Content.ReadAsStringAsync(Ct));
        }
    }

    private static void AssertNoLeader(string where, string text)
    {
        foreach (var leader in Leaders)
        {
            Assert.False(Found(text, leader), $"{where} shows leader {leader.Name} ({leader.Phone})");
        }
    }

    /// <summary>The leader's name, or the phone's subscriber digits in any spelling: +62812…, 62812…, 0812…, 0812-…, 0812 ….</summary>
    private static bool Found(string text, (string Name, string Phone) leader)
    {
        // Decoded as a page (&#x2B;) and as a link (wa.me/…?text=…%20…) would carry it.
        var decoded = WebUtility.HtmlDecode(Uri.UnescapeDataString(text));
        if (leader.Name.Length > 0 && decoded.Contains(leader.Name, StringComparison.OrdinalIgnoreCase)) return true;
        if (leader.Phone.Length == 0) return false;
        var digits = leader.Phone[3..]; // after +62
        return Regex.Replace(decoded, @"[\s\-.]", "").Contains(digits, StringComparison.Ordinal);
    }

    private static List<(string Name, string Phone)> ReadLeaders()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "src", "UppkaCatalog.Core", "Seeding", "demo-data.json")));
        return json.RootElement.GetProperty("groups").EnumerateArray()
            .Where(g => g.TryGetProperty("leaderPhone", out var p) && p.ValueKind == JsonValueKind.String)
            .Select(g => (g.GetProperty("leaderName").GetString()!, g.GetProperty("leaderPhone").GetString()!)).ToList();
    }

    [GeneratedRegex("<loc>([^<]+)</loc>")]
    private static partial Regex Loc();
}
