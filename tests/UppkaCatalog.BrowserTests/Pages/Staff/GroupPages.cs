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

    /// <summary>The sector is a native select of the registry's sectors, picked by its shown name.</summary>
    public Task ChooseSectorAsync(string name) =>
        Dialog.Locator("#group-sector").SelectOptionAsync(new SelectOptionValue { Label = name });

    /// <summary>A filter of the list (<c>filter-regency</c>, <c>filter-online</c>…), a native select.</summary>
    public ILocator Filter(string id) => Page.Locator($"main #{id}");

    public ILocator SearchButton => Page.Locator("main .registry-search button[type=submit]");

    /// <summary>The list's row of the group named <paramref name="name"/>.</summary>
    public ILocator Row(string name) => Rows.Filter(new() { Has = Page.Locator("a.registry__name", new() { HasTextString = name }) });

    public ILocator RowCheckbox(string name) => Row(name).Locator("td.registry__pick input[type=checkbox]");

    public ILocator RowStatus(string name) => Row(name).Locator(".invitation-chip").First;

    public ILocator InviteSelected => Page.Locator("main .bulk__invite");

    /// <summary>One group's new link in the result of an invitation step.</summary>
    public ILocator Issued(int groupId) => Page.Locator($"main .bulk-result__item[data-group='{groupId}']");

    public ILocator IssuedLink(int groupId) => Page.Locator($"main #link-{groupId}");

    public ILocator IssuedWhatsApp(int groupId) => Issued(groupId).Locator("a.bulk-result__whatsapp");

    /// <summary>
    /// Closes the snackbars and waits until they are gone (axe reads a sliding-in snackbar at part of its opacity), then moves
    /// the pointer off the header, where the close button was: a hovered header link is what axe would check next.
    /// </summary>
    public async Task DismissSnackbarsAsync()
    {
        foreach (var close in await Snackbars.Locator("button").AllAsync()) await close.ClickAsync();
        await Page.WaitForSelectorAsync(".mud-snackbar", new() { State = WaitForSelectorState.Detached });
        await Page.Mouse.MoveAsync(1, (Page.ViewportSize?.Height ?? 600) - 1);
    }
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

    /// <summary>The status chip under the heading (not invited, invited until…, online since…, expired).</summary>
    public ILocator Status => Page.Locator("main .group-status .invitation-chip").First;

    /// <summary>"Make an invitation link" / "Resend" for the leader.</summary>
    public ILocator InviteLeaderButton => Page.Locator("main .leader-invite__button");

    public ILocator LeaderLink => Page.Locator("main .leader-invite .bulk-result__url");

    public async Task<string> CreateInvitationAsync(string inviteeName)
    {
        await InviteeName.FillAsync(inviteeName);
        await CreateButton.ClickAsync();
        await InvitationUrl.WaitForAsync();
        return await InvitationUrl.InputValueAsync();
    }
}
