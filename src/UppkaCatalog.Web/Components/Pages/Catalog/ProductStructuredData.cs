using System.Text.Encodings.Web;
using System.Text.Json;
using System.Globalization;
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
        if (VerifiedPermits(product) is { Count: > 0 } permits) data["hasCertification"] = permits;
        return JsonSerializer.Serialize(data, Options);
    }

    /// <summary>
    /// The permits staff verified, as schema.org <c>Certification</c>s (active, with the number and, for halal, the last
    /// day). A number
    /// nobody checked is left out: search engines would show it as a fact (issue 16). An expired halal certificate is
    /// not <see cref="PermitView.Verified"/>, so it is left out too.
    /// </summary>
    private static List<Dictionary<string, object?>> VerifiedPermits(ProductDetail product) =>
        product.Permits.Where(p => p.Verified).Select(p =>
        {
            var value = new Dictionary<string, object?>
            {
                ["@type"] = "Certification",
                ["name"] = PermitName(p.Kind),
                ["certificationIdentification"] = p.Number,
                ["certificationStatus"] = "https://schema.org/CertificationActive",
            };
            if (p.ExpiresOn is { } until) value["expires"] = until.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            return value;
        }).ToList();

    private static string PermitName(PermitKind kind) => kind switch
    {
        PermitKind.Pirt => "P-IRT",
        PermitKind.Halal => "Sertifikat halal",
        _ => "BPOM",
    };

    public static string AvailabilityUrl(Availability availability) => availability switch
    {
        Availability.PreOrder => "https://schema.org/PreOrder",
        Availability.OutOfStock => "https://schema.org/OutOfStock",
        _ => "https://schema.org/InStock",
    };

    /// <summary>The whole <c>&lt;script type="application/ld+json"&gt;</c> element (Razor does not allow a script tag in markup).</summary>
    public static string ScriptElement(string json) => $"<script type=\"application/ld+json\">{json}</script>";
}
