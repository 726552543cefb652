using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace UppkaCatalog.BrowserTests.Pages.Manage;

/// <summary>A product to feature in a booth, by its name, with an optional exhibition price. A plain name converts to one.</summary>
public sealed record BoothPick(string Name, long? ExhibitionPrice = null)
{
    public static implicit operator BoothPick(string name) => new(name);
}

/// <summary><c>/kelola/pameran</c>: exhibitions open for applications, and the group's booths.</summary>
public sealed class MemberExhibitionsPage(IPage page) : MemberPage(page)
{
    public const string Path = "/kelola/pameran";

    /// <summary>Cards of exhibitions the group can apply to now.</summary>
    public ILocator OpenCards => Page.Locator("main li.exhibition--open");

    /// <summary>Cards of exhibitions the group has a booth (or application) in.</summary>
    public ILocator MyBooths => Page.Locator("main li.exhibition--mine");

    public ILocator OpenCard(string title) => OpenCards.Filter(new() { Has = Page.Locator(".exhibition__title", new() { HasTextString = title }) });

    public ILocator MyBooth(string title) => MyBooths.Filter(new() { Has = Page.Locator(".exhibition__title", new() { HasTextString = title }) });

    public Task OpenAsync() => OpenPathAsync(Path);

    /// <summary>
    /// Signed in as a member: opens the list, applies to the exhibition called <paramref name="exhibitionTitle"/>
    /// with the tagline and products (in this order, with their exhibition prices), and waits until the
    /// application is saved. Returns the booth page it ends on.
    /// </summary>
    public async Task<BoothEditorPage> ApplyAsync(string exhibitionTitle, string tagline, params BoothPick[] products)
    {
        await OpenAsync();
        await OpenCard(exhibitionTitle).Locator("a.exhibition__apply").ClickAsync();
        var editor = new BoothEditorPage(Page);
        await editor.WaitInteractiveAsync();
        await editor.FillAsync(tagline, products);
        await editor.SaveButton.ClickAsync();
        await Expect(editor.StatusBadge).ToHaveTextAsync("Diajukan", new() { Timeout = 30_000 });
        return editor;
    }
}

/// <summary><c>/kelola/pameran/{exhibitionId}</c>: apply for a booth, edit it, withdraw.</summary>
public sealed class BoothEditorPage(IPage page) : MemberPage(page)
{
    public static string PathFor(int exhibitionId) => $"/kelola/pameran/{exhibitionId}";

    public ILocator Tagline => Page.Locator("main .field-tagline input");

    public ILocator TaglineError => Page.Locator("main .field-tagline .mud-input-helper-text.mud-input-error");

    /// <summary>Every product row (chosen ones first, in booth order).</summary>
    public ILocator ProductRows => Page.Locator("main li.pick");

    public ILocator ChosenRows => Page.Locator("main li.pick--chosen");

    public ILocator ProductRow(string name) => ProductRows.Filter(new() { Has = Page.Locator(".pick__name", new() { HasTextString = name }) });

    public ILocator PriceOf(string name) => ProductRow(name).Locator(".pick__price-field input");

    public ILocator PriceErrorOf(string name) => ProductRow(name).Locator(".pick__price-field .mud-input-helper-text.mud-input-error");

    public ILocator SaveButton => Page.Locator("main .action-save");

    public ILocator WithdrawButton => Page.Locator("main .action-withdraw");

    public ILocator StatusBadge => Page.Locator("main .head .booth-status");

    public ILocator Summary => Page.Locator("main .alerts .summary");

    public ILocator Notices => Page.Locator("main .booth-notice .notice");

    public ILocator BannerUploader => Page.Locator("main .banner-uploader[data-ready=true]");

    public ILocator PublicLink => Page.Locator("main a.link-public");

    public Task OpenAsync(int exhibitionId) => OpenPathAsync(PathFor(exhibitionId));

    /// <summary>Types the tagline and ticks the products in order, typing each exhibition price given.</summary>
    public async Task FillAsync(string tagline, IEnumerable<BoothPick> products)
    {
        await Tagline.FillAsync(tagline);
        foreach (var pick in products)
        {
            var row = ProductRow(pick.Name);
            await row.Locator("input.pick__check").CheckAsync();
            await Expect(row).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("pick--chosen"));
            if (pick.ExhibitionPrice is { } price) await PriceOf(pick.Name).FillAsync(price.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    /// <summary>Names of the chosen products in booth order.</summary>
    public async Task<IReadOnlyList<string>> ChosenNamesAsync() =>
        (await ChosenRows.Locator(".pick__name").AllInnerTextsAsync()).Select(n => n.Trim()).ToList();

    public Task MoveUpAsync(string name) => ProductRow(name).Locator(".pick__up").ClickAsync();

    /// <summary>Withdraws, confirming in the dialog.</summary>
    public async Task WithdrawAsync()
    {
        await WithdrawButton.ClickAsync();
        await Page.Locator(".mud-dialog .mud-dialog-actions button", new() { HasTextString = "Tarik" }).ClickAsync();
        await Expect(StatusBadge).ToHaveTextAsync("Ditarik");
    }
}
