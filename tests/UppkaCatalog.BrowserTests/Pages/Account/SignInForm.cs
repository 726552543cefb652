using Microsoft.Playwright;

namespace UppkaCatalog.BrowserTests.Pages.Account;

/// <summary><c>/masuk</c>: one field for an email or a phone number, and the password.</summary>
public sealed class SignInForm(IPage page) : BasePage(page)
{
    public const string Path = "/masuk";

    public ILocator Login => Page.GetByLabel("Email atau nomor HP");

    public ILocator Password => Page.Locator("main input#password");

    public ILocator Submit => Page.Locator("main form button[type=submit]");

    public Task<IResponse> OpenAsync() => GotoAsync(Path);

    public async Task SignInAsync(string login, string password)
    {
        await Login.FillAsync(login);
        await Password.FillAsync(password);
        await Submit.ClickAsync();
    }

    /// <summary>
    /// Signs in and waits only until the browser has left <c>/masuk</c> (the next page's response committed), not for
    /// that page's load event: the caller opens the page it needs next and waits for that one. Waiting for the load of
    /// the staff dashboard (MudBlazor's CSS and script) was what timed out on a loaded 2-core machine while the app
    /// answered every request in time (StallWatch logged nothing).
    /// </summary>
    public static async Task SignInAndLeaveAsync(IPage page, string login, string password)
    {
        var form = new SignInForm(page);
        await form.OpenAsync();
        await form.SignInAsync(login, password);
        await page.ArrivedAsync(url => !url.Contains(Path, StringComparison.Ordinal));
    }
}
