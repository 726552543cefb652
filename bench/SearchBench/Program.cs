using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using UppkaCatalog.Core;
using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Data;
using UppkaCatalog.Core.Groups;
using UppkaCatalog.Core.Media;

namespace UppkaCatalog.Bench;

/// <summary>
/// Catalogue search benchmark (DESIGN.md "Budgets": median ≤ 20 ms, p95 ≤ 60 ms over 10,000 products).
/// Generates published products with photo rows into a throw-away SQLite file through the real
/// migrations (so the search index is filled by its triggers), then times a fixed, seeded mix of
/// searches through the real <see cref="CatalogService.SearchAsync"/>, one after another.
///
///   SearchBench --folder DIR [--products N] [--searches N] [--warmup N]
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        string? folder = null;
        var productCount = 10_000;
        var searches = 600;
        var warmup = 100;
        var showSql = false;
        var printSql = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--folder": folder = args[++i]; break;
                case "--products": productCount = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--searches": searches = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--warmup": warmup = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--sql": showSql = true; break;
                default: Console.Error.WriteLine($"unknown argument {args[i]}"); return 2;
            }
        }

        if (folder is null)
        {
            Console.Error.WriteLine("usage: SearchBench --folder DIR [--products N] [--searches N] [--warmup N]");
            return 2;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:DataPath"] = folder,
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging(b => b.AddProvider(new SqlPrinter(() => printSql)));
        services.AddSingleton<IConfiguration>(configuration);
        services.AddUppkaCore(configuration, DatabaseSetup.ResolveDataPath(configuration, folder));
        await using var provider = services.BuildServiceProvider();
        var factory = provider.GetRequiredService<IDbContextFactory<AppDbContext>>();

        var clock = Stopwatch.StartNew();
        await DatabaseSetup.MigrateAsync(factory);
        await Catalogue.GenerateAsync(factory, productCount);
        Console.WriteLine($"generated {productCount:N0} published products with photos in {clock.Elapsed.TotalSeconds:F1} s");

        var catalog = provider.GetRequiredService<CatalogService>();
        if (showSql)
        {
            // The SQL of two typical searches, to check with EXPLAIN QUERY PLAN; then no timing.
            printSql = true;
            await catalog.SearchAsync(new CatalogQuery { Text = "keri", Regency = "kerinci" });
            await catalog.SearchAsync(new CatalogQuery { Sort = CatalogSort.Cheapest, Page = 3 });
            return 0;
        }
        var mix = SearchMix.Make(searches, seed: 42);
        foreach (var query in SearchMix.Make(warmup, seed: 7)) await catalog.SearchAsync(query);

        var times = new List<(CatalogQuery Query, double Ms, int Total)>(mix.Count);
        foreach (var query in mix)
        {
            var t = Stopwatch.GetTimestamp();
            var result = await catalog.SearchAsync(query);
            times.Add((query, Stopwatch.GetElapsedTime(t).TotalMilliseconds, result.Results.TotalCount));
        }

        Figures.Report("all searches", times.Select(t => t.Ms).ToList());
        Figures.Report("  with words", times.Where(t => t.Query.Text is not null).Select(t => t.Ms).ToList());
        Figures.Report("  without words", times.Where(t => t.Query.Text is null).Select(t => t.Ms).ToList());
        Figures.Report("  with a filter", times.Where(t => t.Query.HasFilters).Select(t => t.Ms).ToList());
        Figures.Report("  page > 1", times.Where(t => t.Query.Page > 1).Select(t => t.Ms).ToList());
        Console.WriteLine($"matches per search: median {Figures.Percentile(times.Select(t => (double)t.Total).ToList(), 50):F0}, " +
            $"max {times.Max(t => t.Total):N0}; searches with no match: {times.Count(t => t.Total == 0)}");
        Console.WriteLine("slowest:");
        foreach (var (query, ms, total) in times.OrderByDescending(t => t.Ms).Take(5))
        {
            Console.WriteLine($"  {ms,7:F1} ms  {total,6:N0} found  {Describe(query)}");
        }

        var all = times.Select(t => t.Ms).ToList();
        Console.WriteLine($"RESULT searches={all.Count} median_ms={Figures.Percentile(all, 50):F2} p95_ms={Figures.Percentile(all, 95):F2} " +
            $"target_median_ms=20 target_p95_ms=60 {(Figures.Percentile(all, 50) <= 20 && Figures.Percentile(all, 95) <= 60 ? "OK" : "OVER")}");
        return 0;
    }

    private static string Describe(CatalogQuery q) => string.Join(' ', new[]
    {
        q.Text is null ? null : $"q=\"{q.Text}\"", q.Category is null ? null : $"kategori={q.Category}", q.Regency is null ? null : $"wilayah={q.Regency}",
        q.MinPrice is null ? null : $"min={q.MinPrice}", q.MaxPrice is null ? null : $"max={q.MaxPrice}",
        q.Certifications == Certification.None ? null : $"sertifikat={q.Certifications}", q.Availability is null ? null : $"tersedia={q.Availability}",
        q.Sort is null ? null : $"urut={q.Sort}", $"halaman={q.Page}",
    }.Where(s => s is not null));
}

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

internal static class Catalogue
{
    private static readonly string[] MediaKeys = Enumerable.Range(0, 6).Select(i => $"p/{i:x32}").ToArray();

    public static async Task GenerateAsync(IDbContextFactory<AppDbContext> factory, int count)
    {
        var random = new Random(2026);
        await using (var db = await factory.CreateDbContextAsync())
        {
            string[] categories = ["makanan-olahan", "kue-camilan", "minuman", "bumbu-rempah", "madu-hasil-hutan", "batik-tenun", "busana-jahitan", "kerajinan", "anyaman"];
            for (var i = 0; i < categories.Length; i++)
            {
                db.Categories.Add(new Category { Slug = categories[i], Name = Title(categories[i]), NameEn = categories[i], SortOrder = i });
            }

            var regencies = await db.Regencies.Select(r => r.Id).ToListAsync();
            for (var i = 0; i < 120; i++)
            {
                db.Groups.Add(new Group
                {
                    Slug = $"kelompok-{i:000}", Name = $"UPPKA {Pick(random, Vocabulary.Places)} {Pick(random, ["Melati", "Mawar", "Sejahtera", "Mandiri", "Makmur", "Kenanga"])} {i}",
                    RegistrationNumber = $"UPPKA/BENCH/{i:000}", RegencyId = regencies[i % regencies.Count], District = "Kecamatan", Village = "Desa",
                    Sector = BusinessSector.FoodProcessing, IsActive = i % 40 != 39, CreatedAt = DateTimeOffset.UtcNow,
                });
            }

            await db.SaveChangesAsync();
        }

        int[] categoryIds, groupIds;
        await using (var db = await factory.CreateDbContextAsync())
        {
            categoryIds = await db.Categories.Select(c => c.Id).ToArrayAsync();
            groupIds = await db.Groups.Select(g => g.Id).ToArrayAsync();
        }

        var start = DateTimeOffset.UtcNow.AddDays(-400);
        const int batch = 1_000;
        for (var done = 0; done < count; done += batch)
        {
            await using var db = await factory.CreateDbContextAsync();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = done; i < Math.Min(count, done + batch); i++)
            {
                var name = $"{Pick(random, Vocabulary.Kinds)} {Pick(random, Vocabulary.Flavours)} {Pick(random, Vocabulary.Places)}";
                var published = start.AddMinutes(i * 50);
                var availability = random.Next(10) switch { < 7 => Availability.Ready, < 9 => Availability.PreOrder, _ => Availability.OutOfStock };
                var product = new Product
                {
                    Slug = $"produk-{i:00000}", GroupId = groupIds[random.Next(groupIds.Length)], CategoryId = categoryIds[random.Next(categoryIds.Length)],
                    Name = name, Description = Description(random, name), Price = 5_000 + random.Next(200) * 1_000, Unit = "bungkus",
                    Availability = availability, PreOrderDays = availability == Availability.PreOrder ? 7 : null,
                    HalalNumber = random.Next(3) == 0 ? $"ID1511{i:0000000}" : null, PirtNumber = random.Next(2) == 0 ? $"206150{i:0000000}-27" : null,
                    BpomNumber = random.Next(8) == 0 ? $"MD {i:000000000000}" : null,
                    Status = ProductStatus.Published, CreatedAt = published, UpdatedAt = published, PublishedAt = published,
                };
                for (var ph = 0; ph < 1 + random.Next(3); ph++)
                {
                    var key = MediaKeys[random.Next(MediaKeys.Length)];
                    product.Photos.Add(new ProductPhoto
                    {
                        SortOrder = ph, AltText = name, Width = 1600, Height = 1200, StorageKey = key, CreatedAt = published,
                        Variants = [.. new[] { 320, 800, 1600 }.SelectMany(w => new[] { "webp", "jpg" }.Select(f => new PhotoVariant(w, w * 3 / 4, f, $"{key}/{w}.{f}", w * 40L)))],
                    });
                }

                db.Products.Add(product);
            }

            await db.SaveChangesAsync();
        }

        await using (var db = await factory.CreateDbContextAsync())
        {
            // As a long-running database would be: statistics for the query planner, index segments merged.
            await db.Database.ExecuteSqlRawAsync("ANALYZE; INSERT INTO ProductSearch(ProductSearch) VALUES ('optimize');");
        }
    }

    private static string Description(Random random, string name)
    {
        var words = Enumerable.Range(0, 25 + random.Next(35)).Select(_ => random.Next(6) == 0 ? Pick(random, Vocabulary.Flavours).ToLowerInvariant() : Pick(random, Vocabulary.Filler));
        return $"{name}: {string.Join(' ', words)}.";
    }

    private static string Title(string slug) => CultureInfo.InvariantCulture.TextInfo.ToTitleCase(slug.Replace('-', ' '));

    public static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}

internal static class SearchMix
{
    private static readonly string[] Categories = ["makanan-olahan", "kue-camilan", "minuman", "bumbu-rempah", "batik-tenun", "kerajinan", "anyaman"];
    private static readonly string[] Regencies = ["kerinci", "1505", "kota-jambi", "1509", "merangin", "tebo"];

    /// <summary>Words, prefixes, two-word searches and browsing, with filters, sorts and later pages in a fixed mix.</summary>
    public static List<CatalogQuery> Make(int count, int seed)
    {
        var random = new Random(seed);
        var words = Vocabulary.Kinds.Concat(Vocabulary.Flavours).Concat(Vocabulary.Places).Select(w => w.ToLowerInvariant()).ToArray();
        var queries = new List<CatalogQuery>(count);
        for (var i = 0; i < count; i++)
        {
            var word = Catalogue.Pick(random, words);
            string? text = random.Next(100) switch
            {
                < 35 => word,
                < 55 => word[..Math.Min(word.Length, 2 + random.Next(4))],
                < 70 => $"{word} {Catalogue.Pick(random, words)}",
                < 75 => $"{word} {Catalogue.Pick(random, Vocabulary.Filler)} {Catalogue.Pick(random, words)[..3]}",
                _ => null,
            };
            long? min = random.Next(100) < 15 ? 10_000 * random.Next(1, 10) : null;
            queries.Add(new CatalogQuery
            {
                Text = text,
                Category = random.Next(100) < 20 ? Catalogue.Pick(random, Categories) : null,
                Regency = random.Next(100) < 20 ? Catalogue.Pick(random, Regencies) : null,
                MinPrice = min,
                MaxPrice = min is null ? null : min + 50_000,
                Certifications = random.Next(100) < 10 ? Certification.Halal : random.Next(100) < 5 ? Certification.Pirt | Certification.Bpom : Certification.None,
                Availability = random.Next(100) < 10 ? Availability.Ready : null,
                Sort = random.Next(100) switch { < 75 => null, < 83 => CatalogSort.Cheapest, < 91 => CatalogSort.MostExpensive, _ => CatalogSort.Newest },
                Page = random.Next(100) switch { < 70 => 1, < 90 => 2 + random.Next(2), _ => 1 + random.Next(50) },
            });
        }

        return queries;
    }
}
