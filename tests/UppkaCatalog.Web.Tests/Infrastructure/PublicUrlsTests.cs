using System.Net;
using System.Xml.Linq;
using Microsoft.AspNetCore.Hosting;
using UppkaCatalog.Core.Data;
using UppkaCatalog.Web.Infrastructure;
using UppkaCatalog.Web.Tests.Support;
using static UppkaCatalog.Web.Tests.Support.BoothInquiryFlows;

namespace UppkaCatalog.Web.Tests.Infrastructure;

/// <summary>The demo app with <c>Site:PublicBaseUrl</c> set, as in Production.</summary>
public sealed class PublicBaseUrlAppFactory : InquiryAppFactory
{
    public const string Site = "https://katalog.uppka.id";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting(PublicUrls.Setting, Site + "/");
    }
}

/// <summary>Checks of the setting itself: what start-up accepts, and the one line it stops with otherwise.</summary>
public sealed class PublicUrlsSettingTests
{
    [Theory]
    [InlineData("https://katalog.uppka.id", "https://katalog.uppka.id")]
    [InlineData("https://katalog.uppka.id/", "https://katalog.uppka.id")]
    [InlineData("http://localhost:8080/katalog-uppka/", "http://localhost:8080/katalog-uppka")]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void A_good_value_is_kept_without_its_trailing_slash(string? value, string? expected) =>
        Assert.Equal(expected, PublicUrls.Parse(value));

    [Theory]
    [InlineData("katalog.uppka.id")]
    [InlineData("/katalog")]
    [InlineData("ftp://katalog.uppka.id")]
    [InlineData("https://katalog.uppka.id/?x=1")]
    [InlineData("https://katalog.uppka.id/#atas")]
    public void A_bad_value_stops_start_up_with_one_line_naming_the_setting(string value)
    {
        var problem = Assert.Throws<DatabaseSetup.ConfigurationProblem>(() => PublicUrls.Parse(value));
        Assert.Contains("Site:PublicBaseUrl", problem.Message);
        Assert.DoesNotContain('\n', problem.Message);
    }
}

/// <summary>
/// With <c>Site:PublicBaseUrl</c> set, a hostile <c>Host</c> header never reaches an absolute address: not the product
/// page's head, not the sitemap or robots.txt, not the WhatsApp message, the poster's QR code or the API.
/// </summary>
public sealed class PublicUrlsTests(PublicBaseUrlAppFactory app) : IClassFixture<PublicBaseUrlAppFactory>
{
    private const string Evil = "evil.example";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<HttpResponseMessage> GetAsync(HttpClient client, string path, string host = Evil)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Host = host;
        return await client.SendAsync(request, Ct);
    }

    private async Task<string> BodyAsync(string path)
    {
        using var client = app.Browser();
        using var response = await GetAsync(client, path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.DoesNotContain(Evil, body);
        return body;
    }

    [Fact]
    public async Task The_product_page_head_and_WhatsApp_link_use_the_configured_address()
    {
        var product = await app.PublishedProductAsync();
        var html = await BodyAsync($"/produk/{product.Slug}");

        var page = $"{PublicBaseUrlAppFactory.Site}/produk/{product.Slug}";
        Assert.Equal(page, Html.MetaProperty(html, "og:url"));
        Assert.Contains($"<link rel=\"canonical\" href=\"{page}\"", html);
        Assert.StartsWith(PublicBaseUrlAppFactory.Site + "/media/", Html.MetaProperty(html, "og:image"));
        Assert.Contains($"\"url\":\"{page}\"", html.Replace("\\/", "/"));
        Assert.Contains(Uri.EscapeDataString(page), html); // in the wa.me message text
    }

    [Fact]
    public async Task Every_sitemap_loc_and_the_robots_line_use_the_configured_address()
    {
        var xml = XDocument.Parse(await BodyAsync("/sitemap.xml"));
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var locs = xml.Root!.Elements(ns + "url").Select(u => u.Element(ns + "loc")!.Value).ToList();

        Assert.NotEmpty(locs);
        Assert.All(locs, loc => Assert.StartsWith(PublicBaseUrlAppFactory.Site + "/", loc));
        Assert.Contains($"Sitemap: {PublicBaseUrlAppFactory.Site}/sitemap.xml", await BodyAsync("/robots.txt"));
    }

    [Fact]
    public async Task Booth_poster_storefront_hall_and_catalogue_use_the_configured_address()
    {
        var booth = BoothPath(Ongoing, Melati);
        Assert.Contains(PublicBaseUrlAppFactory.Site + booth, Html.Text(await BodyAsync(booth + "/poster")));
        Assert.Equal(PublicBaseUrlAppFactory.Site + booth, Html.MetaProperty(await BodyAsync(booth), "og:url"));
        Assert.Equal(PublicBaseUrlAppFactory.Site + "/pameran/" + Ongoing, Html.MetaProperty(await BodyAsync("/pameran/" + Ongoing), "og:url"));
        Assert.Contains($"href=\"{PublicBaseUrlAppFactory.Site}/kelompok/{Melati}\"", await BodyAsync("/kelompok/" + Melati));
        Assert.Contains($"href=\"{PublicBaseUrlAppFactory.Site}/katalog\"", await BodyAsync("/katalog"));
        Assert.Contains($"\"url\":\"{PublicBaseUrlAppFactory.Site}/produk/", await BodyAsync("/api/v1/products"));
    }

    [Fact]
    public async Task The_booth_WhatsApp_message_names_the_configured_address()
    {
        using var client = app.Browser();
        using var response = await GetAsync(client, BoothPath(Ongoing, Melati) + "/whatsapp");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = Uri.UnescapeDataString(response.Headers.Location!.ToString());
        Assert.Contains(PublicBaseUrlAppFactory.Site + BoothPath(Ongoing, Melati), location);
        Assert.DoesNotContain(Evil, location);
    }

    [Fact]
    public async Task One_cached_copy_serves_every_host_name()
    {
        var product = await app.PublishedProductAsync(1);
        using var client = app.Browser();
        (await GetAsync(client, $"/produk/{product.Slug}")).Dispose();

        using var real = await GetAsync(client, $"/produk/{product.Slug}", "localhost");

        Assert.NotNull(real.Headers.Age);
        Assert.DoesNotContain(Evil, await real.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task An_inquiry_from_the_configured_origin_is_taken_even_when_the_proxy_changes_the_Host()
    {
        var product = await app.PublishedProductAsync(2);
        using var client = app.Browser();

        using var sent = await app.PostInquiryAsync(client, product.Slug, "Pembeli Situs Resmi", "081270000030", null, "Dari alamat resmi katalog.",
            new Dictionary<string, string> { ["Origin"] = PublicBaseUrlAppFactory.Site });
        using var foreign = await app.PostInquiryAsync(client, product.Slug, "Pembeli Situs Tiruan", "081270000031", null, "Dari situs yang meniru.",
            new Dictionary<string, string> { ["Origin"] = "https://katalog.uppka.id.evil.example" });
        using var otherScheme = await app.PostInquiryAsync(client, product.Slug, "Pembeli Http", "081270000032", null, "Dari alamat tanpa TLS.",
            new Dictionary<string, string> { ["Origin"] = "http://katalog.uppka.id:8443" });

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherScheme.StatusCode);
    }
}

/// <summary>
/// Without <c>Site:PublicBaseUrl</c> (development) addresses follow the request; then the cache must keep each host's
/// copy apart, so a page made for <c>Host: evil.example</c> is never served to a visitor of the real name.
/// </summary>
[Collection(DemoAppCollection.Name)]
public sealed class PublicUrlsFallbackTests(AppFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<string> GetAsync(HttpClient client, string path, string host)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Host = host;
        using var response = await client.SendAsync(request, Ct);
        return await response.Content.ReadAsStringAsync(Ct);
    }

    [Theory]
    [InlineData("/sitemap.xml")]
    [InlineData("/pameran")]
    [InlineData("/produk/keripik-pisang-manis-melati")]
    public async Task A_page_made_for_a_hostile_host_is_never_served_under_the_real_one(string path)
    {
        using var client = app.Browser();
        var poisoned = await GetAsync(client, path, "evil.example");
        await GetAsync(client, path, "evil.example"); // now in the cache under that host

        var real = await GetAsync(client, path, "localhost");

        Assert.Contains("http://evil.example/", poisoned); // the documented fallback: the request's own host
        Assert.DoesNotContain("evil.example", real);
        Assert.Contains("http://localhost/", real);
    }
}
