using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using UppkaCatalog.BrowserTests.Pages.Manage;
using UppkaCatalog.Core.Data;
using UppkaCatalog.Core.Reporting;

namespace UppkaCatalog.BrowserTests.Pages.Staff;

/// <summary>
/// The statistics pages of the ongoing demo exhibition, with visits recorded through the real recorder and flusher:
/// staff see the figures and the downloads, the first demo member sees their own booth. Screenshots at 360 and
/// 1280 px, axe without serious violations, no sideways scrolling on a phone.
/// </summary>
public sealed class StatsPagesTests(AppFixture app) : BrowserTest(app)
{
    private const string Browser = "Mozilla/5.0 (Linux; Android 10) Chrome/120 Mobile Safari/537.36";

    [Theory]
    [InlineData(360)]
    [InlineData(1280)]
    public async Task Staff_see_the_exhibitions_figures_and_downloads(int width)
    {
        var (exhibitionId, _) = await RecordVisitsAsync();
        var page = await NewPageAsync(width);
        await StaffAreaPage.SignInAsync(page);
        var view = new StaffStatsPage(page);

        await view.OpenAsync(exhibitionId);

        Assert.Equal(7, await view.Tiles.CountAsync());
        Assert.NotEqual("0", await view.TileValueAsync("Kunjungan aula"));
        Assert.True(await view.TopBoothRows.CountAsync() >= 2);
        Assert.True(await view.RegencyRows.CountAsync() >= 1);
        Assert.Equal(4, await view.Downloads.CountAsync());
        Assert.True(await view.ChartBars.CountAsync() > 0);
        await LookAsync(view, $"staf-statistik-{width}", width);
        if (width < 1000) return;
        // A click on a download link downloads (the interactive router must not take it for a page).
        var csv = await page.RunAndWaitForDownloadAsync(() => view.Downloads.First.ClickAsync());
        Assert.Equal("statistik-gelar-produk-uppka-jambi-per-stan.csv", csv.SuggestedFilename);
        var xlsx = await page.RunAndWaitForDownloadAsync(() => view.Downloads.Last.ClickAsync());
        Assert.EndsWith(".xlsx", xlsx.SuggestedFilename);
    }

    [Theory]
    [InlineData(360)]
    [InlineData(1280)]
    public async Task A_member_sees_their_own_booth_per_day(int width)
    {
        var (exhibitionId, _) = await RecordVisitsAsync();
        var page = await NewPageAsync(width);
        await MemberPage.SignInAsync(page, "anggota1@uppka.test");
        var view = new MemberStatsPage(page);

        await view.OpenAsync(exhibitionId);

        Assert.Equal(5, await view.Tiles.CountAsync());
        Assert.NotEqual("0", await view.TileValueAsync("Kunjungan stan"));
        Assert.True(await view.DayRows.CountAsync() >= 7);
        await LookAsync(view, $"kelola-statistik-{width}", width);
    }

    /// <summary>Hall, booth, WhatsApp and product-from-booth visits by a few "people" to the ongoing exhibition; flushed.</summary>
    private async Task<(int ExhibitionId, int FirstBoothId)> RecordVisitsAsync()
    {
        var ongoing = await App.OngoingExhibitionAsync();
        var factory = App.Services.GetRequiredService<IDbContextFactory<AppDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        var exhibitionId = await db.Exhibitions.Where(e => e.Slug == ongoing.Slug).Select(e => e.Id).SingleAsync();
        var booths = await db.Booths.Where(b => b.ExhibitionId == exhibitionId && b.Number != null).OrderBy(b => b.Number)
            .Select(b => new { b.Id, GroupSlug = b.Group!.Slug }).ToListAsync();
        var recorder = App.Services.GetRequiredService<VisitRecorder>();
        for (var person = 0; person < 12; person++)
        {
            var visitor = VisitorHash.Describe($"198.51.100.{person}", Browser);
            recorder.RecordHall(visitor, ongoing.Slug);
            for (var b = 0; b < Math.Min(booths.Count, 1 + person % 5); b++) recorder.RecordBooth(visitor, ongoing.Slug, booths[b].GroupSlug);
            if (person % 3 == 0) recorder.RecordWhatsApp(visitor, booths[0].Id);
            recorder.RecordProductFromBooth(visitor, booths[person % booths.Count].Id);
        }

        await App.Services.GetRequiredService<VisitFlusher>().FlushAsync();
        return (exhibitionId, booths[0].Id);
    }

    private async Task LookAsync(BasePage view, string name, int width)
    {
        var file = App.ScreenshotPath(name);
        await view.ScreenshotAsync(file);
        TestContext.Current.TestOutputHelper?.WriteLine($"screenshot: {file}");
        await LookChecks.AssertAxeCleanAsync(view.Page);
        if (width > 400) return;
        await LookChecks.AssertFitsAsync(view, width, file, insideMain: false);
    }
}
