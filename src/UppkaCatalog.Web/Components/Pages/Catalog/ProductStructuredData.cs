using System.Text.Encodings.Web;
using System.Text.Json;
using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Catalog.Permits;
using UppkaCatalog.Core.Programmes;

namespace UppkaCatalog.Web.Components.Pages.Catalog;

/// <summary>
/// The schema.org <c>Product</c> with its <c>Offer</c> in IDR, as JSON-LD for search engines. Serialized by
/// System.Text.Json with its default encoder, which writes <c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c> and quotes
/// as <c>\u00XX</c>: a product text containing <c>&lt;/script&gt;</c> cannot end the script element.
/// </summary>
public static class ProductStructuredData
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.Default };

    /// <param name="product">The published product.</param>
    /// <param name="url">Its canonical absolute address.</param>
    /// <param name="imageUrls">Absolute JPEG addresses of its photos.</param>
    /// <param name="groupUrl">The group storefront's absolute address.</param>
    public static string Json(ProductDetail product, string url, IReadOnlyList<string> imageUrls, string groupUrl)
    {
        var data = new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Product",
            ["name"] = product.Name,
            ["description"] = product.Description,
            ["url"] = url,
            ["image"] = imageUrls,
            ["category"] = product.CategoryName,
            ["offers"] = new Dictionary<string, object?>
            {
                ["@type"] = "Offer",
                ["url"] = url,
                ["price"] = product.Price,
                ["priceCurrency"] = "IDR",
                ["availability"] = AvailabilityUrl(product.Availability),
                ["itemCondition"] = "https://schema.org/NewCondition",
                ["eligibleQuantity"] = new Dictionary<string, object?> { ["@type"] = "QuantitativeValue", ["minValue"] = product.MinimumOrder, ["unitText"] = product.Unit },
                ["seller"] = new Dictionary<string, object?> { ["@type"] = "Organization", ["name"] = product.GroupName, ["url"] = groupUrl },
            },
        };
        if (imageUrls.Count == 0) data.Remove("image");
        // Only permits staff verified (issue 16): a number nobody checked is not claimed as a certification.
        var certifications = product.Permits.Where(p => p.Verified).Select(Certification).ToList();
        if (certifications.Count > 0) data["hasCertification"] = certifications;
        return JsonSerializer.Serialize(data, Options);
    }

    private static Dictionary<string, object?> Certification(PermitView permit)
    {
        var (name, issuer) = permit.Kind switch
        {
            PermitKind.Pirt => ("P-IRT", "Dinas Kesehatan"),
            PermitKind.Halal => ("Sertifikat Halal", "BPJPH"),
            _ => ("BPOM", "Badan POM"),
        };
        var c = new Dictionary<string, object?>
        {
            ["@type"] = "Certification",
            ["name"] = name,
            ["certificationIdentification"] = permit.Number,
            ["certificationStatus"] = "https://schema.org/CertificationActive",
            ["issuedBy"] = new Dictionary<string, object?> { ["@type"] = "Organization", ["name"] = issuer },
        };
        if (permit.ExpiresOn is { } expires) c["expires"] = expires.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return c;
    }

    public static string AvailabilityUrl(Availability availability) => availability switch
    {
        Availability.PreOrder => "https://schema.org/PreOrder",
        Availability.OutOfStock => "https://schema.org/OutOfStock",
        _ => "https://schema.org/InStock",
    };

    /// <summary>The whole <c>&lt;script type="application/ld+json"&gt;</c> element (Razor does not allow a script tag in markup).</summary>
    public static string ScriptElement(string json) => $"<script type=\"application/ld+json\">{json}</script>";
}
