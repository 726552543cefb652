using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UppkaCatalog.Core.Data;
using UppkaCatalog.Core.Exhibitions;
using static Microsoft.Playwright.Assertions;

namespace UppkaCatalog.BrowserTests.Pages.Manage;

/// <summary>
/// A demo member applies for a booth in the demo exhibition whose registration is open; the pages pass axe
/// and fit a 360 px phone. The look tests work as the second demo member (group with an accepted booth in the
/// ongoing exhibition and none yet in the open one), so they do not depend on the apply test having run.
/// </summary>
public sealed class MemberBoothTests(AppFixture app) : BrowserTest(app)
{
    /// <summary>The demo exhibition with registration open now (starts in 20 days) and no booth of the first demo group.</summary>
    private const string OpenExhibition = "Pekan Produk Kampung KB Jambi";

    private const string OngoingExhibition = "Gelar Produk UPPKA Provinsi Jambi";

    public static TheoryData<string, int> Screens() => new()
    {
        { "kelola-pameran", 360 }, { "kelola-pameran", 1280 },
        { "kelola-pameran-ajukan", 360 }, { "kelola-pameran-ajukan", 1280 },
        { "kelola-pameran-stan", 360 }, { "kelola-pameran-stan", 1280 },
    };

    public static TheoryData<string> Pages() => ["kelola-pameran", "kelola-pameran-ajukan", "kelola-pameran-stan"];

    [Fact]
    public async Task Demo_member_applies_with_two_products_one_at_an_exhibition_price()
    {
        var page = await NewPageAsync(360);
        await MemberPage.SignInAsync(page, "anggota1@uppka.test");
        var list = new MemberExhibitionsPage(page);

        var editor = await list.ApplyAsync(OpenExhibition, "Camilan renyah khas Sengeti, langsung dari dapur anggota",
            new BoothPick("Keripik Ubi Balado", 11_000), "Rengginang Ketan Terasi");

        Assert.Equal(["Keripik Ubi Balado", "Rengginang Ketan Terasi"], await editor.ChosenNamesAsync());
        await Expect(editor.PriceOf("Keripik Ubi Balado")).ToHaveValueAsync("11.000");
        await Expect(editor.WithdrawButton).ToBeVisibleAsync();
        var booth = await BoothOfAsync(OpenExhibition, "uppka-melati-sengeti");
        Assert.Equal(BoothStatus.Applied, booth.Status);
        Assert.Null(booth.Number);
        Assert.Equal([11_000L, null], booth.Products.OrderBy(p => p.SortOrder).Select(p => p.ExhibitionPrice).ToArray());

        await list.OpenAsync();
        await Expect(list.MyBooth(OpenExhibition).Locator(".booth-status")).ToHaveTextAsync("Diajukan");
        await Expect(list.OpenCard(OpenExhibition)).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task An_application_is_withdrawn_after_confirming_and_can_be_sent_again()
    {
        var page = await NewPageAsync(360);
        await MemberPage.SignInAsync(page, "anggota6@uppka.test");
        var list = new MemberExhibitionsPage(page);
        await list.OpenAsync();
        await list.OpenCard(OpenExhibition).Locator("a.exhibition__apply").ClickAsync();
        var editor = new BoothEditorPage(page);
        await editor.WaitInteractiveAsync();
        var product = (await editor.ProductRows.First.Locator(".pick__name").InnerTextAsync()).Trim();
        await editor.FillAsync("Slogan untuk ditarik", [product]);
        await editor.SaveButton.ClickAsync();
        await Expect(editor.StatusBadge).ToHaveTextAsync("Diajukan");

        await editor.WithdrawAsync();

        await Expect(editor.SaveButton).ToContainTextAsync("Kirim pengajuan");
        await Expect(editor.Tagline).ToHaveValueAsync("Slogan untuk ditarik");
        await list.OpenAsync();
        await Expect(list.OpenCard(OpenExhibition).Locator(".booth-status")).ToHaveTextAsync("Ditarik");
    }

    [Fact]
    public async Task A_price_not_below_normal_is_shown_beside_the_product_and_nothing_is_saved()
    {
        var page = await NewPageAsync();
        await MemberPage.SignInAsync(page, "anggota3@uppka.test");
        var list = new MemberExhibitionsPage(page);
        await list.OpenAsync();
        await list.OpenCard(OpenExhibition).Locator("a.exhibition__apply").ClickAsync();
        var editor = new BoothEditorPage(page);
        await editor.WaitInteractiveAsync();
        var product = (await editor.ProductRows.First.Locator(".pick__name").InnerTextAsync()).Trim();

        await editor.FillAsync("Slogan", [new BoothPick(product, 999_999_999)]);
        await editor.SaveButton.ClickAsync();

        await Expect(editor.PriceErrorOf(product)).ToContainTextAsync("di bawah harga biasa");
        await Expect(editor.StatusBadge).ToHaveCountAsync(0);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Booth_page_has_no_serious_or_critical_axe_violations(string name)
    {
        var page = await OpenAsync(name, 1280);

        await LookChecks.AssertAxeCleanAsync(page.Page);
    }

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task Booth_page_screenshot_without_horizontal_overflow(string name, int width)
    {
        var page = await OpenAsync(name, width);
        var file = App.ScreenshotPath($"{name}-{width}");
        await page.ScreenshotAsync(file);
        TestContext.Current.TestOutputHelper?.WriteLine($"screenshot of {page.Page.Url} at {width}px: {file}");

        if (width > 400) return;
        await LookChecks.AssertFitsAsync(page, width, file);
    }

    /// <summary>As the second demo member: the list, the apply form of the open exhibition, the accepted booth of the ongoing one.</summary>
    private async Task<MemberPage> OpenAsync(string name, int width)
    {
        var browserPage = await NewPageAsync(width);
        await MemberPage.SignInAsync(browserPage, "anggota2@uppka.test");
        var list = new MemberExhibitionsPage(browserPage);
        await list.OpenAsync();
        if (name == "kelola-pameran") return list;
        var card = name == "kelola-pameran-ajukan" ? list.OpenCard(OpenExhibition) : list.MyBooth(OngoingExhibition);
        await card.Locator("a.mud-button-root").ClickAsync();
        var editor = new BoothEditorPage(browserPage);
        await editor.WaitInteractiveAsync();
        await editor.SaveButton.WaitForAsync();
        if (name == "kelola-pameran-stan") await editor.BannerUploader.WaitForAsync();
        return editor;
    }

    private async Task<Booth> BoothOfAsync(string exhibitionTitle, string groupSlug)
    {
        var factory = App.Services.GetRequiredService<IDbContextFactory<AppDbContext>>();
        await using var db = await factory.CreateDbContextAsync(TestContext.Current.CancellationToken);
        return await db.Booths.AsNoTracking().Include(b => b.Products)
            .SingleAsync(b => b.Exhibition!.Title == exhibitionTitle && b.Group!.Slug == groupSlug, TestContext.Current.CancellationToken);
    }
}
