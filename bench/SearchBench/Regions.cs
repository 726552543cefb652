using Microsoft.EntityFrameworkCore;
using UppkaCatalog.Core.Data;
using UppkaCatalog.Core.Regions;

namespace UppkaCatalog.Bench;

/// <summary>
/// Indonesia's 38 provinces with their BPS codes and about as many regencies as each really has (514 in all),
/// named plausibly from syllables (the real names are not needed to time a search, only their number and
/// spread). Jambi's 11 come with the migrations and are kept as they are.
/// </summary>
internal static class Regions
{
    private static readonly (string Code, string Name, int Regencies)[] Provinces =
    [
        ("11", "Aceh", 23), ("12", "Sumatera Utara", 33), ("13", "Sumatera Barat", 19), ("14", "Riau", 12), ("15", "Jambi", 11),
        ("16", "Sumatera Selatan", 17), ("17", "Bengkulu", 10), ("18", "Lampung", 15), ("19", "Kepulauan Bangka Belitung", 7),
        ("21", "Kepulauan Riau", 7), ("31", "DKI Jakarta", 6), ("32", "Jawa Barat", 27), ("33", "Jawa Tengah", 35), ("34", "DI Yogyakarta", 5),
        ("35", "Jawa Timur", 38), ("36", "Banten", 8), ("51", "Bali", 9), ("52", "Nusa Tenggara Barat", 10), ("53", "Nusa Tenggara Timur", 22),
        ("61", "Kalimantan Barat", 14), ("62", "Kalimantan Tengah", 14), ("63", "Kalimantan Selatan", 13), ("64", "Kalimantan Timur", 10),
        ("65", "Kalimantan Utara", 5), ("71", "Sulawesi Utara", 15), ("72", "Sulawesi Tengah", 13), ("73", "Sulawesi Selatan", 24),
        ("74", "Sulawesi Tenggara", 17), ("75", "Gorontalo", 6), ("76", "Sulawesi Barat", 6), ("81", "Maluku", 11), ("82", "Maluku Utara", 10),
        ("91", "Papua", 9), ("92", "Papua Barat", 7), ("93", "Papua Selatan", 4), ("94", "Papua Tengah", 8), ("95", "Papua Pegunungan", 8),
        ("96", "Papua Barat Daya", 6),
    ];

    private static readonly string[] Starts = ["Ba", "Su", "Ta", "Ma", "Ke", "Pa", "Lu", "Bo", "Si", "Ga", "Tu", "Wa", "Ra", "Ja", "Mu", "Le", "Ci", "Sa", "Pu", "Ko"];
    private static readonly string[] Middles = ["ng", "ra", "lo", "wu", "ma", "ni", "ka", "ro", "ja", "si", "du", "pe", "ba", "te", "li"];
    private static readonly string[] Ends = ["an", "ung", "at", "ong", "ir", "ai", "u", "ap", "ek", "ur", "ah", "o", "ang", "i"];
    private static readonly string[] Quarters = ["", "", "", " Utara", " Selatan", " Barat", " Timur", " Tengah", " Raya", " Hulu", " Hilir"];

    /// <summary>Adds the provinces and regencies the migrations do not have; the regencies' codes, in BPS order.</summary>
    public static async Task<List<string>> AddAsync(IDbContextFactory<AppDbContext> factory)
    {
        var random = new Random(38);
        await using var db = await factory.CreateDbContextAsync();
        var provinces = await db.Provinces.ToDictionaryAsync(p => p.Code);
        var slugs = (await db.Regencies.Select(r => r.Slug).ToListAsync()).ToHashSet();
        foreach (var (code, name, count) in Provinces)
        {
            if (provinces.ContainsKey(code)) continue; // Jambi: its own real rows
            var province = new Province { Code = code, Name = name };
            db.Provinces.Add(province);
            for (var i = 1; i <= count; i++)
            {
                var isCity = i > count - Math.Max(1, count / 6);
                var place = Name(random);
                var slug = Slug(isCity ? $"kota {place}" : place);
                while (!slugs.Add(slug)) slug = Slug($"{place} {code}{i:00}");
                db.Regencies.Add(new Regency
                {
                    Province = province, Code = isCity ? $"{code}{70 + i - (count - Math.Max(1, count / 6)):00}" : $"{code}{i:00}",
                    Name = isCity ? $"Kota {place}" : $"Kabupaten {place}", Slug = slug,
                });
            }
        }

        await db.SaveChangesAsync();
        return await db.Regencies.OrderBy(r => r.Code).Select(r => r.Code).ToListAsync();
    }

    private static string Name(Random random)
    {
        var word = Pick(random, Starts) + (random.Next(3) == 0 ? "" : Pick(random, Middles)) + Pick(random, Ends);
        return word + Pick(random, Quarters);
    }

    private static string Slug(string name) => name.ToLowerInvariant().Replace(' ', '-');

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];
}
