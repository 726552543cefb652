using Microsoft.EntityFrameworkCore;
using UppkaCatalog.BrowserTests.Pages.Staff;
using UppkaCatalog.Core.Programmes;
using static Microsoft.Playwright.Assertions;

namespace UppkaCatalog.BrowserTests.Pages.Partner;

/// <summary>
/// A partner officer in <c>/mitra</c>: signs in and lands on their programmes, opens the demo sewing course, accepts one
/// application and rejects another with a reason; the list and a programme page pass axe and are screenshotted at 360
/// and 1280 px.
/// </summary>
public sealed class PartnerAreaTests(AppFixture app) : BrowserTest(app)
{
    private const string Sewing = "pelatihan-menjahit-busana-muslim-2026";
    private const string Food = "pelatihan-pengolahan-pangan-dan-kemasan-2026";

    private Task<List<(string Group, ApplicationStatus Status)>> ApplicationsAsync(string slug) =>
        StaffTestData.QueryAsync(App, async db => (await db.ProgrammeApplications.Where(a => a.Programme!.Slug == slug)
            .Select(a => new { a.Group!.Name, a.Status }).ToListAsync()).Select(a => (a.Name, a.Status)).ToList());

    [Fact]
    public async Task An_officer_accepts_one_application_and_rejects_another_with_a_reason()
    {
        var before = await ApplicationsAsync(Sewing);
        var applied = before.First(a => a.Status == ApplicationStatus.Applied).Group;
        var shortlisted = before.First(a => a.Status == ApplicationStatus.Shortlisted).Group;
        var page = await NewPageAsync();

        await PartnerAreaPage.SignInAsync(page);
        var list = new PartnerProgrammesPage(page);
        await list.WaitInteractiveAsync();
        Assert.EndsWith("/mitra", new Uri(page.Url).AbsolutePath);
        await list.ProgrammeLinks.GetByText("Pelatihan Menjahit Busana Muslim").ClickAsync();
        var programme = new PartnerProgrammePage(page);
        await programme.WaitInteractiveAsync();
        await programme.AcceptAsync(shortlisted);
        await programme.RejectAsync(applied, "Kuota angkatan ini untuk kelompok yang belum pernah ikut.");

        await Expect(programme.Application(applied)).ToContainTextAsync("Kuota angkatan ini untuk kelompok yang belum pernah ikut.");
        var after = await ApplicationsAsync(Sewing);
        Assert.Contains((shortlisted, ApplicationStatus.Accepted), after);
        Assert.Contains((applied, ApplicationStatus.Rejected), after);
    }

    public static TheoryData<string, int> Cases()
    {
        var data = new TheoryData<string, int>();
        foreach (var name in new[] { "mitra", "mitra-program" })
        {
            data.Add(name, 360);
            data.Add(name, 1280);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Page_has_no_serious_axe_violations_and_fits_a_phone(string name, int width)
    {
        var page = await NewPageAsync(width);
        await PartnerAreaPage.SignInAsync(page);
        BasePage view;
        if (name == "mitra")
        {
            var list = new PartnerProgrammesPage(page);
            await list.OpenAsync();
            view = list;
        }
        else
        {
            var programme = new PartnerProgrammePage(page);
            await programme.OpenAsync(await PartnerAreaPage.ProgrammeIdAsync(App, Food));
            view = programme;
        }

        var file = App.ScreenshotPath($"{name}-{width}");
        await view.ScreenshotAsync(file);
        await LookChecks.AssertAxeCleanAsync(page);
        if (width > 400) return;
        await LookChecks.AssertFitsAsync(view, width, file);
    }
}
