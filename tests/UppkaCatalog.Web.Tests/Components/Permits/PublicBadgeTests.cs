using System.Text.Json;
using Bunit;
using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Catalog.Permits;
using UppkaCatalog.Core.Programmes;
using UppkaCatalog.Tests.Shared;
using UppkaCatalog.Web.Components.Pages.Catalog;
using UppkaCatalog.Web.Components.Shared;
using UppkaCatalog.Web.Paths;
using UppkaCatalog.Web.Tests.Support;

namespace UppkaCatalog.Web.Tests.Components.Permits;

/// <summary>
/// Issue 16, what buyers see: "Terverifikasi" only beside a permit staff verified — on the product page, the cards and in
/// the JSON-LD; a number nobody checked stays shown as the group's own claim, without the badge; the catalogue link
/// keeps the "izin terverifikasi" filter.
/// </summary>
public sealed class PublicBadgeTests : ComponentTest
{
    private static ProductDetail Detail(params PermitView[] permits) =>
        new(7, "keripik-uji", "Keripik Uji", "Keripik pisang.", 25_000, "bungkus", 1, Availability.Ready, null, "200 g", null, null,
            "2081505010123-26", "ID00410000123450224", "MD 123456789012", [], "Makanan Olahan", "makanan-olahan", "UPPKA Melati", "uppka-melati",
            null, "Kabupaten Muaro Jambi", "Sengeti", [])
        {
            Permits = permits,
        };

    private static PermitView Pirt(bool verified) => new(PermitKind.Pirt, "2081505010123-26", verified, verified ? DateTimeOffset.UtcNow : null, null);

    private static PermitView Halal(bool verified, DateOnly? until = null) => new(PermitKind.Halal, "ID00410000123450224", verified, verified ? DateTimeOffset.UtcNow : null, until);

    private static PermitView Bpom(bool verified) => new(PermitKind.Bpom, "MD 123456789012", verified, null, null);

    [Fact]
    public void The_product_page_badges_only_the_verified_permit_and_shows_the_others_plainly()
    {
        using var _ = new CultureScope("id-ID");

        var cut = Render<ProductDetailView>(p => p
            .Add(x => x.Product, Detail(Pirt(verified: true), Halal(verified: false), Bpom(verified: false)))
            .Add(x => x.PageUrl, "http://localhost/produk/keripik-uji"));

        var verified = Assert.Single(cut.FindAll(".cert--verified"));
        Assert.Contains("2081505010123-26", verified.TextContent);
        Assert.Equal("Terverifikasi", verified.QuerySelector(".verified-badge")!.TextContent.Trim());
        Assert.Single(cut.FindAll(".verified-badge"));
        var claims = cut.FindAll(".cert--claim");
        Assert.Equal(2, claims.Count);
        Assert.Contains(claims, c => c.TextContent.Contains("ID00410000123450224", StringComparison.Ordinal));
        Assert.All(claims, c => Assert.Equal("Nomor dari kelompok, belum diperiksa petugas", c.GetAttribute("title")));
    }

    [Fact]
    public void Without_any_verification_no_badge_shows_anywhere_on_the_product_page()
    {
        using var _ = new CultureScope("id-ID");

        var cut = Render<ProductDetailView>(p => p
            .Add(x => x.Product, Detail(Pirt(false), Halal(false), Bpom(false)))
            .Add(x => x.PageUrl, "http://localhost/produk/keripik-uji"));

        Assert.Empty(cut.FindAll(".verified-badge"));
        Assert.DoesNotContain("Terverifikasi", cut.Markup);
        Assert.Equal(3, cut.FindAll(".cert--claim").Count);
    }

    [Theory]
    [InlineData("id-ID", "P-IRT · Halal terverifikasi")]
    [InlineData("en-US", "P-IRT · Halal verified")]
    public void A_card_names_its_verified_permits(string culture, string expected)
    {
        using var _ = new CultureScope(culture);

        var cut = Render<ProductCardView>(p => p.Add(x => x.Product, Card() with { VerifiedPermits = [PermitKind.Pirt, PermitKind.Halal] }));

        Assert.Equal(expected, cut.Find(".product-card__permits .verified-badge").TextContent.Trim());
    }

    [Fact]
    public void A_card_without_verified_permits_has_no_badge()
    {
        using var _ = new CultureScope("id-ID");

        var cut = Render<ProductCardView>(p => p.Add(x => x.Product, Card()));

        Assert.Empty(cut.FindAll(".product-card__permits"));
        Assert.Empty(cut.FindAll(".verified-badge"));
    }

    [Fact]
    public void The_json_ld_lists_only_verified_permits_as_active_certifications()
    {
        var json = ProductStructuredData.Json(Detail(Pirt(false), Halal(true, new DateOnly(2027, 12, 31)), Bpom(false)), "http://localhost/produk/keripik-uji", [],
            "http://localhost/kelompok/uppka-melati");

        using var doc = JsonDocument.Parse(json);
        var certification = Assert.Single(doc.RootElement.GetProperty("hasCertification").EnumerateArray());
        Assert.Equal("Certification", certification.GetProperty("@type").GetString());
        Assert.Equal("ID00410000123450224", certification.GetProperty("certificationIdentification").GetString());
        Assert.Equal("https://schema.org/CertificationActive", certification.GetProperty("certificationStatus").GetString());
        Assert.Equal("2027-12-31", certification.GetProperty("expires").GetString());
        Assert.DoesNotContain("2081505010123-26", json);
    }

    [Fact]
    public void The_json_ld_claims_no_certification_when_nothing_is_verified()
    {
        var json = ProductStructuredData.Json(Detail(Pirt(false), Halal(false), Bpom(false)), "http://localhost/produk/keripik-uji", [], "http://localhost/kelompok/uppka-melati");

        using var doc = JsonDocument.Parse(json);
        Assert.False(doc.RootElement.TryGetProperty("hasCertification", out _));
        Assert.DoesNotContain("erif", json, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Catalogue_links_keep_the_verified_filter_and_clearing_drops_it()
    {
        var query = new CatalogQuery { Text = "keripik", VerifiedOnly = true };

        Assert.Equal("/katalog?q=keripik&terverifikasi=1", CatalogPaths.For(query, null));
        Assert.Equal("/katalog?q=keripik&terverifikasi=1&halaman=2", CatalogPaths.For(query, 2));
        Assert.Equal("/katalog?q=keripik", CatalogPaths.WithoutFilters(query));
        Assert.True(query.HasFilters);
    }
}
