using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using UppkaCatalog.Core;
using UppkaCatalog.Core.Accounts;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Data;
using UppkaCatalog.Core.Groups;

namespace UppkaCatalog.Bench;

/// <summary>
/// Registry list benchmark (issue 12: a national registry of 30,000 groups): generates groups, products and invitations into a
/// throw-away SQLite file through the real migrations, then times a fixed, seeded mix of searches through the real
/// <see cref="GroupRegistryService.SearchAsync"/>, the group page and one invitation step of 500 groups.
///
///   RegistryListBench --folder DIR [--groups N] [--products N] [--queries N]
/// </summary>
public static class Program
{
    public const double TargetMedianMs = 50;
    public const double TargetP95Ms = 150;

    public static async Task<int> Main(string[] args)
    {
        string? folder = null;
        var groupCount = 30_000;
        var productCount = 300_000;
        var queries = 600;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--folder": folder = args[++i]; break;
                case "--groups": groupCount = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--products": productCount = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--queries": queries = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                default: Console.Error.WriteLine($"unknown argument {args[i]}"); return 2;
            }
        }

        if (folder is null)
        {
            Console.Error.WriteLine("usage: RegistryListBench --folder DIR [--groups N] [--products N] [--queries N]");
            return 2;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:DataPath"] = folder }).Build();
        var printSql = false;
        var services = new ServiceCollection();
        services.AddLogging(b => b.AddProvider(new SqlPrinter(() => printSql)));
        services.AddSingleton<IConfiguration>(configuration);
        services.AddUppkaCore(configuration, DatabaseSetup.ResolveDataPath(configuration, folder));
        services.AddUppkaIdentity();
        services.AddDataProtection().UseEphemeralDataProtectionProvider();
        await using var provider = services.BuildServiceProvider();
        var factory = provider.GetRequiredService<IDbContextFactory<AppDbContext>>();

        var clock = Stopwatch.StartNew();
        await DatabaseSetup.MigrateAsync(factory);
        var staff = await Registry.GenerateAsync(factory, groupCount, productCount);
        Console.WriteLine($"generated {groupCount:N0} groups and {productCount:N0} products with invitations in {clock.Elapsed.TotalSeconds:F1} s");

        var registry = provider.GetRequiredService<GroupRegistryService>();
        foreach (var query in QueryMix.Make(50, groupCount, seed: 7)) await registry.SearchAsync(staff, query);
        var times = new List<(RegistryQuery Query, double Ms, int Total)>();
        foreach (var query in QueryMix.Make(queries, groupCount, seed: 42))
        {
            var t = Stopwatch.GetTimestamp();
            var page = await registry.SearchAsync(staff, query);
            times.Add((query, Stopwatch.GetElapsedTime(t).TotalMilliseconds, page.Rows.TotalCount));
        }

        Figures.Report("all searches", times.Select(t => t.Ms).ToList(), 26, 7);
        Figures.Report("  no filter", times.Where(t => Filters(t.Query) == 0 && t.Query.Text is null).Select(t => t.Ms).ToList(), 26, 7);
        Figures.Report("  with words", times.Where(t => t.Query.Text is not null).Select(t => t.Ms).ToList(), 26, 7);
        Figures.Report("  with a filter", times.Where(t => Filters(t.Query) > 0).Select(t => t.Ms).ToList(), 26, 7);
        foreach (var sort in Enum.GetValues<RegistrySort>())
        {
            Figures.Report($"  sort {sort}", times.Where(t => t.Query.Sort == sort).Select(t => t.Ms).ToList(), 26, 7);
        }

        Figures.Report("  page > 100", times.Where(t => t.Query.Page > 100).Select(t => t.Ms).ToList(), 26, 7);
        Console.WriteLine("slowest:");
        foreach (var (query, ms, total) in times.OrderByDescending(t => t.Ms).Take(5)) Console.WriteLine($"  {ms,7:F1} ms  {total,6:N0} found  {Describe(query)}");

        var ids = await factory.CreateDbContext().Groups.OrderBy(g => g.Id).Select(g => g.Id).ToListAsync();
        var random = new Random(3);
        var recordMs = new List<double>();
        foreach (var id in Enumerable.Range(0, 50).Select(_ => ids[random.Next(ids.Count)]))
        {
            var t = Stopwatch.GetTimestamp();
            await registry.GetAsync(staff, id);
            recordMs.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
        }

        Figures.Report("group page", recordMs, 26, 7);

        await using (var scope = provider.CreateAsyncScope())
        {
            var invitations = scope.ServiceProvider.GetRequiredService<InvitationService>();
            var selection = ids.OrderBy(_ => random.Next()).Take(500).ToList();
            var t = Stopwatch.GetTimestamp();
            var result = await invitations.InviteGroupsAsync(staff, selection);
            Console.WriteLine($"invitation step of {selection.Count} selected groups: {Stopwatch.GetElapsedTime(t).TotalMilliseconds:F0} ms " +
                $"({result.Issued.Count} links, {result.Skipped.Count} skipped)");
        }

        var slowest = times.MaxBy(t => t.Ms).Query;
        printSql = true;
        Console.WriteLine("SQL of the slowest search:");
        await registry.SearchAsync(staff, slowest);
        printSql = false;

        var all = times.Select(t => t.Ms).ToList();
        var (median, p95) = (Figures.Percentile(all, 50), Figures.Percentile(all, 95));
        Console.WriteLine($"RESULT groups={groupCount} products={productCount} searches={all.Count} median_ms={median:F2} p95_ms={p95:F2} " +
            $"target_median_ms={TargetMedianMs} target_p95_ms={TargetP95Ms} {(median <= TargetMedianMs && p95 <= TargetP95Ms ? "OK" : "OVER")}");
        return 0;
    }

    private static int Filters(RegistryQuery q) => new object?[] { q.Regency, q.Sector, q.Stage, q.Online, q.HasPublishedProducts, q.Active }.Count(x => x is not null);

    private static string Describe(RegistryQuery q) => string.Join(' ', new[]
    {
        q.Text is null ? null : $"q=\"{q.Text}\"", q.Regency is null ? null : $"wilayah={q.Regency}", q.Sector is null ? null : $"bidang={q.Sector}",
        q.Stage is null ? null : $"tahap={q.Stage}", q.Online is null ? null : $"online={q.Online}", q.HasPublishedProducts is null ? null : $"tayang={q.HasPublishedProducts}",
        q.Active is null ? null : $"aktif={q.Active}", $"urut={q.Sort}{(q.Descending ? " turun" : "")}", $"halaman={q.Page}",
    }.Where(s => s is not null));
}

internal static class Registry
{
    private static readonly string[] Flowers =
    [
        "Melati", "Mawar", "Anggrek", "Kenanga", "Cempaka", "Dahlia", "Teratai", "Seroja", "Bakung", "Flamboyan", "Bougenvil", "Lestari",
        "Sejahtera", "Mekar Sari", "Harapan Baru", "Tunas Harapan", "Makmur", "Mandiri", "Sakinah", "Berkah", "Karya Bersama", "Srikandi",
    ];

    private static readonly string[] Villages =
    [
        "Sengeti", "Tangkit Baru", "Olak Kemang", "Tanjung Johor", "Talang Banjar", "Kayu Aro", "Pelompek", "Pasar Sungai Penuh", "Muara Bulian",
        "Pasar Atas Bangko", "Sarolangun Kembang", "Nipah Panjang", "Tungkal Harapan", "Muara Tebo", "Bungo Barat", "Pudak", "Mendalo Darat",
    ];

    /// <summary>Groups, invitations and products; returns a staff actor with an account row.</summary>
    public static async Task<Actor> GenerateAsync(IDbContextFactory<AppDbContext> factory, int groups, int products)
    {
        var random = new Random(2026);
        var now = DateTimeOffset.UtcNow;
        string staffId;
        await using (var db = await factory.CreateDbContextAsync())
        {
            var staff = new AppUser { UserName = "staf@bench", NormalizedUserName = "STAF@BENCH", DisplayName = "Staf Bench", CreatedAt = now };
            db.Users.Add(staff);
            db.Categories.Add(new UppkaCatalog.Core.Catalog.Category { Slug = "makanan-olahan", Name = "Makanan Olahan", NameEn = "Processed food" });
            await db.SaveChangesAsync();
            staffId = staff.Id;
        }

        int[] regencies;
        await using (var db = await factory.CreateDbContextAsync())
        {
            regencies = await db.Regencies.OrderBy(r => r.Id).Select(r => r.Id).ToArrayAsync();
        }

        var sectors = RegistryNames.AllSectors;
        const int batch = 2_000;
        for (var done = 0; done < groups; done += batch)
        {
            await using var db = await factory.CreateDbContextAsync();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = done; i < Math.Min(groups, done + batch); i++)
            {
                var regency = regencies[random.Next(regencies.Length)];
                var name = $"UPPKA {Pick(random, Flowers)} {i + 1}";
                db.Groups.Add(new Group
                {
                    Slug = $"kelompok-{i:00000}", Name = name, RegistrationNumber = $"UPPKA/{1500 + regency}/{2010 + random.Next(16)}/{i:00000}",
                    RegencyId = regency, District = "Kecamatan " + Pick(random, Villages), Village = Pick(random, Villages),
                    Sector = random.Next(100) < 60 ? BusinessSector.FoodProcessing : sectors[random.Next(sectors.Count)],
                    Stage = random.Next(10) switch { < 5 => GroupStage.Basic, < 8 => GroupStage.Developing, < 9 => GroupStage.SelfReliant, _ => null },
                    FoundingYear = 2000 + random.Next(26), MemberCount = 5 + random.Next(30), LeaderName = "Ibu " + Pick(random, Flowers),
                    LeaderPhone = "+62812" + random.Next(10_000_000, 99_999_999).ToString(CultureInfo.InvariantCulture),
                    IsActive = random.Next(100) >= 3, CreatedAt = now.AddDays(-random.Next(900)),
                });
            }

            await db.SaveChangesAsync();
        }

        await using (var db = await factory.CreateDbContextAsync())
        {
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            var ids = await db.Groups.Select(g => g.Id).ToListAsync();
            foreach (var id in ids)
            {
                var roll = random.Next(6);
                if (roll > 2) continue;
                var created = now.AddDays(-random.Next(1, 400));
                db.Invitations.Add(new Invitation
                {
                    TokenHash = Guid.NewGuid().ToString("N") + Guid.NewGuid().ToString("N"), GroupId = id, DisplayName = "Ketua", CreatedById = staffId,
                    CreatedAt = roll == 2 ? now.AddDays(-1) : created, ExpiresAt = (roll == 2 ? now.AddDays(-1) : created) + InvitationService.Lifetime,
                    UsedAt = roll < 2 ? created.AddDays(1) : null,
                });
            }

            await db.SaveChangesAsync();

            // Products in one statement: a few groups with many, most with a handful (a product's group from a skewed pick).
            var category = await db.Categories.Select(c => c.Id).FirstAsync();
            var first = ids.Min();
            var sql = $"""
                WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {products})
                INSERT INTO Products (Slug, GroupId, CategoryId, Name, Description, Price, Unit, MinimumOrder, Availability, Status,
                                      CreatedAt, UpdatedAt, PublishedAt, Version, MarketplaceLinks)
                SELECT 'produk-' || i,
                       {first} + CASE WHEN abs(random()) % 100 < 70 THEN abs(random()) % {Math.Max(1, ids.Count / 10)} ELSE abs(random()) % {ids.Count} END,
                       {category}, 'Keripik ' || i, 'Keripik renyah buatan kelompok.', 10000 + (i % 50) * 1000, 'bungkus', 1, 0,
                       CASE WHEN i % 10 < 6 THEN 2 WHEN i % 10 < 8 THEN 1 ELSE 0 END,
                       {now.UtcTicks}, {now.UtcTicks}, CASE WHEN i % 10 < 6 THEN {now.UtcTicks} END, lower(hex(randomblob(16))), '[]'
                FROM n;
                ANALYZE;
                """;
            await db.Database.ExecuteSqlRawAsync(sql);
        }

        return new Actor(staffId, null, IsStaff: true);
    }

    public static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}

internal static class QueryMix
{
    private static readonly string[] Words = ["melati", "mawar", "sejahtera", "mekar", "UPPKA/1505", "2015/", "harapan", "1234", "anggrek 12"];
    private static readonly string[] Regencies = ["1501", "1505", "Kota Jambi", "1509", "Kab. Merangin", "1572"];

    /// <summary>No filter, words, filters alone and together, every sort both ways, first, later and last pages, in a fixed mix.</summary>
    public static List<RegistryQuery> Make(int count, int groups, int seed)
    {
        var random = new Random(seed);
        var queries = new List<RegistryQuery>(count);
        var sorts = Enum.GetValues<RegistrySort>();
        for (var i = 0; i < count; i++)
        {
            var text = random.Next(100) < 30 ? Registry.Pick(random, Words) : null;
            var filtered = random.Next(100) < 60;
            queries.Add(new RegistryQuery
            {
                Text = text,
                Regency = filtered && random.Next(100) < 50 ? Registry.Pick(random, Regencies) : null,
                Sector = filtered && random.Next(100) < 25 ? Registry.Pick(random, ["makanan olahan", "Kerajinan", "Jasa", "Minuman"]) : null,
                Stage = filtered && random.Next(100) < 20 ? Registry.Pick(random, ["dasar", "berkembang", "mandiri"]) : null,
                Online = filtered && random.Next(100) < 30 ? random.Next(2) == 0 : null,
                HasPublishedProducts = filtered && random.Next(100) < 20 ? random.Next(2) == 0 : null,
                Active = filtered && random.Next(100) < 10 ? random.Next(4) > 0 : null,
                Sort = random.Next(100) < 50 ? RegistrySort.Name : sorts[random.Next(sorts.Length)],
                Descending = random.Next(100) < 30,
                Page = random.Next(100) switch { < 60 => 1, < 80 => 2 + random.Next(5), < 95 => 1 + random.Next(groups / RegistryQuery.PageSize), _ => int.MaxValue },
            });
        }

        return queries;
    }
}
