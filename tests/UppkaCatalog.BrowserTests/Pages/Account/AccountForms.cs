using Microsoft.Playwright;

namespace UppkaCatalog.BrowserTests.Pages.Account;

/// <summary><c>/undangan/{token}</c>: a static form through which an invited member creates an account.</summary>
public sealed class InvitationAcceptPage(IPage page) : BasePage(page)
{
    public ILocator Phone => Page.Locator("main input#phone");

    public ILocator Email => Page.Locator("main input#email");

    public ILocator Password => Page.Locator("main input#password");

    public ILocator Repeat => Page.Locator("main input#repeat");

    public ILocator Submit => Page.Locator("main form button[type=submit]");

    /// <summary>The message under a field (phone, email, password, repeat).</summary>
    public ILocator Message(string field) => Page.Locator($"main #{field}-error");

    public ILocator Alert => Page.Locator("main .alert--error");

    public Task<IResponse> OpenAsync(string url) => GotoAsync(url);

    public async Task AcceptAsync(string phone, string password, string? repeat = null)
    {
        await Phone.FillAsync(phone);
        await Password.FillAsync(password);
        await Repeat.FillAsync(repeat ?? password);
        await Submit.ClickAsync();
    }
}

/// <summary><c>/akun/sandi</c>: change the password (static form).</summary>
public sealed class ChangePasswordForm(IPage page) : BasePage(page)
{
    public const string Path = "/akun/sandi";

    public ILocator Current => Page.Locator("main input#current");

    public ILocator New => Page.Locator("main input#new");

    public ILocator Repeat => Page.Locator("main input#repeat");

    public ILocator Submit => Page.Locator("main form button[type=submit]");

    public Task<IResponse> OpenAsync() => GotoAsync(Path);
}
