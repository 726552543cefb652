using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UppkaCatalog.Core.Accounts;
using UppkaCatalog.Core.Groups;
using UppkaCatalog.Web.Tests.Support;
using static UppkaCatalog.Web.Tests.Support.AccountFlows;

namespace UppkaCatalog.Web.Tests.Components.Pages.Staff;

/// <summary>The registry list and the group page as first rendered: the address's search and filters, the group page's record.</summary>
[Collection(DemoAppCollection.Name)]
public sealed class RegistryPagesTests(AppFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_list_shows_the_view_its_address_asks_for_filtered_and_sorted_with_a_status_per_group()
    {
        var expected = await app.QueryAsync(db => db.Groups.Where(g => g.Regency!.Code == "1571").OrderByDescending(g => g.Name).Select(g => g.Name).ToListAsync(Ct));
        var outside = await app.QueryAsync(db => db.Groups.Where(g => g.Regency!.Code == "1505").Select(g => g.Name).FirstAsync(Ct));
        using var staff = await SignedInAsync(app, StaffEmail);

        using var response = await staff.GetAsync("/staf/kelompok?wilayah=1571&arah=turun", Ct);

        var html = await BodyAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(expected.Count >= 2);
        Assert.Contains($"1–{expected.Count} dari {expected.Count} kelompok", html);
        var positions = expected.Select(name => html.IndexOf($">{name}</a>", StringComparison.Ordinal)).ToList();
        Assert.All(positions, p => Assert.True(p > 0));
        Assert.Equal(positions.Order(), positions);
        Assert.DoesNotContain($">{outside}</a>", html);
        Assert.Contains("invitation-chip", html);
        Assert.Contains("Undang semua yang belum online di Kota Jambi", html);
        Assert.Contains("aria-sort=\"descending\"", html);
    }

    [Fact]
    public async Task A_filter_word_the_registry_does_not_know_is_named_and_ignored()
    {
        var total = await app.QueryAsync(db => db.Groups.CountAsync(Ct));
        using var staff = await SignedInAsync(app, StaffEmail);

        using var response = await staff.GetAsync("/staf/kelompok?bidang=tambang-emas", Ct);

        var html = await BodyAsync(response);
        Assert.Contains("Bidang usaha \"tambang-emas\" tidak dikenal", html);
        Assert.Contains("Saringan ini diabaikan.", html);
        Assert.Contains($"dari {total} kelompok", html);
    }

    [Fact]
    public async Task The_group_page_shows_the_registry_record_with_the_leader_members_products_booths_and_the_staff_decisions()
    {
        var group = await app.QueryAsync(db => db.Groups.Where(g => g.Slug == "uppka-mekar-sari-tangkit")
            .Select(g => new { g.Id, g.Name, g.LeaderName, g.LeaderPhone, g.RegistrationNumber }).SingleAsync(Ct));
        var exhibition = await app.QueryAsync(db => db.Booths.Where(b => b.GroupId == group.Id).Select(b => b.Exhibition!.Title).FirstAsync(Ct));
        // A staff decision for the trail: deactivated for a while, then active again.
        var registry = app.Services.GetRequiredService<GroupRegistryService>();
        await registry.SetActiveAsync(await StaffActorAsync(app), group.Id, false, "Data ketua diperiksa", Ct);
        await registry.SetActiveAsync(await StaffActorAsync(app), group.Id, true, ct: Ct);

        using var staff = await SignedInAsync(app, StaffEmail);
        using var response = await staff.GetAsync($"/staf/kelompok/{group.Id}", Ct);

        var html = await BodyAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Data registrasi", html);
        Assert.Contains(group.RegistrationNumber, html);
        Assert.Contains(group.LeaderName!, html);
        Assert.Contains(group.LeaderPhone!, html);
        Assert.Contains("Pengurus " + group.Name, html);
        Assert.Contains("tayang", html);
        Assert.Contains(exhibition, html);
        // The demo member's account came from an accepted invitation: online, so no leader link is offered.
        Assert.Matches(@"Online sejak \d{1,2} \p{L}+ \d{4}", html);
        Assert.DoesNotContain("Kirim ulang (tautan baru)", html);
        Assert.DoesNotContain("Buat tautan undangan", html);
        Assert.Contains("Riwayat keputusan staf", html);
        Assert.Contains("Kelompok dinonaktifkan", html);
        Assert.Contains("Kelompok ini — Data ketua diperiksa", html);
        Assert.Contains("Kelompok diaktifkan lagi", html);
        Assert.Contains("Staf BKKBN Jambi", html);
        Assert.Contains("Nonaktifkan kelompok", html);
    }

    [Fact]
    public async Task An_unknown_group_page_says_so()
    {
        using var staff = await SignedInAsync(app, StaffEmail);

        using var response = await staff.GetAsync("/staf/kelompok/987654", Ct);

        var html = await BodyAsync(response);
        Assert.Contains("Kelompok tidak ditemukan", html);
        Assert.DoesNotContain("Data registrasi", html);
    }

    [Theory]
    [InlineData("/staf/kelompok")]
    [InlineData("/staf/kelompok/1")]
    public async Task A_member_is_kept_out_of_the_registry_pages(string path)
    {
        using var member = await SignedInAsync(app, "anggota2@uppka.test");

        using var response = await member.GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/akun/ditolak", Target(response));
    }
}
