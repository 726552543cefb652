using Microsoft.Playwright;

namespace UppkaCatalog.BrowserTests.Pages.Staff;

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
}
