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

/// <summary><c>/mitra/lamaran/{id}</c>: one application, the "Catat penyaluran" forms (one per kind) and the deliveries recorded.</summary>
public sealed class PartnerApplicationPage(IPage page) : PartnerAreaPage(page)
{
    public static string PathFor(int applicationId) => $"/mitra/lamaran/{applicationId}";

    /// <summary>A demo application of <paramref name="slug"/> that deliveries may be recorded for (accepted or completed).</summary>
    public static Task<int> DeliverableApplicationIdAsync(AppFixture app, string slug) =>
        StaffTestData.QueryAsync(app, db => db.ProgrammeApplications
            .Where(a => a.Programme!.Slug == slug && (a.Status == Core.Programmes.ApplicationStatus.Accepted || a.Status == Core.Programmes.ApplicationStatus.Completed))
            .OrderBy(a => a.Id).Select(a => a.Id).FirstAsync());

    public Task OpenAsync(int applicationId) => OpenPathAsync(PathFor(applicationId));

    public ILocator Deliveries => Page.Locator("main ol.deliveries > li.delivery");

    public ILocator Delivery(string text) => Deliveries.Filter(new() { HasText = text });

    public ILocator Form(string kind) => Page.Locator($"#form-{kind}");

    /// <summary>The message beside a field of a tab's form (Mud fields and the photo alike use these classes).</summary>
    public ILocator FieldError(string kind, string inputId) =>
        Form(kind).Locator($".mud-input-control:has(#{inputId}) .mud-input-helper-text.mud-input-error, #{inputId}-error");

    public ILocator PhotoError => Page.Locator("#photo-error");

    /// <summary>Chooses what is recorded ("Kehadiran", "Peralatan", "Modal / rujukan", "Sertifikat").</summary>
    public Task ChooseKindAsync(string name) => Page.GetByRole(AriaRole.Radio, new() { Name = name, Exact = true }).CheckAsync();

    public async Task RecordAttendanceAsync(string otherName)
    {
        await ChooseKindAsync("Kehadiran");
        await Page.Locator("#attendance-others").FillAsync(otherName);
        await Page.Locator("#save-attendance").ClickAsync();
        await Delivery(otherName).WaitForAsync();
    }

    public async Task FillEquipmentAsync(string item, int quantity, string rupiah)
    {
        await ChooseKindAsync("Peralatan");
        await Page.Locator("#equipment-item").FillAsync(item);
        await Page.Locator("#equipment-quantity").FillAsync(quantity.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Page.Locator("#equipment-rupiah").FillAsync(rupiah);
    }

    public async Task ChoosePhotoAsync(FilePayload file)
    {
        // MudFileUpload adds a fresh input after each choice: the newest one is the one a click would open.
        await Form("equipment").Locator("input[type=file]").Last.SetInputFilesAsync(file);
        await Page.Locator("#photo-chosen").Filter(new() { HasText = file.Name }).WaitForAsync();
    }

    public Task SaveEquipmentAsync() => Page.Locator("#save-equipment").ClickAsync();
}
