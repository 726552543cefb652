using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace UppkaCatalog.BrowserTests.Pages.Manage;

/// <summary><c>/kelola/program</c>: the open partner programmes for the group, its applications.</summary>
public sealed class MemberProgrammesPage(IPage page) : MemberPage(page)
{
    public const string Path = "/kelola/program";

    public ILocator Card(string slug) => Page.Locator($"main li.programme[data-programme='{slug}']");

    public ILocator StatusOf(string slug) => Card(slug).Locator(".application-status");

    public Task OpenAsync() => OpenPathAsync(Path);

    /// <summary>Opens the list, follows "Daftar" of the programme, sends the form and waits for the list to show "mendaftar".</summary>
    public async Task ApplyAsync(string slug, string motivation, params string[] attendees)
    {
        await OpenAsync();
        await Card(slug).Locator("a.programme__apply").ClickAsync();
        var form = new ProgrammeApplicationPage(Page);
        await form.WaitInteractiveAsync();
        await form.Motivation.FillAsync(motivation);
        for (var i = 0; i < attendees.Length; i++) await form.Attendee(i).FillAsync(attendees[i]);
        await form.SendButton.ClickAsync();
        await Page.WaitForURLAsync("**" + Path, new() { Timeout = 30_000 });
        await Expect(StatusOf(slug)).ToHaveTextAsync("Mendaftar", new() { IgnoreCase = true, Timeout = 30_000 });
    }
}

/// <summary><c>/kelola/program/{slug}/daftar</c>: the application form.</summary>
public sealed class ProgrammeApplicationPage(IPage page) : MemberPage(page)
{
    public ILocator Motivation => Page.Locator("main .field-motivation textarea");

    public ILocator Attendee(int index) => Page.Locator($"main .field-attendees-{index} input");

    public ILocator SendButton => Page.Locator("main .action-send");
}
