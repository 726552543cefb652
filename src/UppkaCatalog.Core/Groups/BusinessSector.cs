using System.Globalization;
using System.Text;

namespace UppkaCatalog.Core.Groups;

/// <summary>The business sectors BKKBN files a group under (stored by name, so reordering is harmless).</summary>
public enum BusinessSector
{
    FoodProcessing,
    Drinks,
    Crafts,
    SewingFashion,
    Agriculture,
    Trade,
    Services,
    Other,
}

/// <summary>The group's stage as BKKBN classifies UPPKA groups.</summary>
public enum GroupStage
{
    /// <summary>Dasar: starting out.</summary>
    Basic,

    /// <summary>Berkembang: growing.</summary>
    Developing,

    /// <summary>Mandiri: self-reliant.</summary>
    SelfReliant,
}

/// <summary>
/// The names of sectors and stages in both languages, and the loose matching a spreadsheet needs:
/// <c>Makanan Olahan</c>, <c>makanan olahan</c>, <c>MAKANAN-OLAHAN</c> and the English <c>food processing</c> all name
/// <see cref="BusinessSector.FoodProcessing"/>. The first Indonesian name is the one written in exports and templates.
/// </summary>
public static class RegistryNames
{
    private sealed record Names<T>(T Value, string Indonesian, string English, string[] Aliases);

    private static readonly Names<BusinessSector>[] Sectors =
    [
        new(BusinessSector.FoodProcessing, "Makanan Olahan", "Food processing", ["olahan pangan", "pangan olahan", "makanan", "kuliner", "processed food", "food"]),
        new(BusinessSector.Drinks, "Minuman", "Drinks", ["minuman olahan", "beverages", "beverage"]),
        new(BusinessSector.Crafts, "Kerajinan", "Crafts", ["kerajinan tangan", "anyaman", "handicraft", "handicrafts"]),
        new(BusinessSector.SewingFashion, "Jahit dan Busana", "Sewing and fashion", ["jahitan", "menjahit", "konveksi", "busana", "fesyen", "fashion", "sewing", "tailoring"]),
        new(BusinessSector.Agriculture, "Pertanian", "Agriculture", ["perkebunan", "peternakan", "perikanan", "pertanian dan peternakan", "farming"]),
        new(BusinessSector.Trade, "Perdagangan", "Trade", ["dagang", "warung", "toko", "retail"]),
        new(BusinessSector.Services, "Jasa", "Services", ["layanan", "service"]),
        new(BusinessSector.Other, "Lainnya", "Other", ["lain-lain", "lain lain", "others"]),
    ];

    private static readonly Names<GroupStage>[] Stages =
    [
        new(GroupStage.Basic, "Dasar", "Basic", ["pemula", "tahap dasar"]),
        new(GroupStage.Developing, "Berkembang", "Developing", ["tahap berkembang", "growing"]),
        new(GroupStage.SelfReliant, "Mandiri", "Self-reliant", ["tahap mandiri", "self reliant", "independent"]),
    ];

    public static IReadOnlyList<BusinessSector> AllSectors { get; } = Sectors.Select(s => s.Value).ToArray();

    public static IReadOnlyList<GroupStage> AllStages { get; } = Stages.Select(s => s.Value).ToArray();

    /// <summary>The sector's name in the current UI language.</summary>
    public static string Name(BusinessSector sector) => Pick(Sectors.First(s => s.Value == sector));

    /// <summary>The stage's name in the current UI language.</summary>
    public static string Name(GroupStage stage) => Pick(Stages.First(s => s.Value == stage));

    /// <summary>The Indonesian name, as written in exports and templates whatever the reader's language.</summary>
    public static string IndonesianName(BusinessSector sector) => Sectors.First(s => s.Value == sector).Indonesian;

    /// <inheritdoc cref="IndonesianName(BusinessSector)"/>
    public static string IndonesianName(GroupStage stage) => Stages.First(s => s.Value == stage).Indonesian;

    /// <summary>Every sector's name in the current UI language, comma-separated (for a refusal that lists them).</summary>
    public static string SectorList() => string.Join(", ", Sectors.Select(Pick));

    /// <summary>Every stage's name in the current UI language, comma-separated.</summary>
    public static string StageList() => string.Join(", ", Stages.Select(Pick));

    public static BusinessSector? FindSector(string? text) => Find(Sectors, text);

    public static GroupStage? FindStage(string? text) => Find(Stages, text);

    private static string Pick<T>(Names<T> names) =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? names.English : names.Indonesian;

    private static T? Find<T>(Names<T>[] table, string? text) where T : struct, Enum
    {
        var key = Loose(text);
        if (key.Length == 0) return null;
        foreach (var names in table)
        {
            if (Loose(names.Indonesian) == key || Loose(names.English) == key || Loose(names.Value.ToString()) == key
                || names.Aliases.Any(a => Loose(a) == key))
            {
                return names.Value;
            }
        }

        return null;
    }

    /// <summary>
    /// Lower case, letters and digits only, diacritics dropped, the words "dan"/"and" and "&amp;" left out: the form two
    /// spellings of one name share (<c>Jahit &amp; Busana</c>, <c>jahit-dan-busana</c>, <c>JAHIT DAN BUSANA</c>).
    /// </summary>
    public static string Loose(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var sb = new StringBuilder(text.Length);
        var word = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD).Append(' '))
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
                continue;
            }

            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue; // é -> e
            if (word.Length > 0 && word.ToString() is not ("dan" or "and")) sb.Append(word);
            word.Clear();
        }

        return sb.ToString();
    }
}
