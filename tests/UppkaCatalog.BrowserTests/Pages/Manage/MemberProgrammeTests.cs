using static Microsoft.Playwright.Assertions;

namespace UppkaCatalog.BrowserTests.Pages.Manage;

/// <summary>
/// A demo member on a 360 px phone applies to the demo food training and sees its status "mendaftar"; the programme list
/// passes axe and fits 360 px. Members 14 (UPPKA Tunas Harapan, food) and 16 (UPPKA Lestari, crafts: reasons shown for the
/// food training) are used by no other browser test.
/// </summary>
public sealed class MemberProgrammeTests(AppFixture app) : BrowserTest(app)
{
    private const string FoodTraining = "pelatihan-pengolahan-pangan-dan-kemasan-2026";

    [Fact]
    public async Task Demo_member_at_360_px_applies_to_the_food_training_and_sees_mendaftar()
    {
        var page = await NewPageAsync(360);
        await MemberPage.SignInAsync(page, "anggota14@uppka.test");
        var list = new MemberProgrammesPage(page);

        await list.ApplyAsync(FoodTraining, "Kemasan kerupuk kami masih polos; kami ingin label yang sesuai aturan.", "Wati");

        await Expect(list.Card(FoodTraining)).ToContainTextAsync("Batalkan pendaftaran");
        await Expect(list.Snackbars).ToContainTextAsync("mendaftar");
    }

    [Fact]
    public async Task Programme_list_has_no_serious_or_critical_axe_violations()
    {
        var list = await OpenListAsync(1280);

        await LookChecks.AssertAxeCleanAsync(list.Page);
    }

    [Theory]
    [InlineData(360)]
    [InlineData(1280)]
    public async Task Programme_list_screenshot_without_horizontal_overflow(int width)
    {
        var list = await OpenListAsync(width);
        var file = App.ScreenshotPath($"kelola-program-{width}");
        await list.ScreenshotAsync(file);
        TestContext.Current.TestOutputHelper?.WriteLine($"screenshot of {list.Page.Url} at {width}px: {file}");

        if (width > 400) return;
        await LookChecks.AssertFitsAsync(list, width, file);
    }

    private async Task<MemberProgrammesPage> OpenListAsync(int width)
    {
        var page = await NewPageAsync(width);
        await MemberPage.SignInAsync(page, "anggota16@uppka.test");
        var list = new MemberProgrammesPage(page);
        await list.OpenAsync();
        await list.Card(FoodTraining).WaitForAsync();
        return list;
    }
}
