using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Common;

namespace UppkaCatalog.Web.Components.Pages.Manage;

/// <summary>
/// The product editor's form state: fields as the member typed them (price and numbers as text,
/// so "Rp 25.000" survives until it is read), the product version the form was loaded from, and
/// the messages to show beside the fields, keyed like the services' <see cref="ValidationException"/>
/// (camelCase: "price", "marketplaceLinks[0].url"). Plain C#, so tests can drive it without a browser.
/// </summary>
public sealed class ProductEditorModel
{
    private static readonly CultureInfo Indonesian = CultureInfo.GetCultureInfo("id-ID");

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Keys that have a field of their own in the form; other messages go to the summary at the top.</summary>
    private static readonly HashSet<string> FieldKeys =
    [
        "name", "categorySlug", "description", "price", "unit", "minimumOrder", "availability", "preOrderDays",
        "netContent", "packaging", "shelfLife", "pirtNumber", "halalNumber", "bpomNumber", "marketplaceLinks", "photos", "labelTicks",
    ];

    public string Name { get; set; } = "";

    public string? CategorySlug { get; set; }

    public string Description { get; set; } = "";

    /// <summary>As typed: "25.000", "25000" and "Rp 25.000" all mean twenty-five thousand rupiah.</summary>
    public string PriceText { get; set; } = "";

    public string Unit { get; set; } = "";

    public string MinimumOrderText { get; set; } = "1";

    public Availability Availability { get; set; }

    public string PreOrderDaysText { get; set; } = "";

    public string NetContent { get; set; } = "";

    public string Packaging { get; set; } = "";

    public string ShelfLife { get; set; } = "";

    public string PirtNumber { get; set; } = "";

    public string HalalNumber { get; set; } = "";

    public string BpomNumber { get; set; } = "";

    public List<LinkRow> Links { get; set; } = [];

    /// <summary>Label checklist items ticked as printed on the label (kept in the server-side draft with the rest).</summary>
    public List<string> LabelTicks { get; set; } = [];

    /// <summary>The version these fields were loaded from: a save expects it, so a stale form is refused, not applied.</summary>
    public Guid Version { get; set; }

    [JsonIgnore]
    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    public static ProductEditorModel FromView(ProductEditView view)
    {
        var m = FromInput(view.Input);
        m.Version = view.Version;
        return m;
    }

    public static ProductEditorModel FromInput(ProductInput p) => new()
    {
        Name = p.Name ?? "",
        CategorySlug = p.CategorySlug,
        Description = p.Description ?? "",
        PriceText = p.Price is { } price ? price.ToString("N0", Indonesian) : "",
        Unit = p.Unit ?? "",
        MinimumOrderText = (p.MinimumOrder ?? 1).ToString(CultureInfo.InvariantCulture),
        Availability = p.Availability,
        PreOrderDaysText = p.PreOrderDays?.ToString(CultureInfo.InvariantCulture) ?? "",
        NetContent = p.NetContent ?? "",
        Packaging = p.Packaging ?? "",
        ShelfLife = p.ShelfLife ?? "",
        PirtNumber = p.PirtNumber ?? "",
        HalalNumber = p.HalalNumber ?? "",
        BpomNumber = p.BpomNumber ?? "",
        Links = p.MarketplaceLinks.Select(l => new LinkRow { Name = l.Name, Url = l.Url }).ToList(),
        LabelTicks = [.. p.LabelTicks ?? []],
    };

    /// <summary>The fields the label checklist reads, as they stand in the form now (unsaved typing included).</summary>
    public ProductInput LabelFacts() => new()
    {
        Name = Name,
        CategorySlug = CategorySlug,
        NetContent = NetContent,
        PirtNumber = PirtNumber,
        HalalNumber = HalalNumber,
        BpomNumber = BpomNumber,
        LabelTicks = LabelTicks,
    };

    /// <summary>Ticks or unticks one checklist item.</summary>
    public void SetTick(string id, bool ticked)
    {
        LabelTicks.Remove(id);
        if (ticked) LabelTicks.Add(id);
    }

    /// <summary>
    /// Reads the form into what the services take. Text that cannot be read (a price with sen, a
    /// minimum order that is not a number) gets a message under its key and makes this return false;
    /// the rules the service would check are added too, so the member sees every problem at once.
    /// Rows with neither a shop name nor a link are dropped first, so message indexes match the rows shown.
    /// </summary>
    public bool TryBuildInput(EditorMessages messages, out ProductInput input)
    {
        Errors.Clear();
        Links.RemoveAll(l => string.IsNullOrWhiteSpace(l.Name) && string.IsNullOrWhiteSpace(l.Url));
        long? price = null;
        if (!string.IsNullOrWhiteSpace(PriceText))
        {
            if (Rupiah.TryParse(PriceText, out var amount)) price = amount;
            else Errors["price"] = messages.Price;
        }

        input = new ProductInput
        {
            Name = Name,
            CategorySlug = CategorySlug,
            Description = Description,
            Price = price,
            Unit = Unit,
            MinimumOrder = ReadWholeNumber(MinimumOrderText, "minimumOrder", messages.WholeNumber),
            Availability = Availability,
            PreOrderDays = Availability == Availability.PreOrder ? ReadWholeNumber(PreOrderDaysText, "preOrderDays", messages.WholeNumber) : null,
            NetContent = NetContent,
            Packaging = Packaging,
            ShelfLife = ShelfLife,
            PirtNumber = PirtNumber,
            HalalNumber = HalalNumber,
            BpomNumber = BpomNumber,
            MarketplaceLinks = Links.Select(l => new MarketplaceLink(l.Name ?? "", l.Url ?? "")).ToList(),
            LabelTicks = [.. LabelTicks],
        };

        if (Errors.Count == 0) return true;
        foreach (var (key, message) in ProductRules.CheckDraft(ProductRules.Normalize(input))) Errors.TryAdd(key, message);
        return false;
    }

    public void SetErrors(IReadOnlyDictionary<string, string> errors)
    {
        Errors.Clear();
        foreach (var (key, message) in errors) Errors[key] = message;
    }

    public string? ErrorFor(string key) => Errors.GetValueOrDefault(key);

    public bool HasError(string key) => Errors.ContainsKey(key);

    /// <summary>Messages without a field of their own (e.g. "status"), for the summary at the top.</summary>
    public IEnumerable<string> UnplacedErrors =>
        Errors.Where(e => !FieldKeys.Contains(e.Key) && !e.Key.StartsWith("marketplaceLinks[", StringComparison.Ordinal)).Select(e => e.Value);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>A model from a saved draft; null when the JSON is not one (never throws on a bad draft).</summary>
    public static ProductEditorModel? FromJson(string json)
    {
        try
        {
            var m = JsonSerializer.Deserialize<ProductEditorModel>(json, Json);
            if (m is null) return null;
            m.Links ??= [];
            m.LabelTicks ??= [];
            return m;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private int? ReadWholeNumber(string text, string key, string message)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (int.TryParse(text.Trim().Replace(".", "", StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var n)) return n;
        Errors[key] = message;
        return null;
    }

    /// <summary>One marketplace link row (mutable: the form binds to it).</summary>
    public sealed class LinkRow
    {
        public string? Name { get; set; }

        public string? Url { get; set; }
    }
}

/// <summary>The editor's own messages (for text it cannot read), in the UI language.</summary>
public sealed record EditorMessages(string Price, string WholeNumber)
{
    public static readonly EditorMessages Indonesian = new(
        "Tulis harga dalam rupiah tanpa sen, mis. 25.000",
        "Tulis angka bulat saja, mis. 10.");
}
