using UppkaCatalog.BrowserTests.Pages.Account;
using Microsoft.Extensions.DependencyInjection;
using UppkaCatalog.BrowserTests.Pages.Staff;
using UppkaCatalog.Core.Catalog;
using static Microsoft.Playwright.Assertions;

namespace UppkaCatalog.BrowserTests.Pages.Staff;

/// <summary>
/// The regency dashboard on <c>/staf</c> in a real browser: the table adds up, a product staff rejected twice is listed
/// with the way to its group, and the CSV link downloads. (Axe and the 360/1280 screenshots: StaffPagesLookTests "staf".)
/// </summary>
public sealed class StaffDashboardTests(AppFixture app) : BrowserTest(app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Staff_read_the_table_follow_a_twice_rejected_product_to_its_group_and_download_the_CSV()
    {
        // Rejected, resubmitted and rejected again through the real services (member 8: no other browser test uses it).
        var name = StaffTestData.UniqueName("Kerupuk Ditolak Dua Kali");
        var id = await StaffTestData.PendingProductAsync(App, name, member: 8, photo: "kerupuk");
        var member = await StaffTestData.MemberActorAsync(App, 8);
        var staff = await StaffTestData.StaffActorAsync(App);
        var moderation = App.Services.GetRequiredService<ModerationService>();
        await moderation.RejectAsync(staff, id, "Foto kemasan buram.", Ct);
        await App.Services.GetRequiredService<ProductEditingService>().SubmitAsync(member, id, Ct);
        await moderation.RejectAsync(staff, id, "Masih buram; foto di tempat terang.", Ct);
        var page = await NewPageAsync();
        await StaffAreaPage.SignInAsync(page);
        var dashboard = new StaffDashboardPage(page);

        await dashboard.OpenAsync();

        Assert.Equal(3, await dashboard.Tiles.CountAsync()); // moderation, permits waiting (issue 16), groups
        Assert.Equal(11, await dashboard.RegencyRows.CountAsync());
        // The totals row is the sum of the rows, column by column; the demo's groups are all counted.
        var rows = new List<int[]>();
        for (var i = 0; i < 11; i++) rows.Add(await StaffDashboardPage.FiguresAsync(dashboard.RegencyRows.Nth(i)));
        var totals = await StaffDashboardPage.FiguresAsync(dashboard.TotalsRow);
        Assert.Equal(Enumerable.Range(0, 7).Select(c => rows.Sum(r => r[c])), totals);
        Assert.True(totals[4] > 0, "no product with a verified permit counted (the demo verifies some)");
        Assert.True(totals[0] >= 12, $"only {totals[0]} groups counted");

        var rejected = dashboard.HelpList("rejected-twice").Locator("li", new() { HasTextString = name });
        await Expect(rejected).ToContainTextAsync("ditolak 2 kali, kini ditolak");
        var csv = await page.RunAndWaitForDownloadAsync(() => dashboard.Downloads.First.ClickAsync());
        Assert.Matches(@"^dasbor-kabupaten-\d{4}-\d{2}-\d{2}\.csv$", csv.SuggestedFilename);
        await using (var stream = await csv.CreateReadStreamAsync())
        using (var reader = new StreamReader(stream))
        {
            Assert.StartsWith("Kode BPS;Kabupaten/Kota;Kelompok terdaftar;", await reader.ReadLineAsync(Ct));
        }

        await rejected.Locator($"a[href='/staf/kelompok/{member.GroupId}']").ClickAsync();
        await AreaWaits.ForAddressAsync(page, url => url.EndsWith($"/staf/kelompok/{member.GroupId}", StringComparison.Ordinal), "The group link");
    }
}
