using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;
using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Web.Tests.Support;

namespace UppkaCatalog.Web.Tests.Components.Pages.Catalog;

/// <summary>The catalogue search page over HTTP (static SSR, JavaScript not involved), on the demo data.</summary>
[Collection(DemoAppCollection.Name)]
public sealed class CatalogSearchPageTests(AppFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> HostileQueries => new()
    {
        "q=" + new string('k', 5_000),
        "q=" + Uri.EscapeDataString("\""),
        "q=" + Uri.EscapeDataString("*"),
        "q=" + Uri.EscapeDataString("NEAR("),
        "q=-",
        "q=AND",
        "q=" + Uri.EscapeDataString("keripik OR \"kopi"),
        "q=" + Uri.EscapeDataString("'); DROP TABLE Products; --"),
        "halaman=-5",
        "halaman=0",
        "halaman=999999999",
        "halaman=99999999999999999999",
        "halaman=abc",
        "kategori=" + Uri.EscapeDataString("<script>alert(1)</script>"),
        "wilayah=" + Uri.EscapeDataString("<b>"),
        "harga_min=abc&harga_max=-1",
        "harga_min=" + Uri.EscapeDataString("25.000,50"),
        "sertifikat=sni&sertifikat=&tersedia=besok&urut=acak",
        "q=&kategori=&wilayah=&harga_min=&harga_max=&sertifikat=&tersedia=&urut=&halaman=",
    };

    private async Task<(HttpStatusCode Status, IHtmlDocument Page, string Html)> GetAsync(string url)
    {
        using var client = app.Browser();
        using var response = await client.GetAsync(url, Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);
        return (response.StatusCode, new HtmlParser().ParseDocument(html), html);
    }

    private static string? Selected(IHtmlDocument page, string name) =>
        page.QuerySelectorAll<IHtmlSelectElement>($"select[name={name}]").Single().SelectedOptions.SingleOrDefault()?.Value;

    private static List<string> ProductLinks(IHtmlDocument page) =>
        page.QuerySelectorAll(".product-grid a[href^='/produk/']").Select(a => a.GetAttribute("href")!).ToList();

    [Theory]
    [MemberData(nameof(HostileQueries))]
    public async Task Hostile_input_answers_200_with_the_search_form_and_a_result(string query)
    {
        var (status, page, html) = await GetAsync("/katalog?" + query);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.NotNull(page.QuerySelector("form[role=search] input[name=q]"));
        Assert.Matches(@"^\d[\d.]* produk", page.QuerySelector(".catalog__count")!.TextContent.Trim());
        Assert.DoesNotContain("<script>alert", html);
        Assert.DoesNotContain("<b>", html);
    }

    [Fact]
    public async Task A_word_prefix_finds_the_products_the_service_finds()
    {
        var expected = await app.Services.GetRequiredService<CatalogService>().SearchAsync(new CatalogQuery { Text = "keri" }, Ct);

        var (_, page, _) = await GetAsync("/katalog?q=keri");

        Assert.NotEmpty(expected.Results.Items);
        Assert.Equal(expected.Results.Items.Select(p => "/produk/" + p.Slug), ProductLinks(page));
        Assert.Contains("Keripik", page.QuerySelector(".product-grid")!.TextContent);
        Assert.Equal($"{expected.Results.TotalCount} produk untuk “keri”", page.QuerySelector(".catalog__count")!.TextContent.Trim());
    }

    [Fact]
    public async Task The_form_shows_the_filters_that_were_applied()
    {
        var (_, page, _) = await GetAsync("/katalog?q=keri&kategori=kue-camilan&wilayah=1505&harga_min=10.000&harga_max=50000" +
            "&sertifikat=halal&sertifikat=pirt&tersedia=siap&urut=termurah");

        Assert.Equal("keri", page.QuerySelector<IHtmlInputElement>("input[name=q]")!.Value);
        Assert.Equal("kue-camilan", Selected(page, "kategori"));
        Assert.Equal("muaro-jambi", Selected(page, "wilayah")); // the BPS code, shown as the regency it names
        Assert.Equal("10.000", page.QuerySelector<IHtmlInputElement>("input[name=harga_min]")!.Value);
        Assert.Equal("50.000", page.QuerySelector<IHtmlInputElement>("input[name=harga_max]")!.Value);
        var certificates = page.QuerySelectorAll<IHtmlInputElement>("input[name=sertifikat]");
        Assert.Equal(["halal", "pirt"], certificates.Where(c => c.IsChecked).Select(c => c.Value));
        Assert.Equal("siap", Selected(page, "tersedia"));
        Assert.Equal("termurah", Selected(page, "urut"));
        Assert.True(page.QuerySelector<IHtmlDetailsElement>("details.filters")!.IsOpen);
        // Every filter field belongs to the GET form, wherever it stands in the page.
        Assert.All(page.QuerySelectorAll("[name]").Where(e => e.Closest("form") is null && e is IHtmlInputElement or IHtmlSelectElement),
            e => Assert.Equal("katalog-cari", e.GetAttribute("form")));
    }

    [Fact]
    public async Task Without_filters_the_filter_block_is_folded_and_the_sort_is_the_default()
    {
        var (_, page, _) = await GetAsync("/katalog?q=kopi");

        Assert.False(page.QuerySelector<IHtmlDetailsElement>("details.filters")!.IsOpen);
        Assert.Equal("", Selected(page, "urut"));
        Assert.Equal("", Selected(page, "kategori"));
        Assert.DoesNotContain(page.QuerySelectorAll<IHtmlInputElement>("input[name=sertifikat]"), c => c.IsChecked);
    }

    [Fact]
    public async Task Page_links_keep_the_filters_and_the_sort()
    {
        var (_, page, _) = await GetAsync("/katalog?urut=termurah&harga_max=1.000.000");

        var next = page.QuerySelector("nav.pager a[rel=next]")?.GetAttribute("href");
        Assert.Equal("/katalog?harga_max=1000000&urut=termurah&halaman=2", next);
        Assert.NotNull(next);
        var (_, second, _) = await GetAsync(next);
        Assert.Equal("/katalog?harga_max=1000000&urut=termurah&halaman=1", second.QuerySelector("nav.pager a[rel=prev]")?.GetAttribute("href"));
        Assert.Empty(ProductLinks(page).Intersect(ProductLinks(second)));
    }

    [Fact]
    public async Task A_page_past_the_end_shows_the_last_page()
    {
        var (_, last, _) = await GetAsync("/katalog?halaman=999999999");
        var pager = last.QuerySelector("nav.pager [aria-current=page]")!.TextContent;

        Assert.Matches(@"^Halaman (\d+) dari \1$", pager);
        Assert.NotEmpty(ProductLinks(last));
    }

    [Fact]
    public async Task An_empty_result_says_so_and_offers_to_clear_the_filters()
    {
        var (status, page, _) = await GetAsync("/katalog?q=zzzqqq&kategori=kue-camilan&sertifikat=bpom");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Empty(ProductLinks(page));
        Assert.Contains("Tidak ada produk yang cocok.", page.QuerySelector(".catalog__empty")!.TextContent);
        var links = page.QuerySelectorAll(".catalog__empty a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/katalog?q=zzzqqq", links);
        Assert.Contains("/katalog", links);
    }

    [Fact]
    public async Task Title_description_and_canonical_name_the_search()
    {
        var (_, page, _) = await GetAsync("/katalog?q=keri&kategori=tidak-ada&urut=&halaman=1");

        Assert.StartsWith("“keri” — Katalog UPPKA", page.Title);
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("meta[name=description]")?.GetAttribute("content")));
        // Unknown values, the default sort and page 1 are left out of the canonical address.
        Assert.Equal("http://localhost/katalog?q=keri", page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Later_pages_name_their_page_in_the_title_and_canonical()
    {
        var (_, page, _) = await GetAsync("/katalog?halaman=2");

        Assert.Contains("halaman 2", page.Title);
        Assert.Equal("http://localhost/katalog?halaman=2", page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
    }
}
