using UppkaCatalog.Core.Groups;
using UppkaCatalog.Core.Resources;

namespace UppkaCatalog.Core.Catalog.Labels;

/// <summary>Which list a product's label is checked against.</summary>
public enum LabelKind
{
    /// <summary>Packaged food and drink: what the label must show (BPOM's rules for packaged food, P-IRT for home industry).</summary>
    Food,

    /// <summary>Crafts, batik, weaving and sewing: no legal label, but what buyers look for.</summary>
    Craft,
}

public enum LabelItemStatus
{
    /// <summary>Known from a field already filled (the product's own or the group's profile).</summary>
    FromField,

    /// <summary>The member ticked it: it is printed on the label.</summary>
    Ticked,

    Missing,
}

/// <summary>One line of the checklist, in the caller's UI language.</summary>
/// <param name="Tickable">The member can tick it (it is not, or not only, known from a field).</param>
/// <param name="Why">Where "done" comes from (which field, or ticked), or what to do about it.</param>
public sealed record LabelItem(string Id, string Title, string Example, LabelItemStatus Status, bool Tickable, string Why)
{
    public bool Done => Status != LabelItemStatus.Missing;
}

public sealed record LabelChecklistView(LabelKind Kind, IReadOnlyList<LabelItem> Items)
{
    public int DoneCount => Items.Count(i => i.Done);

    public int Total => Items.Count;

    /// <summary>"5 dari 8".</summary>
    public string Completeness => LabelMessages.Completeness(DoneCount, Total);

    public bool Complete => DoneCount == Total;
}

/// <summary>What the producer line of a label is made of: the group's profile, which every product carries.</summary>
public sealed record LabelProducer(string GroupName, string Village, string District, BusinessSector Sector);

/// <summary>
/// The label checklist: which items a product's label should show and whether each is done — known from the fields
/// already filled, or ticked by the member (ticks are stored on the product, <see cref="Product.LabelTicks"/>).
/// A pure function of the product's fields, so the editor can show it live while the member types, and it never
/// blocks submitting: it guides.
/// </summary>
public static class LabelChecklist
{
    public const string Name = "name";
    public const string NetContent = "netContent";
    public const string Producer = "producer";
    public const string Permit = "permit";
    public const string ProductionCode = "productionCode";
    public const string ExpiryDate = "expiryDate";
    public const string Composition = "composition";
    public const string HalalLogo = "halalLogo";
    public const string Material = "material";
    public const string Size = "size";
    public const string Care = "care";

    /// <summary>Every id a member may tick, in the order they are stored. Anything else sent as a tick is refused.</summary>
    public static readonly IReadOnlyList<string> TickIds = [ProductionCode, ExpiryDate, Composition, HalalLogo, Material, Size, Care];

    // The seeded categories, decided by what the goods are. A category staff add later and is not listed here
    // falls back on the group's sector (see KindFor).
    private static readonly HashSet<string> FoodCategories = ["makanan-olahan", "kue-camilan", "minuman", "bumbu-rempah", "madu-hasil-hutan"];
    private static readonly HashSet<string> CraftCategories = ["batik-tenun", "busana-jahitan", "kerajinan", "anyaman"];

    /// <summary>
    /// The category decides; with no category yet, or one not listed, the group's sector does: crafts and sewing get the
    /// craft list, everything else the food list (most UPPKA products are food, and its list is the one the law asks for).
    /// </summary>
    public static LabelKind KindFor(string? categorySlug, BusinessSector sector)
    {
        if (categorySlug is not null && FoodCategories.Contains(categorySlug)) return LabelKind.Food;
        if (categorySlug is not null && CraftCategories.Contains(categorySlug)) return LabelKind.Craft;
        return sector is BusinessSector.Crafts or BusinessSector.SewingFashion ? LabelKind.Craft : LabelKind.Food;
    }

    public static bool IsTickId(string? id) => id is not null && TickIds.Contains(id);

    /// <summary>The checklist for the product's fields as they are now (saved or still being typed).</summary>
    public static LabelChecklistView For(ProductInput p, LabelProducer producer)
    {
        var ticks = new HashSet<string>(p.LabelTicks ?? [], StringComparer.Ordinal);
        var kind = KindFor(Clean(p.CategorySlug), producer.Sector);
        var items = new List<LabelItem>
        {
            FieldItem(Name, Clean(p.Name), LabelMessages.SourceName),
        };
        if (kind == LabelKind.Food)
        {
            items.Add(FieldItem(NetContent, Clean(p.NetContent), LabelMessages.SourceNetContent));
            items.Add(FieldItem(Producer, ProducerLine(producer), LabelMessages.SourceProducer));
            items.Add(FieldItem(Permit, PermitLine(p), LabelMessages.SourcePermit));
            items.Add(TickItem(ProductionCode, ticks));
            items.Add(TickItem(ExpiryDate, ticks));
            items.Add(TickItem(Composition, ticks));
            // The halal logo belongs on the label only when the product is certified: without a number it is not asked for.
            if (Clean(p.HalalNumber) is not null) items.Add(TickItem(HalalLogo, ticks));
        }
        else
        {
            items.Add(FieldItem(Producer, ProducerLine(producer), LabelMessages.SourceProducer));
            items.Add(TickItem(Material, ticks));
            // A craft's size is often already in the "net content" field ("1 lembar 2 × 1,15 m"); if not, it can be ticked.
            items.Add(Clean(p.NetContent) is { } size
                ? new LabelItem(Size, LabelMessages.Title(Size), LabelMessages.Example(Size), LabelItemStatus.FromField, false,
                    LabelMessages.FromField(LabelMessages.SourceNetContent, size))
                : TickItem(Size, ticks));
            items.Add(TickItem(Care, ticks));
        }

        return new LabelChecklistView(kind, items);
    }

    private static LabelItem FieldItem(string id, string? value, string source) => value is null
        ? new(id, LabelMessages.Title(id), LabelMessages.Example(id), LabelItemStatus.Missing, false, LabelMessages.FillField(source))
        : new(id, LabelMessages.Title(id), LabelMessages.Example(id), LabelItemStatus.FromField, false, LabelMessages.FromField(source, value));

    private static LabelItem TickItem(string id, HashSet<string> ticks) => ticks.Contains(id)
        ? new(id, LabelMessages.Title(id), LabelMessages.Example(id), LabelItemStatus.Ticked, true, LabelMessages.TickedWhy)
        : new(id, LabelMessages.Title(id), LabelMessages.Example(id), LabelItemStatus.Missing, true, LabelMessages.TickWhy);

    private static string? ProducerLine(LabelProducer g)
    {
        var place = string.Join(", ", new[] { g.Village, g.District }.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s.Trim()));
        return string.IsNullOrWhiteSpace(g.GroupName) || place.Length == 0 ? null : $"{g.GroupName.Trim()}, {place}";
    }

    private static string? PermitLine(ProductInput p)
    {
        var parts = new List<string>();
        if (Clean(p.PirtNumber) is { } pirt) parts.Add("P-IRT " + pirt);
        if (Clean(p.BpomNumber) is { } bpom) parts.Add("BPOM " + bpom);
        return parts.Count == 0 ? null : string.Join(", ", parts);
    }

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
