using UppkaCatalog.Tests.Shared;
using UppkaCatalog.Web.Tests.Support;
using static UppkaCatalog.Web.Tests.Support.AccountFlows;

namespace UppkaCatalog.Web.Tests.Components.Pages.Manage;

/// <summary>
/// <c>/kelola/program</c> and the overview's "Program mitra", as the server renders them for a signed-in demo member (the
/// real app on the demo data; read only). Member 3 is UPPKA Kenanga (crafts, self-reliant) with a sewing application;
/// member 5 is UPPKA Sejahtera, whose food training application the partner rejected with a reason. Its own app: anggota3
/// is locked on purpose by SignInTests in the shared demo app.
/// </summary>
public sealed class MemberProgrammesPageTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_ineligible_group_sees_every_open_programme_with_each_reason_and_its_own_application()
    {
        using var culture = new CultureScope("id-ID");
        using var member = await SignedInAsync(app, "anggota3@uppka.test");

        var html = Html.Text(await member.GetStringAsync("/kelola/program", Ct));

        Assert.Contains(">Program mitra</h1>", html);
        Assert.Contains("href=\"/program/pelatihan-pengolahan-pangan-dan-kemasan-2026\"", html);
        Assert.Contains("Program ini hanya untuk bidang usaha:", html);
        Assert.Contains("Program ini hanya untuk kelompok tahap:", html);
        Assert.Contains("Kelompok Anda belum bisa mendaftar:", html);
        // Its sewing application: the badge, and "Daftar" is not offered twice.
        Assert.Contains("application-status", html);
        Assert.Contains("Mendaftar", html);
        Assert.Contains("Batalkan pendaftaran", html);
        Assert.DoesNotContain("href=\"/kelola/program/pelatihan-pengolahan-pangan-dan-kemasan-2026/daftar\"", html);
        Assert.Contains("href=\"/kelola/program\"", html); // ManageNav
    }

    [Fact]
    public async Task An_eligible_group_gets_the_apply_link_and_the_form_has_one_input_per_seat()
    {
        using var culture = new CultureScope("id-ID");
        using var member = await SignedInAsync(app, "anggota13@uppka.test");

        var list = Html.Text(await member.GetStringAsync("/kelola/program", Ct));
        var form = Html.Text(await member.GetStringAsync("/kelola/program/pelatihan-pengolahan-pangan-dan-kemasan-2026/daftar", Ct));
        var zakat = Html.Text(await member.GetStringAsync("/kelola/program/jambi-sejahtera-bantuan-alat-usaha-2026/daftar", Ct));

        Assert.Contains("href=\"/kelola/program/pelatihan-pengolahan-pangan-dan-kemasan-2026/daftar\"", list);
        Assert.Contains("Daftar: Pelatihan Pengolahan Pangan dan Kemasan", form);
        Assert.Contains("field-attendees-0", form);
        Assert.DoesNotContain("field-attendees-1", form);
        Assert.DoesNotContain("mustahik", form);
        Assert.Contains("mustahik", zakat);
    }

    [Fact]
    public async Task The_overview_lists_the_groups_decisions_with_the_partners_reason()
    {
        using var culture = new CultureScope("id-ID");
        using var member = await SignedInAsync(app, "anggota5@uppka.test");

        var html = Html.Text(await member.GetStringAsync("/kelola", Ct));

        Assert.Contains("id=\"programmes-heading\"", html);
        Assert.Contains("Pelatihan Pengolahan Pangan dan Kemasan", html);
        Assert.Contains("Ditolak", html);
        Assert.Contains("Kelompok sudah ikut pelatihan yang sama tahun lalu; utamakan kelompok yang belum pernah.", html);
    }
}
