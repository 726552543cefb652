using UppkaCatalog.BrowserTests.Pages;


namespace UppkaCatalog.BrowserTests;

/// <summary>Full-page screenshots at a small phone width and a laptop width, for people to look at.</summary>
public sealed class ScreenshotTests(AppFixture app) : BrowserTest(app)
{
    public static TheoryData<string, int> Cases()
    {
        var data = new TheoryData<string, int>();
        foreach (var name in new[] { "home", "katalog", "produk", "pameran", "aula", "stan", "program", "programmitra" })
        {
            data.Add(name, 360);
            data.Add(name, 1280);
        }

        return data;
    }

    /// <summary>Every width gets a screenshot; at phone width (360 px) the page must not scroll sideways.</summary>
    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Screenshot_without_horizontal_overflow(string name, int width)
    {
        var path = await PathOfAsync(name);
        var page = new PublicPage(await NewPageAsync(width));
        await page.OpenAsync(path);
        var file = App.ScreenshotPath($"{name}-{width}");
        await page.ScreenshotAsync(file);
        TestContext.Current.TestOutputHelper?.WriteLine($"screenshot of {path} at {width}px: {file}");

        Assert.True(File.Exists(file));
        if (width > 400) return;

        // Content that already pokes out of <main>'s content box scrolls sideways on a slightly narrower phone.
        await LookChecks.AssertFitsAsync(page, width, file);
    }
}
