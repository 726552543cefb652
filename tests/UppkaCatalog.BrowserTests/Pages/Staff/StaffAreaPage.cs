using Microsoft.Playwright;
using UppkaCatalog.BrowserTests.Pages.Account;

namespace UppkaCatalog.BrowserTests.Pages.Staff;

/// <summary>A page of the staff area (<c>/staf</c>): interactive, so tests wait for the circuit before they click.</summary>
public abstract class StaffAreaPage(IPage page) : BasePage(page)
{
    public const string StaffEmail = "staf@uppka.test";
    public const string DemoPassword = "Demo-UPPKA-2026";

    /// <summary>The area's own menu; its data-interactive turns "true" when the circuit has rendered the page.</summary>
    public ILocator AreaNav => Page.Locator("nav.staff-nav");

    /// <summary>Snackbar messages (approved, rejected, copied…).</summary>
    public ILocator Snackbars => Page.Locator(".mud-snackbar");

    public async Task OpenPathAsync(string path)
    {
        await GotoAsync(path);
        await WaitInteractiveAsync();
    }

    /// <summary>The same wait as the member area's: starting a circuit is a page's slowest step on a loaded machine.</summary>
    public Task WaitInteractiveAsync() =>
        Page.Locator("nav.staff-nav[data-interactive=true]").WaitForAsync(new() { Timeout = 45_000 });

    /// <summary>Signs in through <c>/masuk</c> with an email or phone number and waits to leave the sign-in page.</summary>
    public static Task SignInAsync(IPage page, string login = StaffEmail, string password = DemoPassword) =>
        SignInForm.SignInAndLeaveAsync(page, login, password);
}

/// <summary><c>/staf</c>: counts and the way to the queue and the groups; under them the regency dashboard.</summary>
public sealed class StaffDashboardPage(IPage page) : StaffAreaPage(page)
{
    public const string Path = "/staf";

    public ILocator Tiles => Page.Locator("main a.tile");

    /// <summary>One row per regency/city of the table (not the totals).</summary>
    public ILocator RegencyRows => Page.Locator("main .dashboard-table tbody tr");

    public ILocator TotalsRow => Page.Locator("main .dashboard-table tfoot tr");

    public ILocator Downloads => Page.Locator("main .dashboard ul.exports a[download]");

    /// <summary>A needing-help list: <c>not-publishing</c>, <c>rejected-twice</c> or <c>unanswered</c>.</summary>
    public ILocator HelpList(string name) => Page.Locator($"main ul.help__list[data-list={name}]");

    /// <summary>A row's figures as numbers (Indonesian thousands dots removed), after its name.</summary>
    public static async Task<int[]> FiguresAsync(ILocator row) =>
        [.. (await row.Locator("td").AllInnerTextsAsync()).Select(t => int.Parse(t.Replace(".", ""), System.Globalization.CultureInfo.InvariantCulture))];

    public Task OpenAsync() => OpenPathAsync(Path);
}
