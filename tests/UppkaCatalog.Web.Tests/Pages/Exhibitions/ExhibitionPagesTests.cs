using System.Net;
using Microsoft.Extensions.DependencyInjection;
using UppkaCatalog.Core.Exhibitions;
using UppkaCatalog.Web.Tests.Support;

namespace UppkaCatalog.Web.Tests.Pages.Exhibitions;

[Collection(DemoAppCollection.Name)]
public sealed class ExhibitionPagesTests(AppFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<ExhibitionSummary> OngoingAsync() =>
        (await app.Services.GetRequiredService<ExhibitionService>().ListPublicAsync(Ct)).Single(e => e.Phase == ExhibitionPhase.Ongoing);

    [Fact]
    public async Task Exhibitions_page_lists_the_three_demo_exhibitions()
    {
        var exhibitions = await app.Services.GetRequiredService<ExhibitionService>().ListPublicAsync(Ct);
        Assert.Equal(3, exhibitions.Count);
        using var client = app.Browser();

        var html = await client.GetStringAsync("/pameran", Ct);

        var links = Html.Hrefs(html, "/pameran/");
        Assert.All(exhibitions, e => Assert.Contains("/pameran/" + e.Slug, links));
        Assert.Equal(3, html.Split("class=\"exhibition-card ").Length - 1);
        var text = Html.Text(html);
        Assert.True(text.IndexOf("Sedang berlangsung", StringComparison.Ordinal) < text.IndexOf("Akan datang", StringComparison.Ordinal));
        Assert.True(text.IndexOf("Akan datang", StringComparison.Ordinal) < text.IndexOf("Telah selesai", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Hall_page_shows_the_accepted_booths_with_links()
    {
        var ongoing = await OngoingAsync();
        var hall = await app.Services.GetRequiredService<ExhibitionService>().GetHallAsync(ongoing.Slug, Ct);
        using var client = app.Browser();

        using var response = await client.GetAsync("/pameran/" + ongoing.Slug, Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(ongoing.Title, Html.Text(html));
        var boothLinks = Html.Hrefs(html, $"/pameran/{ongoing.Slug}/stan/");
        Assert.True(boothLinks.Count >= 8);
        Assert.Equal(hall!.Halls.SelectMany(h => h.Booths).Select(b => $"/pameran/{ongoing.Slug}/stan/{b.GroupSlug}"), boothLinks);
    }

    [Fact]
    public async Task Booth_page_shows_the_group_and_its_products()
    {
        var ongoing = await OngoingAsync();
        using var client = app.Browser();
        var hallHtml = await client.GetStringAsync("/pameran/" + ongoing.Slug, Ct);
        var boothLink = Html.Hrefs(hallHtml, $"/pameran/{ongoing.Slug}/stan/")[0];
        var booth = await app.Services.GetRequiredService<ExhibitionService>().GetBoothAsync(ongoing.Slug, boothLink.Split('/')[^1], Ct);
        Assert.NotNull(booth);

        using var response = await client.GetAsync(boothLink, Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(booth.GroupName, Html.Text(html));
        Assert.Equal(booth.Products.Select(p => "/produk/" + p.Product.Slug), Html.Hrefs(html, "/produk/"));
    }

    [Fact]
    public async Task Unknown_booth_and_unknown_exhibition_are_404()
    {
        var ongoing = await OngoingAsync();
        using var client = app.Browser();

        using var booth = await client.GetAsync($"/pameran/{ongoing.Slug}/stan/tidak-ada", Ct);
        using var exhibition = await client.GetAsync("/pameran/tidak-ada", Ct);

        Assert.Equal(HttpStatusCode.NotFound, booth.StatusCode);
        Assert.Contains("Halaman tidak ditemukan", await booth.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.NotFound, exhibition.StatusCode);
    }
}
