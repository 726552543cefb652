using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using UppkaCatalog.BrowserTests.Pages.Account;
using UppkaCatalog.BrowserTests.Pages.Staff;

namespace UppkaCatalog.BrowserTests.Pages.Partner;

/// <summary>A page of the partner officers' area (<c>/mitra</c>): interactive, so tests wait for the circuit before they click.</summary>
public abstract class PartnerAreaPage(IPage page) : BasePage(page)
{
    /// <summary>BLKP Provinsi Jambi's officer in the demo.</summary>
    public const string BlkpOfficer = "mitra1@uppka.test";

    public ILocator Snackbars => Page.Locator(".mud-snackbar");

    public async Task OpenPathAsync(string path)
    {
        await GotoAsync(path);
        await WaitInteractiveAsync();
    }

    public Task WaitInteractiveAsync() =>
        Page.Locator("nav.partner-nav[data-interactive=true]").WaitForAsync(new() { Timeout = 45_000 });

    /// <summary>Signs in through <c>/masuk</c>; an officer lands on <c>/mitra</c>.</summary>
    public static Task SignInAsync(IPage page, string login = BlkpOfficer) =>
        SignInForm.SignInAndLeaveAsync(page, login, StaffAreaPage.DemoPassword);

    /// <summary>A demo programme's id by its address.</summary>
    public static Task<int> ProgrammeIdAsync(AppFixture app, string slug) =>
        StaffTestData.QueryAsync(app, db => db.Programmes.Where(p => p.Slug == slug).Select(p => p.Id).SingleAsync());
}

/// <summary><c>/mitra</c>: the officer's programmes.</summary>
public sealed class PartnerProgrammesPage(IPage page) : PartnerAreaPage(page)
{
    public const string Path = "/mitra";

    public ILocator ProgrammeLinks => Page.Locator("main .programme-list a[href^='/mitra/program/']");

    public Task OpenAsync() => OpenPathAsync(Path);
}

/// <summary><c>/mitra/program/{id}</c>: status, applications with their decisions, and the form.</summary>
public sealed class PartnerProgrammePage(IPage page) : PartnerAreaPage(page)
{
    public ILocator Application(string group) => Page.Locator($"main li.application[data-group='{group}']");

    public ILocator Status(string group) => Application(group).Locator(".application__head");

    public Task OpenAsync(int id) => OpenPathAsync($"/mitra/program/{id}");

    public async Task AcceptAsync(string group)
    {
        await Application(group).GetByRole(AriaRole.Button, new() { Name = "Terima", Exact = false }).ClickAsync();
        await Status(group).GetByText("Diterima").WaitForAsync();
    }

    public async Task RejectAsync(string group, string reason)
    {
        var card = Application(group);
        await card.GetByRole(AriaRole.Button, new() { Name = "Tolak", Exact = false }).ClickAsync();
        await card.Locator("textarea[id^='reason-']").FillAsync(reason);
        await card.Locator("button[id^='send-']").ClickAsync();
        await Status(group).GetByText("Ditolak").WaitForAsync();
    }
}
