using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Tests.Support;

namespace UppkaCatalog.Core.Tests.Catalog;

/// <summary>
/// The capped count (issue 15): 1,001 mats say "tikar" in their name (prices 10,001 … 11,001 rupiah, the cheaper the
/// older) and 30 newer bags say it only in their description (5,000 rupiah). Counting stops past
/// <see cref="CatalogService.SearchCountCap"/>; below it the count is exact. 3,001 fans ("kipas", 20,000 … 26,000 rupiah,
/// many at one price): capped pages of every sort, ties between equal prices broken by date.
/// </summary>
public sealed class CatalogSearchCapTests(CatalogSearchCapTests.World world) : IClassFixture<CatalogSearchCapTests.World>
{
    private const int Mats = CatalogService.SearchCountCap + 1;
    private const int Fans = 3 * CatalogService.SearchCountCap + 1;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<CatalogSearchResult> Search(CatalogQuery query) => world.Catalog.SearchAsync(query, Ct);

    [Fact]
    public async Task Above_the_cap_the_total_is_the_cap_marked_capped_and_the_pages_end_at_it()
    {
        var result = await Search(new CatalogQuery { Text = "tikar" });

        Assert.True(result.TotalIsCapped);
        Assert.Equal(1_000, result.Results.TotalCount);
        Assert.Equal(42, result.Results.PageCount);

        var last = await Search(new CatalogQuery { Text = "tikar", Page = 500 });
        Assert.Equal(42, last.Applied.Page); // clamped to the pages offered
        Assert.Equal(1_000 - 41 * 24, last.Results.Items.Count);
        Assert.True(last.TotalIsCapped);
    }

    [Fact]
    public async Task Browsing_without_words_is_capped_too()
    {
        var result = await Search(new CatalogQuery { Sort = CatalogSort.Cheapest });

        Assert.True(result.TotalIsCapped);
        Assert.Equal(1_000, result.Results.TotalCount);
        Assert.StartsWith("tas-", result.Results.Items[0].Slug); // the 5,000-rupiah bags are the cheapest
    }

    [Theory]
    [InlineData(11_000, 1_000)] // exactly the cap: exact, not "more than"
    [InlineData(10_999, 999)]
    [InlineData(10_020, 20)]
    public async Task At_or_below_the_cap_the_count_is_exact(long maxPrice, int expected)
    {
        var result = await Search(new CatalogQuery { Text = "tikar", MinPrice = 10_000, MaxPrice = maxPrice });

        Assert.False(result.TotalIsCapped);
        Assert.Equal(expected, result.Results.TotalCount);
    }

    [Fact]
    public async Task Relevance_pages_run_from_the_name_matches_into_the_description_matches_without_gaps_or_repeats()
    {
        // 30 mats (10,001 … 10,030) and the 30 bags: page 1 is 24 mats, newest first; page 2 the 6 oldest mats, then
        // 18 bags; page 3 starts 12 bags into the description tier (the name tier counted to know where).
        var query = new CatalogQuery { Text = "tikar", MaxPrice = 10_030 };
        var pages = new List<CatalogSearchResult>();
        for (var page = 1; page <= 3; page++) pages.Add(await Search(query with { Page = page }));

        Assert.Equal(60, pages[0].Results.TotalCount);
        Assert.Equal(CatalogSort.Relevance, pages[0].Applied.Sort);
        Assert.Equal([24, 24, 12], pages.Select(p => p.Results.Items.Count));
        var expected = Enumerable.Range(1, 30).Reverse().Select(i => $"tikar-{i:0000}").Concat(Enumerable.Range(1, 30).Reverse().Select(i => $"tas-{i}"));
        Assert.Equal(expected, pages.SelectMany(p => p.Results.Items).Select(p => p.Slug));
    }

    [Theory]
    [InlineData("tikar", CatalogSort.Cheapest)] // 1,031 matches (capped): an index walk
    [InlineData("tikar", CatalogSort.MostExpensive)]
    [InlineData("tikar", CatalogSort.Newest)]
    [InlineData("tikar", CatalogSort.Relevance)]
    [InlineData("kipas", CatalogSort.Cheapest)] // 3,001 matches, many at one price: an index walk
    [InlineData("kipas", CatalogSort.MostExpensive)]
    [InlineData("kipas", CatalogSort.Newest)]
    [InlineData("kipas", CatalogSort.Relevance)]
    public async Task Capped_pages_follow_the_sort(string word, CatalogSort sort)
    {
        // Every product as seeded: slug, price, hours before now it was published, and whether the word is in its name.
        var all = Enumerable.Range(1, Mats).Select(i => (Slug: $"tikar-{i:0000}", Price: 10_000L + i, Hours: 2_000 - i, Named: word == "tikar"))
            .Concat(Enumerable.Range(1, 30).Select(i => (Slug: $"tas-{i}", Price: 5_000L, Hours: 40 - i, Named: false)))
            .Concat(Enumerable.Range(1, Fans).Select(i => (Slug: $"kipas-{i:0000}", Price: FanPrice(i), Hours: 5_000 - i, Named: true)))
            .Where(p => word == "tikar" ? !p.Slug.StartsWith("kipas-", StringComparison.Ordinal) : p.Slug.StartsWith("kipas-", StringComparison.Ordinal))
            .ToList();
        var ordered = sort switch
        {
            CatalogSort.Cheapest => all.OrderBy(p => p.Price).ThenBy(p => p.Hours),
            CatalogSort.MostExpensive => all.OrderByDescending(p => p.Price).ThenBy(p => p.Hours),
            CatalogSort.Relevance => all.OrderByDescending(p => p.Named).ThenBy(p => p.Hours),
            _ => all.OrderBy(p => p.Hours),
        };

        foreach (var page in new[] { 1, 2, 42 })
        {
            var result = await Search(new CatalogQuery { Text = word, Sort = sort, Page = page });

            Assert.True(result.TotalIsCapped);
            Assert.Equal(ordered.Take(1_000).Skip((page - 1) * 24).Take(24).Select(p => p.Slug), result.Results.Items.Select(p => p.Slug));
        }
    }

    private static long FanPrice(int i) => 20_000 + i % 7 * 1_000;

    public sealed class World : IAsyncLifetime
    {
        public CoreHost Host { get; private set; } = default!;

        public CatalogService Catalog => Host.Services.GetRequiredService<CatalogService>();

        public async ValueTask InitializeAsync()
        {
            Host = await CoreHost.StartAsync(demo: false);
            await Host.SeedAsync();
            await using var db = await Host.DbFactory.CreateDbContextAsync();
            var regency = await db.Regencies.SingleAsync(r => r.Code == "1505");
            var anyaman = await db.Categories.SingleAsync(c => c.Slug == "anyaman");
            var group = TestData.Group("pandan", regency.Id);
            for (var i = 1; i <= Mats; i++)
            {
                var p = TestData.Product(group, anyaman.Id, $"tikar-{i:0000}", ProductStatus.Published, CoreHost.DefaultNow.AddHours(-2_000 + i), 10_000 + i);
                p.Name = $"Tikar Pandan {i}";
                p.Description = "Dianyam tangan.";
                db.Products.Add(p);
            }

            for (var i = 1; i <= 30; i++)
            {
                var p = TestData.Product(group, anyaman.Id, $"tas-{i}", ProductStatus.Published, CoreHost.DefaultNow.AddHours(-40 + i), 5_000);
                p.Name = $"Tas Pandan {i}";
                p.Description = "Dari sisa tikar yang sama.";
                db.Products.Add(p);
            }

            for (var i = 1; i <= Fans; i++)
            {
                var p = TestData.Product(group, anyaman.Id, $"kipas-{i:0000}", ProductStatus.Published, CoreHost.DefaultNow.AddHours(-5_000 + i), FanPrice(i));
                p.Name = $"Kipas Bambu {i}";
                p.Description = "Dianyam tangan.";
                db.Products.Add(p);
            }

            await db.SaveChangesAsync();
        }

        public ValueTask DisposeAsync() => Host.DisposeAsync();
    }
}
