using Microsoft.EntityFrameworkCore;
using UppkaCatalog.BrowserTests.Pages.Staff;
using UppkaCatalog.Core.Programmes;
using static Microsoft.Playwright.Assertions;

namespace UppkaCatalog.BrowserTests.Pages.Record;

/// <summary>
/// The development record as its three readers see it: the member of the group Disnakertrans equipped (360 px: what it
/// received, the recorded 90-day follow-up, the activity table), a member recording a due follow-up with rupiah typed the
/// Indonesian way, staff deleting a group's programme personal data when it withdraws consent, and the partner seeing only
/// its own programmes. Uses the demo's equipment aid and the rejected food application, which no other browser test changes.
/// </summary>
public sealed class DevelopmentRecordTests(AppFixture app) : BrowserTest(app)
{
    private const string Food = "pelatihan-pengolahan-pangan-dan-kemasan-2026";

    private Task<List<RecordTestData.DemoApplication>> EquipmentAidAsync() => RecordTestData.ApplicationsAsync(App, DevelopmentRecordPage.EquipmentAid);

    [Fact]
    public async Task The_equipped_groups_member_at_360_px_sees_the_hand_over_and_the_follow_up()
    {
        var completed = (await EquipmentAidAsync()).First(a => a.Status == ApplicationStatus.Completed);
        Assert.NotNull(completed.MemberEmail);
        var page = await NewPageAsync(360);
        await RecordTestData.SignInMemberAsync(page, completed.MemberEmail!);
        var record = new DevelopmentRecordPage(page);

        await record.OpenAsync("/kelola/rekam-jejak");

        await Expect(record.Heading).ToContainTextAsync(completed.GroupName);
        var programme = record.Programme(completed.Id);
        await Expect(programme).ToContainTextAsync("Bantuan Peralatan Teknologi Tepat Guna");
        await Expect(programme).ToContainTextAsync("Mesin pengering (oven listrik 3 rak) × 1, senilai Rp 7.500.000");
        await Expect(record.FollowUp(completed.Id)).ToContainTextAsync("Rp 4.500.000");
        await Expect(record.FollowUp(completed.Id)).ToContainTextAsync("dalam 90 hari sebelum diterima");
        Assert.Equal(12, await record.ActivityRows.CountAsync());
    }

    [Fact]
    public async Task A_member_records_the_due_follow_up_and_a_comma_gets_a_message_not_a_wrong_figure()
    {
        var accepted = (await EquipmentAidAsync()).First(a => a.Status == ApplicationStatus.Accepted);
        Assert.NotNull(accepted.MemberEmail);
        var page = await NewPageAsync(360);
        await RecordTestData.SignInMemberAsync(page, accepted.MemberEmail!);
        var record = new DevelopmentRecordPage(page);
        await record.OpenAsync("/kelola/rekam-jejak");
        var followUp = record.FollowUp(accepted.Id);
        await Expect(followUp).ToContainTextAsync("Sudah 90 hari sejak diterima");

        await record.RecordFollowUpAsync(accepted.Id, "2.500.000,50", "800.000", "Kopi dikemas rapi dengan sealer; toko oleh-oleh mau menerima.");
        await Expect(followUp).ToContainTextAsync("Tulis rupiah utuh tanpa koma");
        await Expect(followUp.Locator("textarea[name=note]")).ToHaveValueAsync("Kopi dikemas rapi dengan sealer; toko oleh-oleh mau menerima.");
        await followUp.Locator("input[name=monthlySales]").FillAsync("2.500.000");
        await followUp.Locator("button[type=submit]").ClickAsync();

        await Expect(record.Snackbars.Filter(new() { HasText = "Tindak lanjut tersimpan" })).ToBeVisibleAsync();
        await Expect(followUp.Locator(".follow-up__figures")).ToContainTextAsync("Rp 2.500.000");
        await Expect(followUp.Locator(".follow-up__figures")).ToContainTextAsync("Rp 800.000");
        var stored = await StaffTestData.QueryAsync(App, db => db.FollowUps.Where(f => f.ApplicationId == accepted.Id).Select(f => new { f.MonthlySales, f.MonthlyIncome }).SingleAsync());
        Assert.Equal((2_500_000L, 800_000L), (stored.MonthlySales!.Value, stored.MonthlyIncome!.Value));
    }

    [Fact]
    public async Task Staff_delete_a_groups_programme_personal_data_when_it_withdraws_consent()
    {
        var rejected = (await RecordTestData.ApplicationsAsync(App, Food)).First(a => a.Status == ApplicationStatus.Rejected);
        var page = await NewPageAsync();
        await RecordTestData.SignInStaffAsync(page);
        var record = new DevelopmentRecordPage(page);
        await record.OpenAsync($"/staf/kelompok/{rejected.GroupId}/rekam-jejak");
        await Expect(record.Programme(rejected.Id)).ToContainTextAsync("Peserta: Dewi");

        await page.Locator("main .consent__withdraw").ClickAsync();
        await page.GetByRole(Microsoft.Playwright.AriaRole.Dialog).GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Hapus data pribadi program" }).ClickAsync();

        await Expect(record.Snackbars.Filter(new() { HasText = "Dihapus: " })).ToBeVisibleAsync();
        await Expect(record.Programme(rejected.Id)).ToContainTextAsync("nama dihapus");
        await Expect(record.Programme(rejected.Id)).Not.ToContainTextAsync("Dewi");
        var names = await StaffTestData.QueryAsync(App, db => db.ProgrammeApplications.Where(a => a.GroupId == rejected.GroupId).Select(a => a.Attendees).ToListAsync());
        Assert.All(names.SelectMany(n => n), n => Assert.Equal(ProgrammePrivacyService.ErasedName, n));
    }

    [Fact]
    public async Task A_partner_sees_its_own_programme_on_the_record_and_another_partner_does_not()
    {
        var completed = (await EquipmentAidAsync()).First(a => a.Status == ApplicationStatus.Completed);
        var disnaker = await NewPageAsync();
        await RecordTestData.SignInPartnerAsync(disnaker, "mitra2@uppka.test");
        var own = new DevelopmentRecordPage(disnaker);
        await own.OpenAsync($"/mitra/kelompok/{completed.GroupId}");
        await Expect(own.Programme(completed.Id)).ToContainTextAsync("Rp 7.500.000");

        var blkp = await NewPageAsync();
        await RecordTestData.SignInPartnerAsync(blkp, "mitra1@uppka.test");
        var other = new DevelopmentRecordPage(blkp);
        await other.OpenAsync($"/mitra/kelompok/{completed.GroupId}");
        await Expect(blkp.Locator("main")).Not.ToContainTextAsync("Teknologi Tepat Guna");
        await Expect(blkp.Locator("main")).Not.ToContainTextAsync("Rp 7.500.000");
    }

    public static TheoryData<string, int> Cases()
    {
        var data = new TheoryData<string, int>();
        foreach (var area in new[] { "kelola", "staf", "mitra" })
        {
            data.Add(area, 360);
            data.Add(area, 1280);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Record_page_has_no_serious_axe_violations_and_fits_a_phone(string area, int width)
    {
        var completed = (await EquipmentAidAsync()).First(a => a.Status == ApplicationStatus.Completed);
        var page = await NewPageAsync(width);
        var record = new DevelopmentRecordPage(page);
        switch (area)
        {
            case "kelola":
                await RecordTestData.SignInMemberAsync(page, completed.MemberEmail!);
                await record.OpenAsync("/kelola/rekam-jejak");
                break;
            case "staf":
                await RecordTestData.SignInStaffAsync(page);
                await record.OpenAsync($"/staf/kelompok/{completed.GroupId}/rekam-jejak");
                break;
            default:
                await RecordTestData.SignInPartnerAsync(page, "mitra2@uppka.test");
                await record.OpenAsync($"/mitra/kelompok/{completed.GroupId}");
                break;
        }

        await Expect(record.Programme(completed.Id)).ToBeVisibleAsync();
        var file = App.ScreenshotPath($"rekam-jejak-{area}-{width}");
        await record.ScreenshotAsync(file);
        await LookChecks.AssertAxeCleanAsync(page);
        if (width > 400) return;
        await LookChecks.AssertFitsAsync(record, width, file);
    }
}
