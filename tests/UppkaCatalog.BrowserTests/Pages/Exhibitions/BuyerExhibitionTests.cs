using Microsoft.Playwright;
using Microsoft.Extensions.DependencyInjection;
using UppkaCatalog.Core.Exhibitions;

namespace UppkaCatalog.BrowserTests.Pages.Exhibitions;

/// <summary>A buyer walks the demo's ongoing exhibition: list, hall, a regency filter, a booth with its exhibition prices.</summary>
public sealed class BuyerExhibitionTests(AppFixture app) : BrowserTest(app)
{
    /// <summary>The ongoing demo exhibition's hall and a regency that has some but not all of its booths.</summary>
    private async Task<(ExhibitionHallView Hall, string RegencyName, IReadOnlyList<BoothSummary> Booths)> RegencyWithSomeBoothsAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        var service = scope.ServiceProvider.GetRequiredService<ExhibitionService>();
        var hall = (await service.GetHallAsync((await App.OngoingExhibitionAsync()).Slug))!;
        var booths = hall.Halls.SelectMany(h => h.Booths).ToList();
        var regency = booths.GroupBy(b => b.RegencyName).Where(g => g.Count() < booths.Count)
            .OrderByDescending(g => g.Count()).First();
        return (hall, regency.Key, regency.ToList());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Buyer_opens_the_hall_filters_by_regency_opens_a_booth_and_sees_the_exhibition_price(bool javaScript)
    {
        var (hallView, regencyName, expected) = await RegencyWithSomeBoothsAsync();
        var list = new ExhibitionsPage(await NewPageAsync(360, javaScript));
        await list.OpenAsync();

        await list.Page.Locator($"main a[href='/pameran/{hallView.Exhibition.Slug}']").First.ClickAsync();
        await list.Page.ArrivedAsync(Arrival.EndsWith($"/pameran/{hallView.Exhibition.Slug}"));
        var hall = new HallPage(list.Page);
        Assert.Equal(hallView.Exhibition.Title, (await hall.Heading.InnerTextAsync()).Trim());
        Assert.Equal(hallView.Exhibition.BoothCount, await hall.BoothLinks.CountAsync());

        await hall.FilterByRegencyAsync(regencyName);

        Assert.Contains("wilayah=", hall.Page.Url);
        Assert.Equal(expected.Select(b => b.GroupName), await BasePage.TextsAsync(hall.BoothNames));
        Assert.All(await BasePage.TextsAsync(hall.BoothRegencies), r => Assert.Equal(regencyName, r));
        Assert.Contains($"{expected.Count} dari {hallView.Exhibition.BoothCount}", await hall.ShownCount.InnerTextAsync());

        var target = expected.First(b => b.Products.Any(p => p.ExhibitionPrice < p.Price));
        await hall.BoothLinks.Filter(new() { HasText = target.GroupName }).ClickAsync();
        await hall.Page.ArrivedAsync(Arrival.EndsWith($"/stan/{target.GroupSlug}"));
        var booth = new BoothPage(hall.Page);
        Assert.Equal(target.GroupName, (await booth.Heading.InnerTextAsync()).Trim());
        var product = target.Products.First(p => p.ExhibitionPrice < p.Price);
        var card = booth.ProductCards.Filter(new() { HasText = product.Name });
        Assert.Equal(Rupiah(product.ExhibitionPrice!.Value), await BasePage.TextAsync(card.Locator(".price-special")));
        Assert.Equal(Rupiah(product.Price), await BasePage.TextAsync(card.Locator("s.price-was")));
        Assert.EndsWith($"?stan={target.Id}", await card.Locator("a.product-card__link").GetAttributeAsync("href"));
        Assert.EndsWith("/whatsapp", await booth.WhatsAppButton.GetAttributeAsync("href"));
        Assert.Equal(1, await booth.InquirySection.CountAsync());
    }

    [Theory]
    [InlineData("aula")]
    [InlineData("aula-tersaring")]
    [InlineData("stan")]
    public async Task Hall_and_booth_pages_have_no_axe_violations(string name)
    {
        var path = await PathAsync(name);
        var page = new PublicPage(await NewPageAsync());
        await page.OpenAsync(path);

        await LookChecks.AssertAxeCleanAsync(page.Page, anyImpact: true);
    }

    public static TheoryData<string, int> ScreenshotCases()
    {
        var data = new TheoryData<string, int>();
        foreach (var name in new[] { "pameran", "aula", "aula-tersaring", "stan", "aula-mendatang", "aula-selesai" })
        {
            data.Add(name, 360);
            data.Add(name, 1280);
        }

        return data;
    }

    /// <summary>Screenshots to look at (TestResults/screenshots/exhibition-*.png); at 360 px nothing scrolls sideways.</summary>
    [Theory]
    [MemberData(nameof(ScreenshotCases))]
    public async Task Exhibition_pages_screenshot_without_horizontal_overflow(string name, int width)
    {
        var path = await PathAsync(name);
        var page = new PublicPage(await NewPageAsync(width));
        await page.OpenAsync(path);
        var file = App.ScreenshotPath($"exhibition-{name}-{width}");

        await page.ScreenshotAsync(file);

        Assert.True(File.Exists(file));
        if (width > 400) return;
        await LookChecks.AssertFitsAsync(page, width, file);
    }

    [Fact]
    public async Task Upcoming_hall_says_when_it_opens_and_a_past_one_that_it_has_ended()
    {
        var upcoming = new HallPage(await NewPageAsync());
        await upcoming.GotoAsync(await PathAsync("aula-mendatang"));
        var past = new HallPage(await NewPageAsync());
        await past.GotoAsync(await PathAsync("aula-selesai"));

        var opens = await upcoming.StatusNote.AllInnerTextsAsync();
        Assert.Contains(opens, t => t.Contains("Pameran dibuka", StringComparison.Ordinal) && t.Contains("WIB", StringComparison.Ordinal));
        Assert.True(await upcoming.BoothLinks.CountAsync() > 0, "an upcoming exhibition shows its booths as a preview");
        Assert.Contains(await past.StatusNote.AllInnerTextsAsync(), t => t.Contains("Pameran telah berakhir", StringComparison.Ordinal));
    }

    private async Task<string> PathAsync(string name)
    {
        switch (name)
        {
            case "aula-tersaring":
            {
                var (hall, _, booths) = await RegencyWithSomeBoothsAsync();
                return $"/pameran/{hall.Exhibition.Slug}?wilayah={booths[0].RegencySlug}";
            }
            case "aula-mendatang":
            case "aula-selesai":
            {
                await using var scope = App.Services.CreateAsyncScope();
                var phase = name == "aula-mendatang" ? ExhibitionPhase.Upcoming : ExhibitionPhase.Past;
                var all = await scope.ServiceProvider.GetRequiredService<ExhibitionService>().ListPublicAsync();
                return "/pameran/" + all.First(e => e.Phase == phase).Slug;
            }
            default:
                return await PathOfAsync(name);
        }
    }

    private static string Rupiah(long amount) => UppkaCatalog.Core.Common.Rupiah.Format(amount);
}
