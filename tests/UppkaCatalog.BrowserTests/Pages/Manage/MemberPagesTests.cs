using Microsoft.Playwright;

namespace UppkaCatalog.BrowserTests.Pages.Manage;

/// <summary>The member area's pages: accessibility (axe) and how they look on a phone and a laptop.</summary>
public sealed class MemberPagesTests(AppFixture app) : BrowserTest(app)
{
    public static TheoryData<string> Pages() => ["kelola", "kelola-produk", "kelola-produk-edit", "kelola-produk-baru", "kelola-profil"];

    public static TheoryData<string, int> Screens()
    {
        var data = new TheoryData<string, int>();
        foreach (var name in Pages())
        {
            data.Add(name, 360);
            data.Add(name, 1280);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Member_page_has_no_serious_or_critical_axe_violations(string name)
    {
        var page = await OpenAsMemberAsync(name, 1280);

        await LookChecks.AssertAxeCleanAsync(page.Page);
    }

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task Member_page_screenshot_without_horizontal_overflow(string name, int width)
    {
        var page = await OpenAsMemberAsync(name, width);
        var file = App.ScreenshotPath($"{name}-{width}");
        await page.ScreenshotAsync(file);
        TestContext.Current.TestOutputHelper?.WriteLine($"screenshot of {page.Page.Url} at {width}px: {file}");

        if (width > 400) return;
        await LookChecks.AssertFitsAsync(page, width, file);
    }

    [Fact]
    public async Task Another_groups_product_is_not_found_in_the_editor()
    {
        // The second demo member's first product, opened by the first demo member.
        var other = new OwnProductsPage(await NewPageAsync());
        await MemberPage.SignInAsync(other.Page, "anggota2@uppka.test");
        await other.OpenAsync();
        var href = await other.Rows.First.Locator("a.row__name").GetAttributeAsync("href");

        var page = new ProductEditorPage(await NewPageAsync());
        await MemberPage.SignInAsync(page.Page, "anggota1@uppka.test");
        await page.OpenPathAsync(href!);

        await Microsoft.Playwright.Assertions.Expect(page.Heading).ToHaveTextAsync("Produk tidak ditemukan");
        Assert.Equal(0, await page.Field("name").CountAsync());
    }

    private async Task<MemberPage> OpenAsMemberAsync(string name, int width)
    {
        var browserPage = await NewPageAsync(width);
        await MemberPage.SignInAsync(browserPage, "anggota1@uppka.test");
        MemberPage page = name switch
        {
            "kelola" => new ManageHomePage(browserPage),
            "kelola-produk" or "kelola-produk-edit" => new OwnProductsPage(browserPage),
            "kelola-profil" => new GroupProfilePage(browserPage),
            _ => new ProductEditorPage(browserPage),
        };
        switch (page)
        {
            case ManageHomePage home: await home.OpenAsync(); break;
            case GroupProfilePage profile: await profile.OpenAsync(); break;
            case OwnProductsPage list:
                // The edit case opens a published demo product with photos, found as a member would: the first
                // row under "Tayang". (The unfiltered list's first row may be a product another test archived,
                // whose editor is read-only and has no uploader.)
                await list.OpenAsync(name == "kelola-produk-edit" ? "tayang" : null);
                if (name != "kelola-produk-edit") break;
                var href = await list.Rows.First.Locator("a.row__name").GetAttributeAsync("href");
                page = new ProductEditorPage(browserPage);
                await page.OpenPathAsync(href!);
                await ((ProductEditorPage)page).Uploader.WaitForAsync();
                break;
            case ProductEditorPage editor: await editor.OpenNewAsync(); break;
        }

        return page;
    }

}
