using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using UppkaCatalog.BrowserTests.Pages.Manage;
using UppkaCatalog.BrowserTests.Pages.Partner;
using UppkaCatalog.BrowserTests.Pages.Staff;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Programmes;
using UppkaCatalog.Tests.Shared;
using static Microsoft.Playwright.Assertions;

namespace UppkaCatalog.BrowserTests.Pages.Record;

/// <summary>
/// The partnership end to end, each person in their own browser: BLKP's officer opens a new training for applications, a
/// member on a 360 px phone applies, the officer accepts, records the attendance and an equipment hand-over with a real
/// photo, the member finds both on the group's development record, and staff see the programme in the report with the equipment's value. The
/// programme is this test's own (a draft made through the service); the member (demo group 12) is used by no other test.
/// </summary>
public sealed class PartnershipJourneyTests(AppFixture app) : BrowserTest(app)
{
    private const string MemberEmail = "anggota12@uppka.test";

    private async Task<ProgrammeView> NewDraftAsync(string title)
    {
        var officer = await StaffTestData.QueryAsync(App, db => db.Users.Where(u => u.Email == PartnerAreaPage.BlkpOfficer).Select(u => new { u.Id, u.PartnerId }).SingleAsync());
        var actor = new Actor(officer.Id, null, IsStaff: false, PartnerId: officer.PartnerId);
        var today = DateTime.UtcNow.AddHours(7).Date;
        return await App.Services.GetRequiredService<ProgrammeService>().CreateAsync(actor, new ProgrammeInput
        {
            Title = title, Kind = ProgrammeKind.Training, Description = "Pelatihan sablon kemasan dan label untuk produk kelompok.",
            Location = "BLKP Provinsi Jambi", Requirements = "Membawa contoh kemasan.", ApplicationOpensAtWib = today.AddDays(-1),
            ApplicationClosesAtWib = today.AddDays(14), Quota = 5, SeatsPerGroup = 2,
            Sessions = [new SessionInput { StartsAtWib = today.AddDays(20).AddHours(8), EndsAtWib = today.AddDays(20).AddHours(15), Place = "Workshop BLKP" }],
        });
    }

    [Fact]
    public async Task Officer_opens_member_applies_officer_accepts_and_delivers_member_and_staff_see_it()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var programme = await NewDraftAsync($"Pelatihan Sablon Kemasan {suffix}");
        var group = await StaffTestData.QueryAsync(App, db => db.Users.Where(u => u.Email == MemberEmail).Select(u => u.Group!.Name).SingleAsync());

        // The officer opens the programme for applications.
        var officerPage = await NewPageAsync();
        await PartnerAreaPage.SignInAsync(officerPage);
        var editor = new PartnerProgrammePage(officerPage);
        await editor.OpenAsync(programme.Id);
        await officerPage.GetByRole(AriaRole.Button, new() { Name = "Buka pendaftaran" }).ClickAsync();
        await Expect(officerPage.Locator($"main a[href$='/program/{programme.Slug}']").First).ToBeVisibleAsync();

        // A member applies on a phone.
        var memberPage = await NewPageAsync(360);
        await MemberPage.SignInAsync(memberPage, MemberEmail);
        var choices = new MemberProgrammesPage(memberPage);
        await choices.ApplyAsync(programme.Slug, "Label kami masih ditulis tangan; kami ingin kemasan yang rapi.", "Sri Wahyuni");

        // The officer accepts, then records what the group received.
        await editor.OpenAsync(programme.Id);
        await editor.AcceptAsync(group);
        var applicationId = await StaffTestData.QueryAsync(App, db => db.ProgrammeApplications.Where(a => a.ProgrammeId == programme.Id).Select(a => a.Id).SingleAsync());
        var delivery = new PartnerApplicationPage(officerPage);
        await delivery.OpenAsync(applicationId);
        await delivery.RecordAttendanceAsync("Rahmawati");
        var item = $"Alat sablon manual {suffix}";
        await delivery.FillEquipmentAsync(item, 1, "2.750.000");
        await delivery.ChoosePhotoAsync(new FilePayload { Name = "serah-terima.jpg", MimeType = "image/jpeg", Buffer = TestImages.PhoneJpegWithGps(1600, 1200) });
        await delivery.SaveEquipmentAsync();
        await delivery.Delivery(item).WaitForAsync();

        // The member sees it on the development record.
        var record = new DevelopmentRecordPage(memberPage);
        await record.OpenAsync("/kelola/rekam-jejak");
        var onRecord = record.Programme(applicationId);
        await Expect(onRecord).ToContainTextAsync(programme.Title);
        await Expect(onRecord).ToContainTextAsync("Hadir: Sri Wahyuni, Rahmawati");
        await Expect(onRecord).ToContainTextAsync($"{item} × 1, senilai Rp 2.750.000");
        var photo = onRecord.Locator("img.delivery__photo");
        await Expect(photo).ToHaveAttributeAsync("src", new System.Text.RegularExpressions.Regex("^/media/handover/"));
        await memberPage.WaitForFunctionAsync("img => img.complete && img.naturalWidth > 0", await photo.ElementHandleAsync());
        await record.ScreenshotAsync(App.ScreenshotPath("perjalanan-kemitraan-rekam-jejak-360"));

        // Staff see the programme in the report, with the group reached and the equipment's value.
        var staffPage = await NewPageAsync();
        await StaffAreaPage.SignInAsync(staffPage);
        var report = new ProgrammeReportPage(staffPage);
        await report.OpenAsync();
        var row = report.Row("programmes", programme.Slug);
        await Expect(row).ToContainTextAsync(programme.Title);
        await Expect(row.Locator("td").Nth(2)).ToHaveTextAsync("Rp 2.750.000");
    }
}
