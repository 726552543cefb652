using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using UppkaCatalog.BrowserTests.Pages.Manage;
using UppkaCatalog.BrowserTests.Pages.Partner;
using UppkaCatalog.BrowserTests.Pages.Staff;
using UppkaCatalog.Core.Programmes;

namespace UppkaCatalog.BrowserTests.Pages.Record;

/// <summary>A group's development record, in whichever area it is open (the member's, staff's or a partner's).</summary>
public sealed class DevelopmentRecordPage(IPage page) : BasePage(page)
{
    public const string EquipmentAid = "bantuan-peralatan-teknologi-tepat-guna-2026";

    public ILocator Programmes => Page.Locator("main article.record-programme");

    public ILocator Programme(int applicationId) => Page.Locator($"main article.record-programme[data-application='{applicationId}']");

    public ILocator FollowUp(int applicationId) => Page.Locator($"main .follow-up[data-follow-up='{applicationId}']");

    public ILocator ActivityRows => Page.Locator("main table.activity tbody tr");

    public ILocator Snackbars => Page.Locator(".mud-snackbar");

    /// <summary>Waits for the area's navigation to say the circuit is live, and for the record itself.</summary>
    public async Task WaitLoadedAsync()
    {
        await Page.Locator("nav[data-interactive=true]").First.WaitForAsync(new() { Timeout = 45_000 });
        await Page.Locator("main table.activity, main .mud-alert").First.WaitForAsync(new() { Timeout = 45_000 });
    }

    public async Task OpenAsync(string path)
    {
        await GotoAsync(path);
        await WaitLoadedAsync();
    }

    /// <summary>Types the group's figures into a due follow-up and saves it.</summary>
    public async Task RecordFollowUpAsync(int applicationId, string sales, string income, string note)
    {
        var form = FollowUp(applicationId);
        await form.Locator("input[name=monthlySales]").FillAsync(sales);
        await form.Locator("input[name=monthlyIncome]").FillAsync(income);
        await form.Locator("textarea[name=note]").FillAsync(note);
        await form.Locator("button[type=submit]").ClickAsync();
    }
}

/// <summary>The demo's applications to the closed equipment aid and the other rows these tests read, with the member accounts of their groups.</summary>
public static class RecordTestData
{
    public sealed record DemoApplication(int Id, int GroupId, string GroupName, ApplicationStatus Status, string? MemberEmail);

    public static Task<List<DemoApplication>> ApplicationsAsync(AppFixture app, string programmeSlug) =>
        StaffTestData.QueryAsync(app, async db => (await db.ProgrammeApplications.Where(a => a.Programme!.Slug == programmeSlug).OrderBy(a => a.Id)
                .Select(a => new { a.Id, a.GroupId, a.Group!.Name, a.Status, Email = db.Users.Where(u => u.GroupId == a.GroupId).OrderBy(u => u.Email).Select(u => u.Email).FirstOrDefault() })
                .ToListAsync())
            .Select(a => new DemoApplication(a.Id, a.GroupId, a.Name, a.Status, a.Email)).ToList());

    public static Task SignInMemberAsync(IPage page, string email) => MemberPage.SignInAsync(page, email);

    public static Task SignInStaffAsync(IPage page) => StaffAreaPage.SignInAsync(page);

    public static Task SignInPartnerAsync(IPage page, string email) => PartnerAreaPage.SignInAsync(page, email);
}
