using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Data;
using UppkaCatalog.Core.Exhibitions;
using UppkaCatalog.Core.Groups;
using UppkaCatalog.Core.Media;
using UppkaCatalog.Core.Seeding;

namespace UppkaCatalog.Bench;

/// <summary>The sizes of the generated world.</summary>
internal sealed record WorldSize(int GroupProducts, int Halls, int BoothsPerHall, int BoothProducts, int PhotoWidth, int PhotoHeight, int Jobs);

/// <summary>
/// Writes the bench's world into a migrated database: one active group with <see cref="WorldSize.GroupProducts"/>
/// published products, and a published, running exhibition whose halls hold accepted booths of other active groups,
/// each booth featuring its group's published products (some at an exhibition price). Rows are written with EF
/// directly (not through the services: no actors or audit needed to be read back); every product's cover photo is a
/// different generated phone photo passed through the real <see cref="ImagePipeline"/> and stored with
/// <see cref="PhotoStorage"/> in the data folder's media store, which the app reads.
/// </summary>
internal static class World
{
    public const string GroupSlug = "uppka-bench-katalog";
    public const string ExhibitionSlug = "pameran-bench-katalog";

    public static async Task GenerateAsync(IDbContextFactory<AppDbContext> factory, ImagePipeline pipeline, PhotoStorage storage, WorldSize size, TextWriter results)
    {
        var random = new Random(14);
        var now = DateTimeOffset.UtcNow;
        await using var db = await factory.CreateDbContextAsync();
        // The demo's categories (the app adds any missing at start-up anyway) and the first regencies of the migration's list.
        var order = 0;
        foreach (var c in DemoData.Load().Categories)
        {
            db.Categories.Add(new Category { Slug = c.Slug, Name = c.Name, NameEn = c.NameEn, Icon = c.Icon ?? "category", SortOrder = ++order });
        }

        await db.SaveChangesAsync();
        var categories = await db.Categories.OrderBy(c => c.SortOrder).ToListAsync();
        var regencies = await db.Regencies.OrderBy(r => r.Code).ToListAsync();

        var group = NewGroup(random, 0, GroupSlug, "UPPKA Bench Katalog Sejahtera", regencies[0].Id, now);
        group.Story = Texts.Story(random, longStory: true);
        var groupProducts = Enumerable.Range(0, size.GroupProducts).Select(i => Texts.NewProduct(random, group, categories, i, now)).ToList();

        var exhibition = NewExhibition(now);
        var boothGroups = new List<Group>();
        var featured = new List<(Booth Booth, List<Product> Products)>();
        for (var h = 0; h < size.Halls; h++)
        {
            var letter = (char)('A' + h);
            var hall = new Hall { Slug = $"hall-{char.ToLowerInvariant(letter)}", Name = $"Hall {letter} · {Texts.HallTheme(h)}", Description = "Stan kelompok UPPKA binaan.", SortOrder = h };
            exhibition.Halls.Add(hall);
            for (var b = 0; b < size.BoothsPerHall; b++)
            {
                var n = h * size.BoothsPerHall + b + 1;
                var g = NewGroup(random, n, $"uppka-bench-stan-{n:000}", Texts.GroupName(random, n), regencies[n % regencies.Count].Id, now);
                boothGroups.Add(g);
                var products = Enumerable.Range(0, size.BoothProducts).Select(i => Texts.NewProduct(random, g, categories, n * 100 + i, now)).ToList();
                var booth = new Booth
                {
                    Exhibition = exhibition, Group = g, Number = $"{letter}-{b + 1:00}", Tagline = Texts.Tagline(random),
                    Status = BoothStatus.Accepted, AppliedAt = now.AddDays(-30), DecidedAt = now.AddDays(-20),
                };
                booth.Products.AddRange(products.Select((p, i) => new BoothProduct
                {
                    Product = p, SortOrder = i,
                    // An exhibition price on about half of them, 10-20 % off, in whole hundreds.
                    ExhibitionPrice = random.Next(2) == 0 ? p.Price * random.Next(80, 91) / 100 / 100 * 100 : null,
                }));
                hall.Booths.Add(booth);
                featured.Add((booth, products));
            }
        }

        var all = groupProducts.Concat(featured.SelectMany(f => f.Products)).ToList();
        await AddPhotosAsync(all, pipeline, storage, size, results);

        db.Groups.Add(group);
        db.Groups.AddRange(boothGroups);
        db.Products.AddRange(all);
        db.Exhibitions.Add(exhibition);
        await db.SaveChangesAsync();
        results.WriteLine($"generated\tgroup={GroupSlug}\tgroup_products={groupProducts.Count}\texhibition={ExhibitionSlug}\thalls={exhibition.Halls.Count}" +
                          $"\tbooths={featured.Count}\tbooth_products={featured.Sum(f => f.Products.Count)}");
    }

    /// <summary>One photo per product, each different (a PDF with repeated photos would be smaller than a real one).</summary>
    private static async Task AddPhotosAsync(List<Product> products, ImagePipeline pipeline, PhotoStorage storage, WorldSize size, TextWriter results)
    {
        var clock = Stopwatch.StartNew();
        var sourceBytes = new ConcurrentBag<long>();
        var pipelineMs = new ConcurrentBag<double>();
        var jpegBytes = new ConcurrentBag<(int Width, long Bytes)>();
        // Two at a time by default: the pipeline is the slow part (as in DemoSeeder), and the bytes are written as they come.
        await Parallel.ForEachAsync(Enumerable.Range(0, products.Count), new ParallelOptions { MaxDegreeOfParallelism = size.Jobs }, async (i, ct) =>
        {
            var source = Photos.Make(1000 + i, size.PhotoWidth, size.PhotoHeight);
            sourceBytes.Add(source.Length);
            var sw = Stopwatch.StartNew();
            var image = pipeline.Process(new MemoryStream(source, writable: false));
            pipelineMs.Add(sw.Elapsed.TotalMilliseconds);
            var (key, variants) = await storage.SaveAsync(image, "p", ct);
            foreach (var v in variants.Where(v => v.Format == "jpg")) jpegBytes.Add((v.Width, v.Bytes));
            // Each index is touched by one task only, and the list is read after the loop.
            products[i].Photos.Add(new ProductPhoto
            {
                SortOrder = 0, AltText = $"Foto kemasan {products[i].Name}", Width = image.Width, Height = image.Height, StorageKey = key,
                Variants = variants, PlaceholderColor = image.PlaceholderColor, CreatedAt = products[i].CreatedAt,
            });
        });

        var jpegs = jpegBytes.GroupBy(v => v.Width).OrderBy(g => g.Key);
        results.WriteLine($"photos\tcount={products.Count}\tsource={size.PhotoWidth}x{size.PhotoHeight}\tsource_kib_avg={sourceBytes.Average() / 1024:F0}" +
                          $"\tpipeline_ms_median={Median(pipelineMs.ToList()):F0}\tseconds={clock.Elapsed.TotalSeconds:F0}\tjobs={size.Jobs}\t" +
                          string.Join('\t', jpegs.Select(g => $"jpg{g.Key}_kib_avg={g.Average(v => v.Bytes) / 1024.0:F1}")));
    }

    private static double Median(List<double> values)
    {
        var s = values.Order().ToList();
        return s.Count % 2 == 1 ? s[s.Count / 2] : (s[s.Count / 2 - 1] + s[s.Count / 2]) / 2;
    }

    private static Group NewGroup(Random random, int n, string slug, string name, int regencyId, DateTimeOffset now) => new()
    {
        Slug = slug, Name = name, RegistrationNumber = $"UPPKA/BENCH/2026/{n:000}", RegencyId = regencyId, District = "Kota Baru",
        Village = "Sungai Putri", Sector = BusinessSector.FoodProcessing, Specialty = "Makanan olahan", FoundingYear = 2015 + n % 10,
        MemberCount = 10 + n % 20, LeaderName = "Siti Aminah", LeaderPhone = $"+62812555{n:00000}", Story = Texts.Story(random, longStory: false),
        PublicWhatsApp = $"+62812340{n:00000}", IsActive = true, CreatedAt = now.AddDays(-200),
    };

    /// <summary>Published and running now (opened yesterday 08:00 WIB, a week long): public on /pameran.</summary>
    private static Exhibition NewExhibition(DateTimeOffset now)
    {
        var today = Wib.DayOf(now);
        return new Exhibition
        {
            Slug = ExhibitionSlug, Title = "Pameran Virtual Produk UPPKA Nusantara 2026", Theme = "Produk unggulan keluarga akseptor KB",
            Description = "Pameran daring kelompok UPPKA: 40 stan dalam empat hall, dengan harga khusus selama pameran.",
            StartsAt = Wib.StartOf(today.AddDays(-1)).AddHours(8), EndsAt = Wib.StartOf(today.AddDays(7)),
            RegistrationOpensAt = Wib.StartOf(today.AddDays(-40)), RegistrationClosesAt = Wib.StartOf(today.AddDays(-10)),
            Status = ExhibitionStatus.Published, CreatedAt = now.AddDays(-45),
        };
    }
}
