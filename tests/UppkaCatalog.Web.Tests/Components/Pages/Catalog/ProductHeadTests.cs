using System.Net;
using Microsoft.Extensions.DependencyInjection;
using System.Text.Json;
using System.Text.RegularExpressions;
using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Web.Tests.Support;

namespace UppkaCatalog.Web.Tests.Components.Pages.Catalog;

/// <summary>What a product page tells search engines and link previews (WhatsApp, Facebook): head tags and JSON-LD.</summary>
public sealed partial class ProductHeadTests(InquiryAppFactory app) : IClassFixture<InquiryAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [GeneratedRegex("<script type=\"application/ld\\+json\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex JsonLd();

    [GeneratedRegex("<link rel=\"canonical\" href=\"([^\"]*)\"")]
    private static partial Regex Canonical();

    [GeneratedRegex("<title>([^<]*)</title>")]
    private static partial Regex Title();

    [Fact]
    public async Task Head_has_title_description_canonical_and_OpenGraph_with_an_absolute_800px_JPEG()
    {
        var product = await app.PublishedProductAsync();
        using var client = app.Browser();

        var html = await client.GetStringAsync("/produk/" + product.Slug, Ct);

        var url = $"http://localhost/produk/{product.Slug}";
        Assert.Equal($"{product.Name} — {product.GroupName}", WebUtility.HtmlDecode(Title().Match(html).Groups[1].Value));
        Assert.Equal(url, Canonical().Match(html).Groups[1].Value);
        Assert.Equal(url, Html.MetaProperty(html, "og:url"));
        Assert.Equal("product", Html.MetaProperty(html, "og:type"));
        Assert.StartsWith(product.Name, Html.MetaProperty(html, "og:title"));
        var description = Html.MetaProperty(html, "og:description");
        Assert.False(string.IsNullOrWhiteSpace(description));
        Assert.True(description.Length <= 155);
        Assert.StartsWith(description.TrimEnd('…'), product.Description);
        Assert.Contains($"<meta name=\"description\" content=\"{WebUtility.HtmlEncode(description)}\"", html.Replace("&#x2026;", "…"));
        // The 800 px JPEG, or the largest JPEG of a photo narrower than that.
        var jpegs = product.Photos[0].Variants.Where(v => v.Format == "jpg").OrderBy(v => v.Width).ToList();
        var expected = jpegs.FirstOrDefault(v => v.Width >= 800) ?? jpegs[^1];
        Assert.True(expected.Width == 800 || expected.Width == product.Photos[0].Width);
        Assert.Equal($"http://localhost/media/{expected.Key}", Html.MetaProperty(html, "og:image"));
        Assert.Equal("image/jpeg", Html.MetaProperty(html, "og:image:type"));

        using var image = await client.GetAsync(new Uri(Html.MetaProperty(html, "og:image")!).PathAndQuery, Ct);
        Assert.Equal(HttpStatusCode.OK, image.StatusCode);
        Assert.Equal("image/jpeg", image.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task JSON_LD_is_a_Product_with_an_Offer_in_IDR_sold_by_the_group()
    {
        var product = await app.PublishedProductAsync(1);
        using var client = app.Browser();

        var html = await client.GetStringAsync("/produk/" + product.Slug, Ct);

        var script = Assert.Single(JsonLd().Matches(html));
        using var json = JsonDocument.Parse(script.Groups[1].Value);
        var root = json.RootElement;
        Assert.Equal("https://schema.org", root.GetProperty("@context").GetString());
        Assert.Equal("Product", root.GetProperty("@type").GetString());
        Assert.Equal(product.Name, root.GetProperty("name").GetString());
        Assert.Equal(product.Description, root.GetProperty("description").GetString());
        Assert.Equal($"http://localhost/produk/{product.Slug}", root.GetProperty("url").GetString());
        Assert.All(root.GetProperty("image").EnumerateArray(), i => Assert.Matches("^http://localhost/media/.+\\.jpg$", i.GetString()));
        Assert.Equal(product.Photos.Count, root.GetProperty("image").GetArrayLength());
        var offer = root.GetProperty("offers");
        Assert.Equal("Offer", offer.GetProperty("@type").GetString());
        Assert.Equal("IDR", offer.GetProperty("priceCurrency").GetString());
        Assert.Equal(product.Price, offer.GetProperty("price").GetInt64());
        Assert.Equal(product.Availability switch
        {
            Availability.PreOrder => "https://schema.org/PreOrder",
            Availability.OutOfStock => "https://schema.org/OutOfStock",
            _ => "https://schema.org/InStock",
        }, offer.GetProperty("availability").GetString());
        Assert.Equal(product.GroupName, offer.GetProperty("seller").GetProperty("name").GetString());
        Assert.Equal($"http://localhost/kelompok/{product.GroupSlug}", offer.GetProperty("seller").GetProperty("url").GetString());
    }

    [Fact]
    public async Task The_WhatsApp_message_names_the_product_its_price_and_its_canonical_address_even_after_an_inquiry()
    {
        var product = await app.PublishedProductAsync(2);
        Assert.NotNull(product.GroupWhatsApp);
        using var client = app.Browser();

        var html = await client.GetStringAsync($"/produk/{product.Slug}?terkirim=1", Ct);

        var link = Assert.Single(Html.Hrefs(html, "https://wa.me/"));
        var prefix = $"https://wa.me/{product.GroupWhatsApp.TrimStart('+')}?text=";
        Assert.StartsWith(prefix, link);
        var encoded = link[prefix.Length..];
        Assert.DoesNotContain(' ', encoded);
        Assert.DoesNotContain('&', encoded);
        var message = Uri.UnescapeDataString(encoded);
        Assert.Contains(product.Name, message);
        Assert.Contains(UppkaCatalog.Core.Common.Rupiah.Format(product.Price), message);
        Assert.EndsWith($" http://localhost/produk/{product.Slug}", message);
    }

    [Fact]
    public async Task The_page_shows_the_group_with_a_storefront_link_and_related_products_of_the_same_category()
    {
        var product = await app.PublishedProductAsync();
        using var client = app.Browser();

        var html = await client.GetStringAsync("/produk/" + product.Slug, Ct);

        Assert.Contains($"/kelompok/{product.GroupSlug}", Html.Hrefs(html, "/kelompok/"));
        var related = await app.Services.GetRequiredService<RelatedProductsService>().GetRelatedAsync(product.Slug, 4, Ct);
        Assert.NotEmpty(related);
        var links = Html.Hrefs(html, "/produk/");
        Assert.All(related, r => Assert.Contains("/produk/" + r.Slug, links));
        Assert.DoesNotContain("/produk/" + product.Slug, links);
        Assert.Contains("Produk serupa", html);
        Assert.Contains("loading=\"eager\"", html);
        Assert.Contains("<form", html);
        // The inquiry form posts to its own target with no per-visitor token: the page is one cached copy for everyone.
        Assert.Contains($"action=\"/produk/{product.Slug}/tanya\"", html);
        Assert.DoesNotContain("__RequestVerificationToken", html);
    }
}
