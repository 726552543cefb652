using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using UppkaCatalog.BrowserTests.Pages.Staff;
using UppkaCatalog.Core.Catalog;
using static Microsoft.Playwright.Assertions;

namespace UppkaCatalog.BrowserTests.Pages.Manage;

/// <summary>
/// The label checklist end to end: a member at 360 px fills a field and ticks items in the editor, sees the count change
/// and saves; the printable page and the staff review page show the same checklist; axe and 360/1280 screenshots.
/// Works as anggota13 and anggota15 (no other browser test signs in as them) on products it makes itself.
/// </summary>
public sealed class LabelChecklistTests(AppFixture app) : BrowserTest(app)
{
    private const string Member = "anggota13@uppka.test";
    private const int MemberNumber = 13;

    [Fact]
    public async Task A_member_on_a_phone_ticks_the_label_items_sees_the_count_change_saves_and_prints()
    {
        var page = await NewPageAsync(width: 360);
        await MemberPage.SignInAsync(page, Member);
        var editor = new ProductEditorPage(page);
        await editor.OpenNewAsync();
        await editor.FillAsync("name", StaffTestData.UniqueName("Keripik Label"));
        await editor.ChooseCategoryAsync("Kue & Camilan");
        var id = await editor.SaveDraftAsync();

        var label = new LabelChecklistPart(page, "main .label-section");
        // Name and the group's address are known; net content, permit and the three printed items are not.
        await Expect(label.Count).ToHaveTextAsync("2 dari 7 sudah ada di label");
        await Expect(label.Item("netContent")).ToContainTextAsync("Contoh: Berat bersih 250 g");
        await editor.FillAsync("netContent", "250 g");
        await Expect(label.Count).ToHaveTextAsync("3 dari 7 sudah ada di label");
        await label.TickBox("composition").CheckAsync();
        await label.TickBox("expiryDate").CheckAsync();
        await Expect(label.Count).ToHaveTextAsync("5 dari 7 sudah ada di label");
        await Expect(label.Item("composition")).ToContainTextAsync("Dicentang");
        // The first save's "Tersimpan" snackbar fades in and out (axe reads its half-transparent text as low contrast): let it go.
        await Expect(editor.Snackbars).ToHaveCountAsync(0, new() { Timeout = 20_000 });
        await label.Root.ScrollIntoViewIfNeededAsync();
        var shot = App.ScreenshotPath("kelola-produk-label-bagian-360");
        await page.ScreenshotAsync(new() { Path = shot });
        await LookChecks.AssertAxeCleanAsync(page);
        await LookChecks.AssertFitsAsync(editor, 360, shot);

        // Submitting is never held back by the checklist; here the member just saves.
        await editor.SaveButton.ClickAsync();
        await Expect(editor.Snackbars.Filter(new() { HasTextString = "Tersimpan" }).First).ToBeVisibleAsync();
        var saved = await StaffTestData.QueryAsync(App, db => Task.FromResult(db.Products.Single(p => p.Id == id).LabelTicks));
        Assert.Equal(["expiryDate", "composition"], saved);

        // A fresh page load reads the ticks from the database, and the link leads to the printable page.
        await editor.OpenAsync(id);
        await Expect(label.Count).ToHaveTextAsync("5 dari 7 sudah ada di label");
        await page.Locator("main .label-section__print").ClickAsync();
        var print = new ProductLabelPage(page);
        await print.WaitInteractiveAsync();
        Assert.EndsWith($"/kelola/produk/{id}/label", new Uri(page.Url).AbsolutePath);
        await Expect(print.Checklist.Count).ToHaveTextAsync("5 dari 7 sudah ada di label");
        await Expect(print.Checklist.Item("productionCode")).ToContainTextAsync("Belum");
        await Expect(print.Checklist.Root.Locator("input[type=checkbox]")).ToHaveCountAsync(0);

        // On paper: no site header, area menu or button, the sheet itself.
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(page.Locator(".site-header")).ToBeHiddenAsync();
        await Expect(print.AreaNav).ToBeHiddenAsync();
        await Expect(print.PrintButton).ToBeHiddenAsync();
        await Expect(print.Checklist.Count).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = App.ScreenshotPath("kelola-produk-label-cetak"), FullPage = true });
    }

    [Theory]
    [InlineData(360)]
    [InlineData(1280)]
    public async Task The_printable_page_has_no_serious_axe_violations_and_fits(int width)
    {
        var id = await StaffTestData.PendingProductAsync(App, StaffTestData.UniqueName("Dodol Label"), member: MemberNumber);
        var page = await NewPageAsync(width);
        await MemberPage.SignInAsync(page, Member);
        var print = new ProductLabelPage(page);
        await print.OpenAsync(id);
        await Expect(print.Checklist.Count).ToHaveTextAsync("3 dari 7 sudah ada di label");

        var file = App.ScreenshotPath($"kelola-produk-label-{width}");
        await print.ScreenshotAsync(file);
        await LookChecks.AssertAxeCleanAsync(page);
        await LookChecks.AssertFitsAsync(print, width, file);
    }

    [Fact]
    public async Task Another_groups_member_gets_not_found_on_the_printable_page()
    {
        var id = await StaffTestData.PendingProductAsync(App, StaffTestData.UniqueName("Rahasia Label"), member: MemberNumber);
        var page = await NewPageAsync();
        await MemberPage.SignInAsync(page, "anggota15@uppka.test");
        var print = new ProductLabelPage(page);

        await print.OpenAsync(id);

        await Expect(print.Heading).ToHaveTextAsync("Produk tidak ditemukan");
        await Expect(page.Locator("main .label-checklist")).ToHaveCountAsync(0);
    }

    [Theory]
    [InlineData(360)]
    [InlineData(1280)]
    public async Task Staff_see_the_checklist_read_only_on_the_review_page(int width)
    {
        var name = StaffTestData.UniqueName("Sambal Label");
        var id = await StaffTestData.PendingProductAsync(App, name, member: MemberNumber);
        var member = await StaffTestData.MemberActorAsync(App, MemberNumber);
        var editing = App.Services.GetRequiredService<ProductEditingService>();
        var view = await editing.GetForEditAsync(member, id, TestContext.Current.CancellationToken);
        view.Input.LabelTicks = ["composition"];
        await editing.UpdateAsync(member, id, view.Input, view.Version, TestContext.Current.CancellationToken);

        var page = await NewPageAsync(width);
        await StaffAreaPage.SignInAsync(page);
        await page.GotoAsync(StaffReviewPage.PathFor(id));
        await page.Locator("nav.staff-nav[data-interactive=true]").WaitForAsync(new() { Timeout = 45_000 });
        var label = new LabelChecklistPart(page, "main .label-review");

        await Expect(label.Count).ToHaveTextAsync("4 dari 7 sudah ada di label");
        await Expect(label.Item("composition")).ToContainTextAsync("Dicentang");
        await Expect(label.Root.Locator("input[type=checkbox]")).ToHaveCountAsync(0);
        var file = App.ScreenshotPath($"staf-moderasi-label-{width}");
        await label.Root.ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new() { Path = file });
        await LookChecks.AssertAxeCleanAsync(page);
        if (width < 400) await LookChecks.AssertFitsAsync(new StaffReviewPage(page), width, file);
    }
}
