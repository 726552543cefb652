using UppkaCatalog.BrowserTests.Pages.Account;
using Microsoft.EntityFrameworkCore;
using UppkaCatalog.BrowserTests.Pages.Staff;
using static Microsoft.Playwright.Assertions;

namespace UppkaCatalog.BrowserTests.Pages.Staff;

/// <summary>
/// Staff bring the demo's registry of 574 groups in from <c>/staf/kelompok</c>: upload, read the preview (every row new,
/// none refused; looked at and axe-checked at 360 and 1280 px), confirm, and the groups are in the registry.
/// </summary>
public sealed class RegistryImportTests(AppFixture app) : BrowserTest(app)
{
    private string DemoFile => Path.Combine(App.RepoRoot, "wwwroot-assets", "demo", "registri-uppka-jambi.csv");

    [Fact]
    public async Task Staff_import_the_574_group_demo_file_through_the_preview_and_confirm()
    {
        var numbers = File.ReadLines(DemoFile).Skip(1).Select(l => l.Split(';')[0]).ToList();
        // The browser tests share one database: count what is there already rather than assume it.
        var known = await StaffTestData.QueryAsync(App, db => db.Groups.CountAsync(g => numbers.Contains(g.RegistrationNumber)));

        // On a phone: from the group list to the import page, the preview fits and passes axe.
        var phone = await NewPageAsync(width: 360);
        await StaffAreaPage.SignInAsync(phone);
        var groups = new GroupsPage(phone);
        await groups.OpenAsync();
        await phone.Locator("main a[href='/staf/kelompok/impor']").ClickAsync();
        await phone.ArrivedAsync(url => url.EndsWith(RegistryImportPage.Path, StringComparison.Ordinal));
        var small = new RegistryImportPage(phone);
        await small.WaitInteractiveAsync();
        await small.PreviewAsync(DemoFile);
        await Expect(small.Summary).ToHaveTextAsync($"574 baris: {574 - known} kelompok baru, 0 berubah, {known} tetap, 0 ditolak.");
        await LookAsync(small, 360);

        // At a desk: the same preview, then the import.
        var desk = await NewPageAsync();
        await StaffAreaPage.SignInAsync(desk);
        var import = new RegistryImportPage(desk);
        await import.OpenAsync();
        await import.PreviewAsync(DemoFile);
        await Expect(import.Summary).ToContainTextAsync("574 baris");
        await Expect(import.Rows).ToHaveCountAsync(25);
        await Expect(import.Rows.First).ToContainTextAsync(numbers[0]);
        await Expect(import.Page.Locator("main .mud-table-pagination")).ToContainTextAsync("1–25 dari 574");
        await LookAsync(import, 1280);
        if (known < 574)
        {
            await Expect(import.ConfirmButton).ToHaveTextAsync($"Impor {574 - known} kelompok");
            await import.ConfirmButton.ClickAsync();
            await Expect(import.Result).ToContainTextAsync($"Impor selesai: {574 - known} kelompok baru, 0 diperbarui, {known} tetap, 0 baris ditolak.", new() { Timeout = 60_000 });
        }

        Assert.Equal(574, await StaffTestData.QueryAsync(App, db => db.Groups.CountAsync(g => numbers.Contains(g.RegistrationNumber))));
        var first = await StaffTestData.QueryAsync(App, db => db.Groups.Include(g => g.Regency).SingleAsync(g => g.RegistrationNumber == numbers[0]));
        Assert.Equal(("Kabupaten Kerinci", "+6281255520001"), (first.Regency!.Name, first.LeaderPhone));
    }

    private async Task LookAsync(RegistryImportPage view, int width)
    {
        var file = App.ScreenshotPath($"staf-kelompok-impor-pratinjau-{width}");
        await view.ScreenshotAsync(file);
        TestContext.Current.TestOutputHelper?.WriteLine($"screenshot of {view.Page.Url} at {width}px: {file}");
        await LookChecks.AssertAxeCleanAsync(view.Page);
        if (width < 400) await LookChecks.AssertFitsAsync(view, width, file);
    }
}
