using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace UppkaCatalog.BrowserTests.Pages.Staff.Exhibitions;

/// <summary><c>/staf/pameran</c>: every exhibition with its status, dates and counts; the way to a new one.</summary>
public sealed class ExhibitionListPage(IPage page) : StaffAreaPage(page)
{
    public const string Path = "/staf/pameran";

    public ILocator Rows => Page.Locator("main .mud-table tbody tr");

    public ILocator NewButton => Page.Locator("main .curation-head a[href='/staf/pameran/baru']");

    public ILocator RowNamed(string title) => Rows.Filter(new() { Has = Page.Locator("a", new() { HasTextString = title }) });

    public Task OpenAsync() => OpenPathAsync(Path);
}

/// <summary>
/// <c>/staf/pameran/baru</c> and <c>/staf/pameran/{id}</c>: the exhibition form (dates typed as WIB into the
/// date and time pickers), halls, status buttons, applications and booths. Methods do what staff do and wait
/// for the page to show the result, so a test (or the cross-role end-to-end test) can chain them.
/// </summary>
public sealed partial class ExhibitionCurationPage(IPage page) : StaffAreaPage(page)
{
    public const string NewPath = "/staf/pameran/baru";

    public static string PathFor(int id) => $"/staf/pameran/{id}";

    /// <summary>The exhibition's id, read from the address once on the edit page.</summary>
    public int Id => int.Parse(IdPattern().Match(Page.Url).Groups[1].Value, CultureInfo.InvariantCulture);

    public ILocator Dialog => Page.Locator(".mud-dialog");

    public ILocator StatusChip => Page.Locator("main .curation-title .status-chip");

    public ILocator StatusErrors => Page.Locator("main #status-errors");

    public ILocator Halls => Page.Locator("main ol.halls > li");

    public ILocator Applications => Page.Locator("main ul.applications > li");

    public ILocator BoothRows => Page.Locator("main .mud-table tbody tr");

    public ILocator PreviewLink => Page.Locator("main .curation-links a[href*='pratinjau=1']");

    public ILocator StatisticsLink => Page.Locator("main .curation-links a[href$='/statistik']");

    /// <summary>The message under a field, by the field's input id (exhibition-title, exhibition-ends-date, hall-new…).</summary>
    public ILocator FieldMessage(string inputId) =>
        Page.Locator(".mud-input-control").Filter(new() { Has = Page.Locator($"#{inputId}") }).Locator(".mud-input-helper-text.mud-input-error");

    public Task OpenNewAsync() => OpenPathAsync(NewPath);

    public Task OpenAsync(int id) => OpenPathAsync(PathFor(id));

    /// <summary>Fills the exhibition form; times are WIB wall clock, typed as staff would type them.</summary>
    public async Task FillDetailsAsync(string title, string theme, DateTime startsWib, DateTime endsWib, DateTime? registrationOpensWib = null,
        DateTime? registrationClosesWib = null)
    {
        await FillAsync("#exhibition-title", title);
        await FillAsync("#exhibition-theme", theme);
        await FillAsync("#exhibition-description", $"Pameran virtual {title}: produk kelompok UPPKA se-Provinsi Jambi.");
        await FillMomentAsync("exhibition-starts", startsWib);
        await FillMomentAsync("exhibition-ends", endsWib);
        if (registrationOpensWib is { } opens) await FillMomentAsync("registration-opens", opens);
        if (registrationClosesWib is { } closes) await FillMomentAsync("registration-closes", closes);
    }

    /// <summary>Saves the new page's form as a draft and waits for its edit page; returns the new id.</summary>
    public async Task<int> CreateAsync()
    {
        await Page.Locator("main #exhibition-create").ClickAsync();
        await Page.ArrivedAsync(url => IdPattern().IsMatch(url));
        await WaitInteractiveAsync();
        await StatusChip.WaitForAsync();
        return Id;
    }

    public async Task AddHallAsync(string name)
    {
        var before = await Halls.CountAsync();
        await FillAsync("#hall-new", name);
        await Page.Locator("main #hall-add").ClickAsync();
        await Expect(Halls).ToHaveCountAsync(before + 1);
        await Expect(Halls.Last).ToContainTextAsync(name);
    }

    /// <summary>Clicks "Terbitkan", confirms, and waits for the status to read "Terbit".</summary>
    public async Task PublishAsync()
    {
        await Page.Locator("main #exhibition-publish").ClickAsync();
        await ConfirmMessageBoxAsync();
        await Expect(StatusChip).ToHaveTextAsync("Terbit");
    }

    /// <summary>Clicks "Terbitkan" and confirms without waiting for success (for refusals shown in <see cref="StatusErrors"/>).</summary>
    public async Task TryPublishAsync()
    {
        await Page.Locator("main #exhibition-publish").ClickAsync();
        await ConfirmMessageBoxAsync();
    }

    public ILocator ApplicationOf(string groupName) => Applications.Filter(new() { HasTextString = groupName });

    /// <summary>Accepts a group's waiting application into a hall under a booth number; waits until the booth is listed.</summary>
    public async Task AcceptApplicationAsync(string groupName, string hallName, string number)
    {
        await ApplicationOf(groupName).GetByRole(AriaRole.Button, new() { Name = "Terima pendaftaran " + groupName }).ClickAsync();
        await Dialog.WaitForAsync();
        await ChooseAsync("placement-hall", hallName);
        await Dialog.Locator("#placement-number").FillAsync(number);
        await Dialog.Locator("#placement-save").ClickAsync();
        await Expect(Dialog).ToHaveCountAsync(0);
        await Expect(ApplicationOf(groupName)).ToHaveCountAsync(0);
        await Expect(BoothRows.Filter(new() { HasTextString = groupName })).ToContainTextAsync(number.Trim().ToUpperInvariant());
    }

    /// <summary>Rejects a group's waiting application with a reason; waits until it leaves the list.</summary>
    public async Task RejectApplicationAsync(string groupName, string reason)
    {
        await ApplicationOf(groupName).GetByRole(AriaRole.Button, new() { Name = "Tolak pendaftaran " + groupName }).ClickAsync();
        await Dialog.WaitForAsync();
        await Dialog.Locator("#decision-reason").FillAsync(reason);
        await Dialog.Locator("#decision-confirm").ClickAsync();
        await Expect(Dialog).ToHaveCountAsync(0);
        await Expect(ApplicationOf(groupName)).ToHaveCountAsync(0);
    }

    private async Task FillMomentAsync(string id, DateTime wib)
    {
        await FillAsync($"#{id}-date", wib.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await FillAsync($"#{id}-time", wib.ToString("HH:mm", CultureInfo.InvariantCulture));
    }

    /// <summary>Types into a MudBlazor input and leaves it (Tab), which is when the value is taken.</summary>
    private async Task FillAsync(string selector, string text)
    {
        var input = Page.Locator("main " + selector);
        await input.FillAsync(text);
        await input.PressAsync("Tab");
    }

    /// <summary>Picks the option of a native select (EditorSelect) whose text contains <paramref name="option"/>.</summary>
    private async Task ChooseAsync(string inputId, string option)
    {
        var select = Dialog.Locator($"select#{inputId}");
        var value = await select.Locator("option").Filter(new() { HasTextString = option }).First.GetAttributeAsync("value");
        await select.SelectOptionAsync(value!);
    }

    /// <summary>The confirmation box's "yes" button carries the same word as the button that opened it.</summary>
    private async Task ConfirmMessageBoxAsync(string yes = "Terbitkan")
    {
        await Dialog.WaitForAsync();
        await Dialog.GetByRole(AriaRole.Button, new() { Name = yes, Exact = true }).ClickAsync();
    }

    [GeneratedRegex(@"/staf/pameran/(\d+)$")]
    private static partial Regex IdPattern();
}
