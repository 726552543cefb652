using UppkaCatalog.Core.Catalog;

namespace UppkaCatalog.Bench;

/// <summary>Words the generated catalogue is made of, and that the searches ask for.</summary>
internal static class Vocabulary
{
    public static readonly string[] Kinds =
    [
        "Keripik", "Kerupuk", "Dodol", "Kopi", "Teh", "Madu", "Sirup", "Selai", "Kue", "Bolu", "Rempeyek", "Abon", "Dendeng", "Sambal",
        "Batik", "Tenun", "Selendang", "Tas", "Dompet", "Anyaman", "Tikar", "Keranjang", "Mukena", "Kemeja", "Lempok", "Rendang", "Gula",
    ];

    public static readonly string[] Flavours =
    [
        "Pisang", "Nanas", "Ubi", "Kentang", "Balado", "Manis", "Pedas", "Original", "Cokelat", "Keju", "Pandan", "Durian", "Jahe",
        "Kayu Manis", "Arabika", "Liberika", "Robusta", "Kelulut", "Sialang", "Patin", "Gabus", "Sagu", "Ketan", "Purun", "Rotan", "Sutra",
    ];

    public static readonly string[] Places =
    [
        "Kerinci", "Jambi", "Tungkal", "Bungo", "Tebo", "Merangin", "Sarolangun", "Muaro", "Batanghari", "Tangkit", "Sungai Penuh", "Kayu Aro",
    ];

    public static readonly string[] Filler =
    [
        "dibuat", "oleh", "ibu-ibu", "anggota", "kelompok", "dari", "bahan", "pilihan", "tanpa", "pengawet", "renyah", "gurih", "harum",
        "dikemas", "rapi", "tahan", "lama", "cocok", "untuk", "oleh-oleh", "keluarga", "resep", "turun-temurun", "segar", "asli", "khas",
        "kualitas", "terbaik", "pesanan", "hajatan", "tersedia", "ukuran", "kecil", "besar", "warna", "motif", "alami", "halus", "lembut",
    ];
}

/// <summary>One timed search: what kind of words it has, and the query.</summary>
internal sealed record MixedSearch(string Kind, CatalogQuery Query);

internal static class SearchMix
{
    private static readonly string[] Categories = ["makanan-olahan", "kue-camilan", "minuman", "bumbu-rempah", "batik-tenun", "kerajinan", "anyaman"];
    private static readonly string[] JambiRegencies = ["kerinci", "1505", "kota-jambi", "1509", "merangin", "tebo"];

    /// <summary>
    /// Words, prefixes, two- and three-word searches and browsing, with filters (a regency: half of the time one of
    /// Jambi's by slug or code, else any of <paramref name="regencyCodes"/>), sorts and later pages in a fixed mix.
    /// </summary>
    public static List<MixedSearch> Make(int count, int seed, IReadOnlyList<string> regencyCodes)
    {
        var random = new Random(seed);
        var words = Vocabulary.Kinds.Concat(Vocabulary.Flavours).Concat(Vocabulary.Places).Select(w => w.ToLowerInvariant()).ToArray();
        var queries = new List<MixedSearch>(count);
        for (var i = 0; i < count; i++)
        {
            var word = Catalogue.Pick(random, words);
            var (kind, text) = random.Next(100) switch
            {
                < 35 => ("one word", word),
                < 55 => ("prefix", word[..Math.Min(word.Length, 2 + random.Next(4))]),
                < 70 => ("two words", $"{word} {Catalogue.Pick(random, words)}"),
                < 75 => ("three words", $"{word} {Catalogue.Pick(random, Vocabulary.Filler)} {Catalogue.Pick(random, words)[..3]}"),
                _ => ("no words", (string?)null),
            };
            long? min = random.Next(100) < 15 ? 10_000 * random.Next(1, 10) : null;
            var regency = random.Next(100) < 20
                ? random.Next(2) == 0 ? Catalogue.Pick(random, JambiRegencies) : Catalogue.Pick(random, regencyCodes)
                : null;
            queries.Add(new MixedSearch(kind, new CatalogQuery
            {
                Text = text,
                Category = random.Next(100) < 20 ? Catalogue.Pick(random, Categories) : null,
                Regency = regency,
                MinPrice = min,
                MaxPrice = min is null ? null : min + 50_000,
                Certifications = random.Next(100) < 10 ? Certification.Halal : random.Next(100) < 5 ? Certification.Pirt | Certification.Bpom : Certification.None,
                Availability = random.Next(100) < 10 ? Availability.Ready : null,
                Sort = random.Next(100) switch { < 75 => null, < 83 => CatalogSort.Cheapest, < 91 => CatalogSort.MostExpensive, _ => CatalogSort.Newest },
                Page = random.Next(100) switch { < 70 => 1, < 90 => 2 + random.Next(2), _ => 1 + random.Next(50) },
            }));
        }

        return queries;
    }
}
