using Microsoft.Playwright;

namespace UppkaCatalog.BrowserTests.Pages.Staff;

/// <summary><c>/staf/mitra</c>: the partners' table and the registration dialog.</summary>
public sealed class StaffPartnersPage(IPage page) : StaffAreaPage(page)
{
    public const string Path = "/staf/mitra";

    public ILocator RegisterButton => Page.Locator("main .partners-head__register");

    public ILocator Dialog => Page.Locator(".mud-dialog");

    /// <summary>A dialog field by its input id (partner-name, partner-contact-phone…).</summary>
    public ILocator Field(string id) => Dialog.Locator($"#{id}");

    /// <summary>The message under a Mud field of the dialog.</summary>
    public ILocator FieldMessage(string id) =>
        Dialog.Locator($".mud-input-control:has(#{id}) .mud-input-helper-text.mud-input-error");

    public ILocator Kind => Dialog.Locator("select#partner-kind");

    public ILocator Regency(string name) => Dialog.Locator(".partner-regencies").GetByLabel(name, new() { Exact = true });

    public ILocator SubmitButton => Dialog.Locator(".partner-register__submit");

    /// <summary>A partner's row, found by its slug.</summary>
    public ILocator Row(string slug) => Page.Locator("main .partners tbody tr").Filter(new() { Has = Page.Locator($"[data-partner='{slug}']") });

    public Task OpenAsync() => OpenPathAsync(Path);
}

/// <summary><c>/staf/mitra/{id}</c>: a partner's officers, the officer invitation form and the invitations made.</summary>
public sealed class StaffPartnerPage(IPage page) : StaffAreaPage(page)
{
    public ILocator OfficerName => Page.Locator("main #officer-name");

    public ILocator CreateButton => Page.Locator("main .invite__button");

    public ILocator InvitationUrl => Page.Locator("main #invitation-url");

    public ILocator WhatsAppShare => Page.Locator("main .invitation-link a[href^='https://wa.me/']");

    public ILocator InvitationRows => Page.Locator("main ul.invitations > li");

    public ILocator OfficerRows => Page.Locator("main ul.officers > li");

    public Task OpenAsync(int id) => OpenPathAsync($"/staf/mitra/{id}");

    public async Task<string> CreateInvitationAsync(string officerName)
    {
        await OfficerName.FillAsync(officerName);
        await CreateButton.ClickAsync();
        await InvitationUrl.WaitForAsync();
        return await InvitationUrl.InputValueAsync();
    }
}

/// <summary><c>/staf/program/laporan</c>: the report's three tables and its downloads.</summary>
public sealed class ProgrammeReportPage(IPage page) : StaffAreaPage(page)
{
    public const string Path = "/staf/program/laporan";

    /// <summary>A table: <c>partners</c>, <c>programmes</c> or <c>regencies</c>.</summary>
    public ILocator Table(string key) => Page.Locator($"main table.report-table[data-report={key}]");

    /// <summary>A row of a table by its key (a programme's slug, a regency's code, a partner's id).</summary>
    public ILocator Row(string table, string key) => Table(table).Locator($"tbody tr[data-row='{key}']");

    public ILocator Downloads => Page.Locator("main ul.exports a[download]");

    public Task OpenAsync() => OpenPathAsync(Path);
}

/// <summary>The staff group page's nomination panel (<c>/staf/kelompok/{id}</c>).</summary>
public sealed class NominationPanel(IPage page) : StaffAreaPage(page)
{
    public ILocator Programme => Page.Locator("main select#nominate-programme");

    public ILocator Button => Page.Locator("main .nominate__button");

    /// <summary>The refusal under the choice.</summary>
    public ILocator Error => Page.Locator("main #nominate-programme-error");

    public ILocator Done => Page.Locator("main .nominate__done");

    public Task OpenAsync(int groupId) => OpenPathAsync($"/staf/kelompok/{groupId}");

    public async Task NominateAsync(string programmeTitle)
    {
        var label = await Programme.Locator("option").Filter(new() { HasTextString = programmeTitle }).First.InnerTextAsync();
        await Programme.SelectOptionAsync(new SelectOptionValue { Label = label.Trim() });
        await Button.ClickAsync();
    }
}
