using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using UppkaCatalog.Core;
using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Data;

namespace UppkaCatalog.Bench;

/// <summary>
/// Catalogue search benchmark, on SQLite or PostgreSQL, against DESIGN.md's "Budgets" (median ≤ 20 ms, p95 ≤ 60 ms) up to
/// 10,000 products and issue 15's (median ≤ 30 ms, p95 ≤ 100 ms; 300,000 products) above. Generates published products with
/// photo rows into a throw-away database through the real migrations of that provider (so the search index is the
/// real one), then times a fixed, seeded mix of searches through the real <see cref="CatalogService.SearchAsync"/>,
/// one after another.
///
///   SearchBench --folder DIR [--postgres CONNECTION] [--products N] [--groups N] [--searches N] [--warmup N] [--sql] [--generate-only] [--existing] [--slowest N]
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        string? folder = null, postgres = null;
        var productCount = 10_000;
        int? groupCount = null;
        var searches = 600;
        var warmup = 100;
        var showSql = false;
        var printSql = false;
        var generateOnly = false;
        var existing = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--folder": folder = args[++i]; break;
                case "--postgres": postgres = args[++i]; break;
                case "--products": productCount = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--groups": groupCount = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--searches": searches = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--warmup": warmup = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--sql": showSql = true; break;
                case "--generate-only": generateOnly = true; break;
                case "--existing": existing = true; break;
                case "--slowest": slowest = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                default: Console.Error.WriteLine($"unknown argument {args[i]}"); return 2;
            }
        }

        if (folder is null)
        {
            Console.Error.WriteLine("usage: SearchBench --folder DIR [--postgres CONNECTION] [--products N] [--groups N] [--searches N] [--warmup N] [--sql] [--generate-only] [--existing] [--slowest N]");
            return 2;
        }

        var settings = new Dictionary<string, string?> { ["Storage:DataPath"] = folder };
        if (postgres is not null)
        {
            settings[DatabaseSetup.ProviderSetting] = nameof(DatabaseSetup.Provider.PostgreSQL);
            settings["ConnectionStrings:Catalog"] = postgres;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging(b => b.AddProvider(new SqlPrinter(() => printSql)));
        services.AddSingleton<IConfiguration>(configuration);
        services.AddUppkaCore(configuration, DatabaseSetup.ResolveDataPath(configuration, folder));
        await using var provider = services.BuildServiceProvider();
        var factory = provider.GetRequiredService<IDbContextFactory<AppDbContext>>();
        var providerName = postgres is null ? "SQLite" : "PostgreSQL";
        var groups = groupCount ?? Math.Max(120, productCount / 10);

        Console.WriteLine($"{providerName}: generating {productCount:N0} published products in {groups:N0} groups");
        var clock = Stopwatch.StartNew();
        await DatabaseSetup.MigrateAsync(factory);
        Console.WriteLine($"  migrations: {clock.Elapsed.TotalSeconds:F1} s");
        // --existing: time the searches again over a database an earlier --generate-only run filled (migrated first).
        if (!existing) await Catalogue.GenerateAsync(factory, productCount, groups);
        Console.WriteLine($"generated in {clock.Elapsed.TotalSeconds:F1} s");
        if (generateOnly) return 0; // bench/nodes-load.sh: the data for the app nodes, timed through HTTP instead

        var catalog = provider.GetRequiredService<CatalogService>();
        if (showSql)
        {
            // The SQL of two typical searches, to check with EXPLAIN (QUERY PLAN / ANALYZE); then no timing.
            printSql = true;
            await catalog.SearchAsync(new CatalogQuery { Text = "keri", Regency = "kerinci" });
            await catalog.SearchAsync(new CatalogQuery { Sort = CatalogSort.Cheapest, Page = 3 });
            return 0;
        }

        List<string> regencyCodes;
        await using (var db = await factory.CreateDbContextAsync())
        {
            regencyCodes = await db.Regencies.OrderBy(r => r.Code).Select(r => r.Code).ToListAsync();
        }

        var mix = SearchMix.Make(searches, seed: 42, regencyCodes);
        foreach (var warm in SearchMix.Make(warmup, seed: 7, regencyCodes)) await catalog.SearchAsync(warm.Query);

        var times = new List<Timed>(mix.Count);
        foreach (var search in mix)
        {
            var t = Stopwatch.GetTimestamp();
            var result = await catalog.SearchAsync(search.Query);
            times.Add(new Timed(search.Kind, search.Query, Stopwatch.GetElapsedTime(t).TotalMilliseconds, result.Results.TotalCount));
        }

        if (productCount > 10_000) (TargetMedian, TargetP95) = (30, 100);
        Report(providerName, productCount, times);
        return 0;
    }

    /// <summary>How many of the slowest searches the report lists (--slowest).</summary>
    private static int slowest = 8;

    /// <summary>DESIGN.md's budget up to 10,000 products (the Jambi scale); issue 15's for the national scale above it.</summary>
    private static double TargetMedian = 20, TargetP95 = 60;

    private static void Report(string providerName, int productCount, List<Timed> times)
    {
        Console.WriteLine($"{providerName}, {productCount:N0} products, {times.Count} searches one after another " +
            $"(target median <= {TargetMedian} ms, p95 <= {TargetP95} ms; load average {File.ReadAllText("/proc/loadavg")[..14].Trim()}):");
        Line("all searches", times);
        foreach (var kind in new[] { "one word", "prefix", "two words", "three words", "no words" })
        {
            Line($"  {kind}", times.Where(t => t.Kind == kind).ToList());
        }

        Line("  with a filter", times.Where(t => t.Query.HasFilters).ToList());
        Line("  with a regency", times.Where(t => t.Query.Regency is not null).ToList());
        Line("  by price", times.Where(t => t.Query.Sort is CatalogSort.Cheapest or CatalogSort.MostExpensive).ToList());
        Line("  page > 1", times.Where(t => t.Query.Page > 1).ToList());
        Console.WriteLine($"matches per search: median {Figures.Percentile(times.Select(t => (double)t.Total).ToList(), 50):F0}, " +
            $"max {times.Max(t => t.Total):N0}; searches with no match: {times.Count(t => t.Total == 0)}");
        Console.WriteLine("slowest:");
        foreach (var t in times.OrderByDescending(t => t.Ms).Take(slowest))
        {
            Console.WriteLine($"  {t.Ms,7:F1} ms  {t.Total,7:N0} found  {t.Kind,-11}  {Describe(t.Query)}");
        }

        var all = times.Select(t => t.Ms).ToList();
        Console.WriteLine($"RESULT provider={providerName} products={productCount} searches={all.Count} median_ms={Figures.Percentile(all, 50):F2} " +
            $"p95_ms={Figures.Percentile(all, 95):F2} target_median_ms={TargetMedian} target_p95_ms={TargetP95} {Verdict(all)}");
    }

    private static void Line(string label, List<Timed> times)
    {
        if (times.Count == 0) return;
        var ms = times.Select(t => t.Ms).ToList();
        Console.WriteLine($"{label,-18} n={ms.Count,4}  p50 {Figures.Percentile(ms, 50),7:F2} ms  p95 {Figures.Percentile(ms, 95),7:F2} ms  " +
            $"max {ms.Max(),7:F1} ms  {Verdict(ms)}");
    }

    private static string Verdict(List<double> ms) =>
        Figures.Percentile(ms, 50) <= TargetMedian && Figures.Percentile(ms, 95) <= TargetP95 ? "PASS" : "MISS";

    private static string Describe(CatalogQuery q) => string.Join(' ', new[]
    {
        q.Text is null ? null : $"q=\"{q.Text}\"", q.Category is null ? null : $"kategori={q.Category}", q.Regency is null ? null : $"wilayah={q.Regency}",
        q.MinPrice is null ? null : $"min={q.MinPrice}", q.MaxPrice is null ? null : $"max={q.MaxPrice}",
        q.Certifications == Certification.None ? null : $"sertifikat={q.Certifications}", q.Availability is null ? null : $"tersedia={q.Availability}",
        q.Sort is null ? null : $"urut={q.Sort}", $"halaman={q.Page}",
    }.Where(s => s is not null));

    private sealed record Timed(string Kind, CatalogQuery Query, double Ms, int Total);
}
