using Microsoft.Playwright;

namespace UppkaCatalog.BrowserTests.Pages.Staff;

/// <summary><c>/staf/kelompok</c>: the groups, and registering a new one in a dialog.</summary>
public sealed class GroupsPage(IPage page) : StaffAreaPage(page)
{
    public const string Path = "/staf/kelompok";

    public ILocator RegisterButton => Page.Locator("main .groups-head button");

    public ILocator Dialog => Page.Locator(".mud-dialog");

    public ILocator Rows => Page.Locator("main .mud-table tbody tr");

    public ILocator Search => Page.Locator("main #group-search");

    /// <summary>A field of the registration dialog by its input id (group-name, group-registration, group-district…).</summary>
    public ILocator Field(string id) => Dialog.Locator($"#{id}");

    /// <summary>The message shown under a dialog field (the field's own input control).</summary>
    public ILocator FieldMessage(string id) =>
        Dialog.Locator(".mud-input-control").Filter(new() { Has = Page.Locator($"#{id}") }).Locator(".mud-input-helper-text.mud-input-error");

    public ILocator SubmitButton => Dialog.Locator(".mud-dialog-actions button").Last;

    public Task OpenAsync() => OpenPathAsync(Path);

    /// <summary>The regency is a native select (EditorSelect): picked by its shown name.</summary>
    public Task ChooseRegencyAsync(string name) =>
        Dialog.Locator("#group-regency").SelectOptionAsync(new SelectOptionValue { Label = name });
}

/// <summary><c>/staf/kelompok/{id}</c>: a group's invitations, and a new invitation's one-time link.</summary>
public sealed class GroupPage(IPage page) : StaffAreaPage(page)
{
    public ILocator InviteeName => Page.Locator("main #invitee-name");

    public ILocator CreateButton => Page.Locator("main .invite__button");

    public ILocator InvitationUrl => Page.Locator("main #invitation-url");

    public ILocator WhatsAppShare => Page.Locator("main .invitation-link a[href^='https://wa.me/']");

    public ILocator CopyButton => Page.Locator("main .invitation-link__actions button");

    public ILocator InvitationRows => Page.Locator("main ul.invitations > li");

    public async Task<string> CreateInvitationAsync(string inviteeName)
    {
        await InviteeName.FillAsync(inviteeName);
        await CreateButton.ClickAsync();
        await InvitationUrl.WaitForAsync();
        return await InvitationUrl.InputValueAsync();
    }
}
