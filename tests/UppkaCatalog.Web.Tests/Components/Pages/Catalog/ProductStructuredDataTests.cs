using System.Text.Json;
using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Catalog.Permits;
using UppkaCatalog.Core.Programmes;
using UppkaCatalog.Web.Components.Pages.Catalog;

namespace UppkaCatalog.Web.Tests.Components.Pages.Catalog;

/// <summary>JSON-LD built from what members type: hostile text cannot break out of the script element.</summary>
public sealed class ProductStructuredDataTests
{
    private static ProductDetail Hostile(string text) => new(1, "x", text, text, 25_000, "bungkus", 1, Availability.PreOrder, 7, null, null, null, null, null, null,
        [], "Kue", "kue", text, "g", null, "Kabupaten Uji", "Desa", []);

    [Theory]
    [InlineData("</script><script>alert(1)</script>")]
    [InlineData("</SCRIPT >")]
    [InlineData("<!-- <script>")]
    [InlineData("\" }, \"@type\": \"Thing")]
    [InlineData("Dodol & Selai 'Nanas' \u2028 baris")]
    public void Hostile_text_is_escaped_and_reads_back_unchanged(string text)
    {
        var element = ProductStructuredData.ScriptElement(ProductStructuredData.Json(Hostile(text), "http://localhost/produk/x", [], "http://localhost/kelompok/g"));

        Assert.DoesNotContain("</script", element[..^"</script>".Length], StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<!--", element);
        Assert.DoesNotContain('<', element["<script type=\"application/ld+json\">".Length..^"</script>".Length]);
        var json = element["<script type=\"application/ld+json\">".Length..^"</script>".Length];
        using var doc = JsonDocument.Parse(json);
        Assert.Equal(text, doc.RootElement.GetProperty("name").GetString());
        Assert.Equal(text, doc.RootElement.GetProperty("offers").GetProperty("seller").GetProperty("name").GetString());
        Assert.Equal("https://schema.org/PreOrder", doc.RootElement.GetProperty("offers").GetProperty("availability").GetString());
        Assert.False(doc.RootElement.TryGetProperty("image", out _));
    }

    [Fact]
    public void Only_verified_permits_are_claimed_as_certifications()
    {
        var product = Hostile("Keripik") with { PirtNumber = "P-1", HalalNumber = "H-1", BpomNumber = "B-1" };
        var none = product with
        {
            Permits = [new PermitView(PermitKind.Pirt, "P-1", false, null, null), new PermitView(PermitKind.Halal, "H-1", false, null, null)],
        };
        var halal = product with
        {
            Permits =
            [
                new PermitView(PermitKind.Pirt, "P-1", false, null, null),
                new PermitView(PermitKind.Halal, "H-1", true, DateTimeOffset.UtcNow, new DateOnly(2027, 6, 30)),
                new PermitView(PermitKind.Bpom, "B-1", false, null, null),
            ],
        };

        using var unverified = JsonDocument.Parse(ProductStructuredData.Json(none, "http://localhost/produk/x", [], "http://localhost/kelompok/g"));
        using var verified = JsonDocument.Parse(ProductStructuredData.Json(halal, "http://localhost/produk/x", [], "http://localhost/kelompok/g"));

        Assert.False(unverified.RootElement.TryGetProperty("hasCertification", out _));
        var certification = Assert.Single(verified.RootElement.GetProperty("hasCertification").EnumerateArray());
        Assert.Equal(("Certification", "Sertifikat Halal", "H-1", "2027-06-30"), (certification.GetProperty("@type").GetString(),
            certification.GetProperty("name").GetString(), certification.GetProperty("certificationIdentification").GetString(),
            certification.GetProperty("expires").GetString()));
    }
}
