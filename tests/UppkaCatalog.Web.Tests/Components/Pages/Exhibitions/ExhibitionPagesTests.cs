using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Exhibitions;
using UppkaCatalog.Web.Tests.Support;

namespace UppkaCatalog.Web.Tests.Components.Pages.Exhibitions;

/// <summary>The buyers' exhibition pages over the demo data (read only: the demo app is shared).</summary>
[Collection(DemoAppCollection.Name)]
public sealed class ExhibitionPagesTests(AppFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private ExhibitionService Service => app.Services.GetRequiredService<ExhibitionService>();

    private async Task<ExhibitionSummary> InPhaseAsync(ExhibitionPhase phase) => (await Service.ListPublicAsync(Ct)).First(e => e.Phase == phase);

    private async Task<(ExhibitionHallView Hall, BoothSummary Booth)> OngoingBoothAsync()
    {
        var hall = (await Service.GetHallAsync((await InPhaseAsync(ExhibitionPhase.Ongoing)).Slug, ct: Ct))!;
        // A booth with an exhibition price below the normal one on its first product.
        return (hall, hall.Halls.SelectMany(h => h.Booths).First(b => b.Products.Count > 0 && b.Products[0].ExhibitionPrice < b.Products[0].Price));
    }

    private static async Task<(HttpStatusCode Status, string Html)> GetAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url, Ct);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Exhibitions_page_lists_ongoing_then_upcoming_with_a_countdown_then_past()
    {
        var exhibitions = await Service.ListPublicAsync(Ct);
        Assert.Equal(3, exhibitions.Count);
        using var client = app.Browser();

        var html = await client.GetStringAsync("/pameran", Ct);

        var links = Html.Hrefs(html, "/pameran/");
        Assert.All(exhibitions, e => Assert.Contains("/pameran/" + e.Slug, links));
        Assert.Equal(3, html.Split("class=\"exhibition-card ").Length - 1);
        var text = Html.Text(html);
        Assert.True(text.IndexOf("Sedang berlangsung", StringComparison.Ordinal) < text.IndexOf("Akan datang", StringComparison.Ordinal));
        Assert.True(text.IndexOf("Akan datang", StringComparison.Ordinal) < text.IndexOf("Telah selesai", StringComparison.Ordinal));
        var upcoming = exhibitions.Single(e => e.Phase == ExhibitionPhase.Upcoming);
        Assert.Matches(@"Dibuka dalam \d+ (hari|jam)", text);
        Assert.Contains($"Dibuka dalam {(int)upcoming.OpensIn!.Value.TotalDays} hari", text);
    }

    [Fact]
    public async Task Hall_page_shows_every_accepted_booth_with_group_regency_tagline_and_photos()
    {
        var (hall, _) = await OngoingBoothAsync();
        var slug = hall.Exhibition.Slug;
        using var client = app.Browser();

        var (status, html) = await GetAsync(client, "/pameran/" + slug);

        Assert.Equal(HttpStatusCode.OK, status);
        var text = Html.Text(html);
        Assert.Contains(hall.Exhibition.Title, text);
        var booths = hall.Halls.SelectMany(h => h.Booths).ToList();
        Assert.True(booths.Count >= 8);
        Assert.Equal(booths.Select(b => $"/pameran/{slug}/stan/{b.GroupSlug}"), Html.Hrefs(html, $"/pameran/{slug}/stan/"));
        Assert.All(booths, b =>
        {
            Assert.Contains(b.GroupName, text);
            Assert.Contains(b.Tagline, text);
            Assert.Contains(b.RegencyName, text);
        });
        Assert.All(hall.Halls, h => Assert.Contains($"<h2 id=\"aula-{h.Slug}\"", html));
        // Three or four product photos per tile, never every product.
        Assert.Equal(booths.Sum(b => b.Photos.Count), Regex.Matches(html, "class=\"booth-card__photos\"[\\s\\S]*?</div>").Sum(m => Regex.Matches(m.Value, "<img ").Count));
        Assert.Contains($"Menampilkan {booths.Count} dari {booths.Count} stan.", text);
    }

    [Fact]
    public async Task Hall_filter_by_regency_is_a_plain_get_form_and_narrows_the_booths()
    {
        var (hall, booth) = await OngoingBoothAsync();
        var slug = hall.Exhibition.Slug;
        var expected = hall.Halls.SelectMany(h => h.Booths).Where(b => b.RegencySlug == booth.RegencySlug).ToList();
        using var client = app.Browser();

        var (status, html) = await GetAsync(client, $"/pameran/{slug}?wilayah={booth.RegencySlug}&aula=&kategori=");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Matches($"<form[^>]*method=\"get\"[^>]*action=\"/pameran/{slug}\"", html);
        Assert.Equal(expected.Select(b => $"/pameran/{slug}/stan/{b.GroupSlug}"), Html.Hrefs(html, $"/pameran/{slug}/stan/"));
        Assert.Matches($"<option value=\"{booth.RegencySlug}\" selected", html);
        Assert.Contains($"Menampilkan {expected.Count} dari {hall.Exhibition.BoothCount} stan.", Html.Text(html));
        Assert.Contains("Hapus saringan", html);
    }

    [Fact]
    public async Task Hall_filter_by_hall_and_by_category()
    {
        var (hall, _) = await OngoingBoothAsync();
        var slug = hall.Exhibition.Slug;
        var second = hall.Halls[1];
        var category = hall.Options.Categories.Last();
        var withCategory = (await Service.GetHallAsync(slug, new HallFilter(Category: category.Slug), ct: Ct))!.Halls.SelectMany(h => h.Booths).ToList();
        using var client = app.Browser();

        var (_, byHall) = await GetAsync(client, $"/pameran/{slug}?aula={second.Slug}");
        var (_, byCategory) = await GetAsync(client, $"/pameran/{slug}?kategori={category.Slug}");

        Assert.Equal(second.Booths.Select(b => $"/pameran/{slug}/stan/{b.GroupSlug}"), Html.Hrefs(byHall, $"/pameran/{slug}/stan/"));
        Assert.NotEmpty(withCategory);
        Assert.True(withCategory.Count < hall.Exhibition.BoothCount);
        Assert.Equal(withCategory.Select(b => $"/pameran/{slug}/stan/{b.GroupSlug}"), Html.Hrefs(byCategory, $"/pameran/{slug}/stan/"));
    }

    [Fact]
    public async Task Booth_page_shows_the_group_story_products_with_exhibition_price_whatsapp_and_the_inquiry_place()
    {
        var (hall, summary) = await OngoingBoothAsync();
        var slug = hall.Exhibition.Slug;
        var booth = (await Service.GetBoothAsync(slug, summary.GroupSlug, ct: Ct))!;
        using var client = app.Browser();

        var (status, html) = await GetAsync(client, $"/pameran/{slug}/stan/{summary.GroupSlug}");

        Assert.Equal(HttpStatusCode.OK, status);
        var text = Html.Text(html);
        Assert.Contains(booth.GroupName, text);
        Assert.Contains(booth.GroupStory, text);
        Assert.Contains(booth.Tagline, text);
        Assert.Equal(booth.Products.Select(p => $"/produk/{p.Product.Slug}?stan={booth.BoothId}"), Html.Hrefs(html, "/produk/"));
        var first = booth.Products[0];
        Assert.Contains($"<span class=\"price-special\">{Rupiah.Format(first.ExhibitionPrice!.Value)}</span>", text);
        Assert.Matches($"<s class=\"price-was\"[^>]*>{Regex.Escape(Rupiah.Format(first.Product.Price))}</s>", text);
        Assert.Equal([$"/pameran/{slug}/stan/{summary.GroupSlug}/whatsapp"], Html.Hrefs(html, $"/pameran/{slug}/stan/{summary.GroupSlug}/"));
        Assert.Contains("<section id=\"tanya\"", html);
        // The group's number is reached through /whatsapp, never written in the page; the only wa.me link is the
        // catalogue's share link, which carries no number.
        Assert.DoesNotMatch(@"wa\.me/\d", html);
        Assert.Contains("https://wa.me/?text=", html);
    }

    [Fact]
    public async Task Hall_and_booth_pages_carry_sharing_head_tags_with_an_absolute_jpeg()
    {
        var (hall, booth) = await OngoingBoothAsync();
        var slug = hall.Exhibition.Slug;
        using var client = app.Browser();

        var (_, hallHtml) = await GetAsync(client, "/pameran/" + slug);
        var (_, boothHtml) = await GetAsync(client, $"/pameran/{slug}/stan/{booth.GroupSlug}");

        foreach (var (html, url) in new[] { (hallHtml, $"http://localhost/pameran/{slug}"), (boothHtml, $"http://localhost/pameran/{slug}/stan/{booth.GroupSlug}") })
        {
            Assert.Contains($"<link rel=\"canonical\" href=\"{url}\"", html);
            Assert.Equal(url, Html.MetaProperty(html, "og:url"));
            Assert.Equal("website", Html.MetaProperty(html, "og:type"));
            Assert.False(string.IsNullOrWhiteSpace(Html.MetaProperty(html, "og:title")));
            Assert.False(string.IsNullOrWhiteSpace(Html.MetaProperty(html, "og:description")));
            Assert.Matches(@"^http://localhost/media/[a-z]+/[0-9a-f]{32}/\d+\.jpg$", Html.MetaProperty(html, "og:image"));
            Assert.Matches("<meta name=\"description\" content=\"[^\"]+\"", html);
            Assert.DoesNotContain("noindex", html);
        }

        Assert.Contains(hall.Exhibition.Title, Html.MetaProperty(hallHtml, "og:title"));
        Assert.Contains(booth.GroupName, Html.MetaProperty(boothHtml, "og:title"));
    }

    [Fact]
    public async Task Each_phase_says_where_the_exhibition_stands_in_WIB()
    {
        using var client = app.Browser();
        var upcoming = await InPhaseAsync(ExhibitionPhase.Upcoming);

        var (_, ongoingHtml) = await GetAsync(client, "/pameran/" + (await InPhaseAsync(ExhibitionPhase.Ongoing)).Slug);
        var (_, upcomingHtml) = await GetAsync(client, "/pameran/" + upcoming.Slug);
        var (_, pastHtml) = await GetAsync(client, "/pameran/" + (await InPhaseAsync(ExhibitionPhase.Past)).Slug);

        Assert.Contains("Berlangsung sampai", Html.Text(ongoingHtml));
        var opens = upcoming.StartsAt.ToWib();
        Assert.Contains($"Pameran dibuka {opens.Day} ", Html.Text(upcomingHtml));
        Assert.Contains($"{opens:HH.mm} WIB", Html.Text(upcomingHtml));
        Assert.Contains("pratinjau", Html.Text(upcomingHtml));
        Assert.Contains("Pameran telah berakhir", Html.Text(pastHtml));
        Assert.DoesNotContain("Pameran telah berakhir", Html.Text(ongoingHtml));
        // Before opening the booths are already there to look at.
        Assert.NotEmpty(Html.Hrefs(upcomingHtml, $"/pameran/{upcoming.Slug}/stan/"));
    }

    [Fact]
    public async Task Unknown_exhibition_unknown_booth_and_a_group_without_a_booth_are_404()
    {
        var (hall, _) = await OngoingBoothAsync();
        var slug = hall.Exhibition.Slug;
        var inHall = hall.Halls.SelectMany(h => h.Booths).Select(b => b.GroupSlug).ToList();
        var outsider = await app.QueryAsync(db => db.Groups.Where(g => !inHall.Contains(g.Slug)).Select(g => g.Slug).FirstAsync(Ct));
        using var client = app.Browser();

        var (booth, boothHtml) = await GetAsync(client, $"/pameran/{slug}/stan/tidak-ada");
        var (exhibition, _) = await GetAsync(client, "/pameran/tidak-ada");
        var (notInHall, _) = await GetAsync(client, $"/pameran/{slug}/stan/{outsider}");

        Assert.Equal(HttpStatusCode.NotFound, booth);
        Assert.Contains("Halaman tidak ditemukan", boothHtml);
        Assert.Equal(HttpStatusCode.NotFound, exhibition);
        Assert.Equal(HttpStatusCode.NotFound, notInHall);
    }
}
