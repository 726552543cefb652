using UppkaCatalog.Core.Common;

namespace UppkaCatalog.Core.Catalog;

/// <summary>
/// The listing rules, in one place for the editor, the API and the tests. Field keys are the
/// API's camelCase names; messages (<see cref="ServiceMessages"/>, in the caller's language) say what to do.
/// </summary>
public static class ProductRules
{
    public const int MaxPhotos = 8;
    public const long MaxPrice = 1_000_000_000;
    public const int MinDescriptionLength = 20;

    /// <summary>Checks what any save needs (a draft too): lengths, number ranges and well-formed links.</summary>
    public static Dictionary<string, string> CheckDraft(ProductInput p)
    {
        var e = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(p.Name)) e["name"] = ServiceMessages.ProductNameMissing;
        Length(e, "name", p.Name, 120);
        Length(e, "description", p.Description, 4000);
        Length(e, "unit", p.Unit, 30);
        Length(e, "netContent", p.NetContent, 60);
        Length(e, "packaging", p.Packaging, 120);
        Length(e, "shelfLife", p.ShelfLife, 60);
        Length(e, "pirtNumber", p.PirtNumber, 40);
        Length(e, "halalNumber", p.HalalNumber, 40);
        Length(e, "bpomNumber", p.BpomNumber, 40);
        if (p.Price is { } price && (price < 1 || price > MaxPrice)) e["price"] = ServiceMessages.PriceOutOfRange;
        if (p.MinimumOrder is { } min && (min < 1 || min > 100_000)) e["minimumOrder"] = ServiceMessages.MinimumOrderTooSmall;
        if (!Enum.IsDefined(p.Availability)) e["availability"] = ServiceMessages.AvailabilityUnknown;
        if (p.Availability == Availability.PreOrder && p.PreOrderDays is not (>= 1 and <= 90))
        {
            e["preOrderDays"] = ServiceMessages.PreOrderDaysOutOfRange;
        }

        if (p.LabelTicks?.FirstOrDefault(t => !Labels.LabelChecklist.IsTickId(t)) is { } unknown)
        {
            // Hostile or stale input is refused whole (nothing is written), naming what was wrong; cut short so a huge id stays a message.
            e["labelTicks"] = Resources.LabelMessages.UnknownTick(unknown.Length > 40 ? unknown[..40] + "…" : unknown);
        }

        if (p.MarketplaceLinks.Count > 6) e["marketplaceLinks"] = ServiceMessages.TooManyMarketplaceLinks;
        for (var i = 0; i < p.MarketplaceLinks.Count; i++)
        {
            var link = p.MarketplaceLinks[i];
            if (string.IsNullOrWhiteSpace(link.Name) || link.Name.Length > 40)
            {
                e[$"marketplaceLinks[{i}].name"] = ServiceMessages.MarketplaceNameInvalid;
            }

            if (!IsWebLink(link.Url))
            {
                e[$"marketplaceLinks[{i}].url"] = ServiceMessages.MarketplaceUrlInvalid;
            }
        }

        return e;
    }

    /// <summary>Checks what submitting for review needs on top of <see cref="CheckDraft"/>.</summary>
    public static Dictionary<string, string> CheckSubmit(ProductInput p, int photoCount)
    {
        var e = CheckDraft(p);
        if (string.IsNullOrWhiteSpace(p.CategorySlug)) e.TryAdd("categorySlug", ServiceMessages.CategoryMissing);
        if (string.IsNullOrWhiteSpace(p.Description) || p.Description.Trim().Length < MinDescriptionLength)
        {
            e.TryAdd("description", ServiceMessages.DescriptionTooShort(MinDescriptionLength));
        }

        if (p.Price is null) e.TryAdd("price", ServiceMessages.PriceMissing);
        if (string.IsNullOrWhiteSpace(p.Unit)) e.TryAdd("unit", ServiceMessages.UnitMissing);
        if (photoCount == 0) e.TryAdd("photos", ServiceMessages.PackagingPhotoMissing);
        return e;
    }

    public static bool IsWebLink(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && !string.IsNullOrEmpty(uri.Host) && url!.Length <= 500;

    private static void Length(Dictionary<string, string> e, string field, string? value, int max)
    {
        if (value is not null && value.Length > max) e.TryAdd(field, ServiceMessages.TooLong(max));
    }

    /// <summary>Trims text fields and turns blanks into null, so "  " is never stored as a PIRT number.</summary>
    public static ProductInput Normalize(ProductInput p) => new()
    {
        Name = Clean(p.Name),
        CategorySlug = Clean(p.CategorySlug),
        Description = p.Description?.Trim() ?? "",
        Price = p.Price,
        Unit = Clean(p.Unit),
        MinimumOrder = p.MinimumOrder,
        Availability = p.Availability,
        PreOrderDays = p.Availability == Availability.PreOrder ? p.PreOrderDays : null,
        NetContent = Clean(p.NetContent),
        Packaging = Clean(p.Packaging),
        ShelfLife = Clean(p.ShelfLife),
        PirtNumber = Clean(p.PirtNumber),
        HalalNumber = Clean(p.HalalNumber),
        BpomNumber = Clean(p.BpomNumber),
        MarketplaceLinks = p.MarketplaceLinks.Where(l => !string.IsNullOrWhiteSpace(l.Url) || !string.IsNullOrWhiteSpace(l.Name))
            .Select(l => new MarketplaceLink(l.Name?.Trim() ?? "", l.Url?.Trim() ?? "")).ToList(),
        LabelTicks = p.LabelTicks?.Select(t => t?.Trim() ?? "").Distinct(StringComparer.Ordinal).ToList(),
    };

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
