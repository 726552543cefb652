using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using UppkaCatalog.BrowserTests.Pages.Staff;
using UppkaCatalog.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;

namespace UppkaCatalog.BrowserTests.Pages.Manage;

/// <summary>
/// Every page of /kelola and /staf, before its circuit is live: "Menyiapkan formulir…" on screen and
/// not one field or button that takes input (typing into the prerendered page would be wiped), fitting
/// a 360 px phone; once live, the status goes and the controls work.
/// </summary>
public sealed class AreaPreparingTests(AppFixture app) : BrowserTest(app)
{
    private static readonly string[] MemberPaths = ["/kelola", "/kelola/produk", "/kelola/produk/baru", "/kelola/profil", "/kelola/pertanyaan", "/kelola/pameran"];

    private static readonly string[] StaffPaths = ["/staf", "/staf/moderasi", "/staf/kelompok", "/staf/pertanyaan", "/staf/pameran", "/staf/pameran/baru"];

    [Fact]
    public async Task Member_pages_take_no_input_until_live()
    {
        var page = await NewPageAsync(width: 360);
        await MemberPage.SignInAsync(page, "anggota11@uppka.test");
        var exhibition = await StaffTestData.QueryAsync(App, db => db.Exhibitions.OrderBy(e => e.Id).Select(e => e.Id).FirstAsync());
        await CheckAsync(page, [.. MemberPaths, $"/kelola/pameran/{exhibition}"]);
    }

    [Fact]
    public async Task Staff_pages_take_no_input_until_live()
    {
        var page = await NewPageAsync(width: 360);
        await StaffAreaPage.SignInAsync(page);
        var group = await StaffTestData.QueryAsync(App, db => db.Groups.OrderBy(g => g.Id).Select(g => g.Id).FirstAsync());
        var exhibition = await StaffTestData.QueryAsync(App, db => db.Exhibitions.OrderBy(e => e.Id).Select(e => e.Id).FirstAsync());
        await CheckAsync(page, [.. StaffPaths, $"/staf/kelompok/{group}", $"/staf/pameran/{exhibition}"]);
    }

    private async Task CheckAsync(IPage page, IEnumerable<string> paths)
    {
        var script = await HeldBlazorScript.AttachAsync(page);
        var view = new ProductEditorPage(page);
        var controls = page.Locator("main").Locator("input:not([type=hidden]), select, textarea, button");
        foreach (var path in paths)
        {
            script.Hold();
            await page.GotoAsync(path, new() { WaitUntil = WaitUntilState.Commit });
            await Expect(view.Preparing).ToHaveTextAsync("Menyiapkan formulir…");
            await Expect(view.AreaBody).ToHaveAttributeAsync("aria-busy", "true");
            // The page as prerendered is whole (its last element is there) before counting what takes input.
            await page.Locator("footer.site-footer").WaitForAsync();
            var enabled = await page.Locator("main").Locator("input:not([type=hidden]):enabled, select:enabled, textarea:enabled, button:enabled").EvaluateAllAsync<string[]>(
                "els => els.map(e => e.outerHTML.slice(0, 120))");
            Assert.True(enabled.Length == 0, $"{path} before the circuit is live: controls that take input:\n  {string.Join("\n  ", enabled)}");
            var shot = App.ScreenshotPath("menyiapkan-360" + path.Replace('/', '-'));
            await page.ScreenshotAsync(new() { Path = shot, FullPage = true });
            await LookChecks.AssertFitsAsync(view, 360, shot);
            TestContext.Current.TestOutputHelper?.WriteLine($"{path}: {await controls.CountAsync()} controls, all disabled; {shot}");

            script.Release();
            await Expect(view.Preparing).ToHaveCountAsync(0, new() { Timeout = 45_000 });
            await Expect(view.AreaBody).Not.ToHaveAttributeAsync("disabled", "");
        }
    }
}
