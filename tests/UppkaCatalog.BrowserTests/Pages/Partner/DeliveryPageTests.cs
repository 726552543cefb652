using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using UppkaCatalog.BrowserTests.Pages.Staff;
using UppkaCatalog.Core.Programmes;
using UppkaCatalog.Tests.Shared;
using static Microsoft.Playwright.Assertions;

namespace UppkaCatalog.BrowserTests.Pages.Partner;

/// <summary>
/// BLKP's officer opens the food training's accepted application from the programme page and records what the group
/// received: attendance (the named attendee plus a name typed in), then an equipment hand-over — first refused (no item,
/// a file that is no photo: the pipeline's message, the typed values kept), then with a real JPEG. Both are listed with
/// the thumbnail and rupiah. The page passes axe and fits 360 and 1280 px.
/// </summary>
public sealed class DeliveryPageTests(AppFixture app) : BrowserTest(app)
{
    private const string Food = "pelatihan-pengolahan-pangan-dan-kemasan-2026";

    [Fact]
    public async Task An_officer_records_attendance_and_an_equipment_hand_over_with_a_photo()
    {
        var applicationId = await PartnerApplicationPage.DeliverableApplicationIdAsync(App, Food);
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var visitor = $"Peserta Tamu {suffix}";
        var item = $"Sealer kemasan {suffix}";
        var page = await NewPageAsync();
        await PartnerAreaPage.SignInAsync(page);
        var programme = new PartnerProgrammePage(page);
        await programme.OpenAsync(await PartnerAreaPage.ProgrammeIdAsync(App, Food));

        // From the programme's list of applications, as an officer would go.
        await page.Locator($"#application-{applicationId} a.application__open").ClickAsync();
        var view = new PartnerApplicationPage(page);
        await view.WaitInteractiveAsync();
        Assert.EndsWith(PartnerApplicationPage.PathFor(applicationId), new Uri(page.Url).AbsolutePath);
        await Expect(page.GetByRole(AriaRole.Checkbox, new() { Name = "Siti Aminah" })).ToBeCheckedAsync();

        await view.RecordAttendanceAsync(visitor);
        await Expect(view.Delivery(visitor)).ToContainTextAsync("Siti Aminah");

        await view.FillEquipmentAsync("", 2, "3.500.000");
        await view.ChoosePhotoAsync(new FilePayload { Name = "serah-terima.jpg", MimeType = "image/jpeg", Buffer = Encoding.UTF8.GetBytes("<html>bukan foto</html>") });
        await view.SaveEquipmentAsync();
        await Expect(view.FieldError("equipment", "equipment-item")).ToContainTextAsync("nama barang");
        await page.Locator("#equipment-item").FillAsync(item);
        await view.SaveEquipmentAsync();
        await Expect(view.PhotoError).ToBeVisibleAsync();
        var refusal = await view.PhotoError.TextContentAsync();
        Assert.DoesNotContain("Exception", refusal);
        await Expect(page.Locator("#equipment-rupiah")).ToHaveValueAsync("3.500.000");
        await Expect(page.Locator("#equipment-item")).ToHaveValueAsync(item);
        Assert.Empty(await StaffTestData.QueryAsync(App, db => db.Deliveries.Where(d => d.Item == item).ToListAsync()));

        await view.ChoosePhotoAsync(new FilePayload { Name = "serah-terima-2.jpg", MimeType = "image/jpeg", Buffer = TestImages.Jpeg(1200, 900, grain: true) });
        await view.SaveEquipmentAsync();
        var listed = view.Delivery(item);
        await listed.WaitForAsync();
        await Expect(listed).ToContainTextAsync("2 × " + item);
        await Expect(listed).ToContainTextAsync("Rp 3.500.000");
        var thumbnail = listed.Locator("img");
        await Expect(thumbnail).ToHaveAttributeAsync("src", new System.Text.RegularExpressions.Regex("^/media/handover/"));
        await page.WaitForFunctionAsync("img => img.complete && img.naturalWidth > 0", await thumbnail.ElementHandleAsync());
        await Expect(page.Locator("#equipment-item")).ToHaveValueAsync("");
        await view.ScreenshotAsync(App.ScreenshotPath("mitra-lamaran-dicatat-1280"));

        var stored = await StaffTestData.QueryAsync(App, db => db.Deliveries.Where(d => d.ApplicationId == applicationId).ToListAsync());
        Assert.Contains(stored, d => d.Kind == DeliveryKind.Attendance && d.Attendees.Contains("Siti Aminah") && d.Attendees.Contains(visitor));
        var equipment = Assert.Single(stored, d => d.Item == item);
        Assert.Equal((DeliveryKind.Equipment, 2, 3_500_000L), (equipment.Kind, equipment.Quantity, equipment.Rupiah));
        Assert.NotEmpty(equipment.Photo);
    }

    public static TheoryData<int> Widths() => [360, 1280];

    [Theory]
    [MemberData(nameof(Widths))]
    public async Task The_application_page_has_no_serious_axe_violations_and_fits(int width)
    {
        var applicationId = await PartnerApplicationPage.DeliverableApplicationIdAsync(App, Food);
        var page = await NewPageAsync(width);
        await PartnerAreaPage.SignInAsync(page);
        var view = new PartnerApplicationPage(page);
        await view.OpenAsync(applicationId);
        await view.ChooseKindAsync("Peralatan");

        var file = App.ScreenshotPath($"mitra-lamaran-{width}");
        await view.ScreenshotAsync(file);
        await LookChecks.AssertAxeCleanAsync(page);
        await LookChecks.AssertFitsAsync(view, width, file);
    }
}
