using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Data;
using UppkaCatalog.Core.Exhibitions;
using UppkaCatalog.Core.Groups;
using UppkaCatalog.Core.Media;
using UppkaCatalog.Core.Publishing;
using UppkaCatalog.Core.Tests.Support;

namespace UppkaCatalog.Core.Tests.Exhibitions;

/// <summary>
/// One ongoing exhibition with two halls and booths in every status, in two regencies and two categories, with
/// banners of each kind; plus a booth in a draft exhibition.
/// </summary>
public sealed class ExhibitionBoothFixture : IAsyncLifetime
{
    public const string Slug = "pameran-uji";
    public const string DraftSlug = "pameran-draf";
    // Descriptors as BannerImages writes them: kind/id/size/placeholder/rendition widths.
    public const string BannerKey = "b/0123456789abcdef0123456789abcdef/800x300/aabbcc/320-480-800";

    public const string BannerJpeg800 = "/media/b/0123456789abcdef0123456789abcdef/800.jpg";
    public const string ExhibitionBannerKey = "b/fedcba9876543210fedcba9876543210/1600x400/ccddee/320-480-800-1600";

    public CoreHost Host { get; private set; } = default!;

    public ExhibitionService Service => Host.Services.GetRequiredService<ExhibitionService>();

    public string OtherCategorySlug { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        Host = await CoreHost.StartAsync(demo: false);
        await Host.SeedAsync();
        await using var db = await Host.DbFactory.CreateDbContextAsync();
        var kotaJambi = await db.Regencies.SingleAsync(r => r.Code == "1571");
        var muaroJambi = await db.Regencies.SingleAsync(r => r.Code == "1505");
        var categories = await db.Categories.OrderBy(c => c.SortOrder).Take(2).ToListAsync();
        OtherCategorySlug = categories[1].Slug;
        var groups = new[] { "diterima-1", "diterima-2", "mendaftar", "ditolak", "mundur", "belum-ditempatkan" }
            .ToDictionary(s => s, s => TestData.Group(s, kotaJambi.Id));
        groups["diterima-3"] = TestData.Group("diterima-3", muaroJambi.Id);
        groups["nonaktif"] = TestData.Group("nonaktif", kotaJambi.Id, active: false);
        var published = TestData.Product(groups["diterima-1"], categories[0].Id, "produk-terbit", ProductStatus.Published, price: 30_000);
        var draft = TestData.Product(groups["diterima-1"], categories[0].Id, "produk-draf", ProductStatus.Draft);
        var other = TestData.Product(groups["ditolak"], categories[0].Id, "produk-ditolak", ProductStatus.Published);
        var third = TestData.Product(groups["diterima-3"], categories[1].Id, "produk-ketiga", ProductStatus.Published, price: 40_000);
        var extra = Enumerable.Range(1, 5)
            .Select(i => TestData.Product(groups["diterima-3"], categories[1].Id, $"produk-ketiga-{i}", ProductStatus.Published)).ToList();
        db.Products.AddRange([published, draft, other, third, .. extra]);
        published.Photos.Add(Photo("aa"));
        third.Photos.Add(Photo("bb"));
        foreach (var (p, i) in extra.Select((p, i) => (p, i))) p.Photos.Add(Photo($"c{i}"));

        var now = CoreHost.DefaultNow;
        var exhibition = new Exhibition
        {
            Slug = Slug, Title = "Pameran Uji", StartsAt = now.AddDays(-1), EndsAt = now.AddDays(6), Status = ExhibitionStatus.Published,
            BannerKey = ExhibitionBannerKey,
        };
        // Hall "kedua" is listed first by its sort order.
        var hallA = new Hall { Slug = "pertama", Name = "Aula Pertama", SortOrder = 2 };
        var hallB = new Hall { Slug = "kedua", Name = "Aula Kedua", SortOrder = 1 };
        exhibition.Halls.AddRange([hallA, hallB]);
        var first = Booth(exhibition, groups["diterima-1"], "A-10", BoothStatus.Accepted,
            new BoothProduct { Product = published, SortOrder = 0, ExhibitionPrice = 25_000 },
            new BoothProduct { Product = draft, SortOrder = 1 });
        first.BannerKey = BannerKey;
        hallA.Booths.Add(first);
        // diterima-2 features another group's product: never shown on its booth.
        hallA.Booths.Add(Booth(exhibition, groups["diterima-2"], "A-2", BoothStatus.Accepted, new BoothProduct { Product = other }));
        hallA.Booths.Add(Booth(exhibition, groups["mendaftar"], "A-03", BoothStatus.Applied));
        hallA.Booths.Add(Booth(exhibition, groups["ditolak"], "A-04", BoothStatus.Rejected, new BoothProduct { Product = other }));
        hallA.Booths.Add(Booth(exhibition, groups["mundur"], "A-05", BoothStatus.Withdrawn));
        // A banner key naming no single file (a storage prefix): its variants are unknown, the first product photo stands in.
        var thirdBooth = Booth(exhibition, groups["diterima-3"], "B-01", BoothStatus.Accepted,
            [new BoothProduct { Product = third, SortOrder = 9, ExhibitionPrice = 35_000 }, .. extra.Select((p, i) => new BoothProduct { Product = p, SortOrder = i })]);
        thirdBooth.BannerKey = "banner/0123456789abcdef0123456789abcdef";
        hallB.Booths.Add(thirdBooth);
        // An accepted booth whose group was deactivated later.
        hallB.Booths.Add(Booth(exhibition, groups["nonaktif"], "B-02", BoothStatus.Accepted));
        db.Exhibitions.Add(exhibition);
        // Accepted but not yet placed in a hall (staff have not assigned one): not shown.
        db.Booths.Add(new Booth { Exhibition = exhibition, Group = groups["belum-ditempatkan"], Status = BoothStatus.Accepted, Tagline = "x" });

        var draftExhibition = new Exhibition
        {
            Slug = DraftSlug, Title = "Pameran Draf", StartsAt = now.AddDays(-1), EndsAt = now.AddDays(6), Status = ExhibitionStatus.Draft,
        };
        var draftHall = new Hall { Slug = "aula", Name = "Aula" };
        draftExhibition.Halls.Add(draftHall);
        draftHall.Booths.Add(Booth(draftExhibition, groups["diterima-1"], "1", BoothStatus.Accepted));
        db.Exhibitions.Add(draftExhibition);
        await db.SaveChangesAsync();
    }

    public ValueTask DisposeAsync() => Host.DisposeAsync();

    private static Booth Booth(Exhibition e, Group g, string number, BoothStatus status, params BoothProduct[] products)
    {
        var booth = new Booth { Exhibition = e, Group = g, Number = number, Status = status, Tagline = "Stan " + g.Slug };
        booth.Products.AddRange(products);
        return booth;
    }

    private static ProductPhoto Photo(string tag)
    {
        var key = $"p/{tag.PadRight(32, '0')}";
        return new ProductPhoto
        {
            StorageKey = key, Width = 800, Height = 800, AltText = "Foto " + tag,
            Variants = [new PhotoVariant(320, 320, "jpg", key + "/320.jpg", 100), new PhotoVariant(800, 800, "jpg", key + "/800.jpg", 300),
                new PhotoVariant(320, 320, "webp", key + "/320.webp", 80)],
        };
    }
}

public sealed class ExhibitionBoothTests(ExhibitionBoothFixture fx) : IClassFixture<ExhibitionBoothFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<ExhibitionHallView?> HallAsync(HallFilter? filter = null) => fx.Service.GetHallAsync(ExhibitionBoothFixture.Slug, filter, ct: Ct);

    [Fact]
    public async Task Hall_page_shows_halls_in_sort_order_with_only_accepted_placed_booths_in_natural_number_order()
    {
        var view = await HallAsync();

        Assert.NotNull(view);
        Assert.Equal(["kedua", "pertama"], view.Halls.Select(h => h.Slug));
        Assert.Equal(["B-01"], view.Halls[0].Booths.Select(b => b.Number));
        // "A-2" before "A-10", as people count.
        Assert.Equal(["A-2", "A-10"], view.Halls[1].Booths.Select(b => b.Number));
        Assert.Equal(3, view.Exhibition.BoothCount);
        Assert.Equal(2, view.Exhibition.HallCount);
        Assert.Equal(ExhibitionPhase.Ongoing, view.Exhibition.Phase);
        Assert.True(view.Filter.IsEmpty);
    }

    [Fact]
    public async Task Booth_tiles_count_and_show_only_published_products_of_the_group_itself()
    {
        var booths = (await HallAsync())!.Halls.SelectMany(h => h.Booths).ToDictionary(b => b.GroupSlug);

        var first = booths["diterima-1"];
        var item = Assert.Single(first.Products);
        Assert.Equal(new BoothItem(item.ProductId, "produk-terbit", "Produk produk-terbit", 30_000, 25_000), item);
        Assert.Equal("/media/p/aa000000000000000000000000000000/320.jpg", Assert.Single(first.Photos).Fallback(320));
        Assert.Empty(booths["diterima-2"].Products);
        Assert.Equal(6, booths["diterima-3"].ProductCount);
    }

    [Fact]
    public async Task A_tile_shows_at_most_four_photos_in_booth_order()
    {
        var booth = (await HallAsync())!.Halls.SelectMany(h => h.Booths).Single(b => b.GroupSlug == "diterima-3");

        Assert.Equal(ExhibitionService.TilePhotoCount, booth.Photos.Count);
        Assert.Equal(["c0", "c1", "c2", "c3"], booth.Photos.Select(p => p.Alt.Replace("Foto ", "")));
        Assert.Equal(["produk-ketiga-1", "produk-ketiga-2", "produk-ketiga-3", "produk-ketiga-4", "produk-ketiga-5", "produk-ketiga"],
            booth.Products.Select(p => p.Slug));
    }

    [Fact]
    public async Task Banner_is_the_stored_file_a_product_photo_for_an_unknown_prefix_or_nothing()
    {
        var booths = (await HallAsync())!.Halls.SelectMany(h => h.Booths).ToDictionary(b => b.GroupSlug);

        Assert.Equal([320, 480, 800], booths["diterima-1"].Banner.Stored!.Variants.Select(v => v.Width).Distinct());
        Assert.Null(booths["diterima-1"].Banner.Photo);
        Assert.Equal(ExhibitionBoothFixture.BannerJpeg800, booths["diterima-1"].Banner.JpegPath(800));
        Assert.Null(booths["diterima-3"].Banner.Stored);
        Assert.Equal(booths["diterima-3"].Photos[0], booths["diterima-3"].Banner.Photo);
        Assert.True(booths["diterima-2"].Banner.IsEmpty);
    }

    [Fact]
    public async Task The_exhibitions_own_banner_heads_the_hall_and_is_its_sharing_image()
    {
        var view = await HallAsync();

        Assert.Equal("/media/b/fedcba9876543210fedcba9876543210/1600.jpg", view!.Exhibition.Banner!.Fallback(1600));
        Assert.Equal("/media/b/fedcba9876543210fedcba9876543210/800.jpg", view.ShareImage);
    }

    [Fact]
    public async Task Regency_filter_keeps_the_booths_of_that_regency_and_drops_emptied_halls()
    {
        var view = await HallAsync(new HallFilter(Regency: "muaro-jambi"));

        Assert.Equal("muaro-jambi", view!.Filter.Regency);
        var hall = Assert.Single(view.Halls);
        Assert.Equal("kedua", hall.Slug);
        Assert.Equal(["diterima-3"], hall.Booths.Select(b => b.GroupSlug));
        Assert.Equal(3, view.Exhibition.BoothCount);
        // The choices still offer every regency with a booth.
        Assert.Equal(["kota-jambi", "muaro-jambi"], view.Options.Regencies.Select(o => o.Slug).Order());
    }

    [Fact]
    public async Task Category_filter_keeps_booths_featuring_a_product_of_that_category()
    {
        var view = await HallAsync(new HallFilter(Category: fx.OtherCategorySlug));

        Assert.Equal(["diterima-3"], view!.Halls.SelectMany(h => h.Booths).Select(b => b.GroupSlug));
        Assert.Contains(fx.OtherCategorySlug, view.Options.Categories.Select(c => c.Slug));
    }

    [Fact]
    public async Task Hall_filter_keeps_one_hall_and_unknown_slugs_are_ignored()
    {
        var hall = await HallAsync(new HallFilter(Hall: "pertama"));
        var unknown = await HallAsync(new HallFilter(Hall: "tidak-ada", Regency: "<script>", Category: "x"));

        Assert.Equal(["pertama"], hall!.Halls.Select(h => h.Slug));
        Assert.True(unknown!.Filter.IsEmpty);
        Assert.Equal(3, unknown.ShownBoothCount);
    }

    [Fact]
    public async Task Filters_combine_and_may_leave_nothing()
    {
        var view = await HallAsync(new HallFilter(Hall: "pertama", Regency: "muaro-jambi"));

        Assert.Empty(view!.Halls);
        Assert.Equal(0, view.ShownBoothCount);
    }

    [Fact]
    public async Task Exhibition_list_counts_only_accepted_placed_booths_of_active_groups()
    {
        var summary = (await fx.Service.ListPublicAsync(Ct)).Single(e => e.Slug == ExhibitionBoothFixture.Slug);

        Assert.Equal(3, summary.BoothCount);
        Assert.Equal(2, summary.HallCount);
    }

    [Fact]
    public async Task Accepted_booth_shows_its_published_products_with_the_exhibition_price()
    {
        var booth = await fx.Service.GetBoothAsync(ExhibitionBoothFixture.Slug, "diterima-1", ct: Ct);

        Assert.NotNull(booth);
        Assert.Equal("A-10", booth.Number);
        Assert.Equal("Aula Pertama", booth.HallName);
        Assert.Equal("Kelompok diterima-1", booth.GroupName);
        Assert.Equal("Kota Jambi", booth.RegencyName);
        Assert.Equal("+6281200000000", booth.GroupWhatsApp);
        var (product, price) = Assert.Single(booth.Products);
        Assert.Equal("produk-terbit", product.Slug);
        Assert.Equal(30_000, product.Price);
        Assert.Equal(25_000, price);
        Assert.Equal(ExhibitionBoothFixture.BannerJpeg800, booth.ShareImage);
        await using var db = await fx.Host.DbFactory.CreateDbContextAsync(Ct);
        Assert.Equal(await db.Booths.Where(b => b.Group!.Slug == "diterima-1" && b.Exhibition!.Slug == ExhibitionBoothFixture.Slug).Select(b => b.Id).SingleAsync(Ct),
            booth.BoothId);
    }

    [Fact]
    public async Task Booth_products_follow_the_booth_order_and_share_the_first_cover_when_the_banner_is_unknown()
    {
        var booth = await fx.Service.GetBoothAsync(ExhibitionBoothFixture.Slug, "diterima-3", ct: Ct);

        Assert.Equal(["produk-ketiga-1", "produk-ketiga-2", "produk-ketiga-3", "produk-ketiga-4", "produk-ketiga-5", "produk-ketiga"],
            booth!.Products.Select(p => p.Product.Slug));
        Assert.Equal("/media/p/c0000000000000000000000000000000/800.jpg", booth.ShareImage);
    }

    [Fact]
    public async Task Another_groups_product_never_appears_on_a_booth()
    {
        var booth = await fx.Service.GetBoothAsync(ExhibitionBoothFixture.Slug, "diterima-2", ct: Ct);

        Assert.NotNull(booth);
        Assert.Empty(booth.Products);
    }

    [Theory]
    [InlineData("ditolak")]
    [InlineData("mendaftar")]
    [InlineData("mundur")]
    [InlineData("belum-ditempatkan")]
    [InlineData("tidak-ada")]
    public async Task Booth_that_is_not_accepted_not_placed_or_does_not_exist_is_not_found(string groupSlug)
    {
        Assert.Null(await fx.Service.GetBoothAsync(ExhibitionBoothFixture.Slug, groupSlug, ct: Ct));
        Assert.DoesNotContain(groupSlug, (await HallAsync())!.Halls.SelectMany(h => h.Booths).Select(b => b.GroupSlug));
    }

    [Fact]
    public async Task Booth_of_a_draft_exhibition_is_found_only_in_a_staff_preview()
    {
        var staff = new Actor("staf", null, IsStaff: true);
        var member = new Actor("anggota", 1, IsStaff: false);

        Assert.Null(await fx.Service.GetBoothAsync(ExhibitionBoothFixture.DraftSlug, "diterima-1", ct: Ct));
        Assert.Null(await fx.Service.GetBoothAsync(ExhibitionBoothFixture.DraftSlug, "diterima-1", member, Ct));
        var preview = await fx.Service.GetBoothAsync(ExhibitionBoothFixture.DraftSlug, "diterima-1", staff, Ct);
        Assert.NotNull(preview);
        Assert.True(preview.Exhibition.IsDraft);
    }

    [Fact]
    public async Task Booth_of_a_deactivated_group_is_neither_listed_nor_found()
    {
        var view = await HallAsync();

        Assert.DoesNotContain("nonaktif", view!.Halls.SelectMany(h => h.Booths).Select(b => b.GroupSlug));
        Assert.Null(await fx.Service.GetBoothAsync(ExhibitionBoothFixture.Slug, "nonaktif", ct: Ct));
    }

    [Fact]
    public async Task Booth_is_only_found_in_its_own_exhibition()
    {
        Assert.Null(await fx.Service.GetBoothAsync("pameran-lain", "diterima-1", ct: Ct));
    }

    [Fact]
    public async Task Sitemap_lists_the_hall_and_exactly_the_booths_buyers_can_open()
    {
        var paths = (await fx.Host.Services.GetRequiredService<SitemapService>().ListAsync(Ct)).Select(e => e.Path).ToList();

        Assert.Contains("/pameran/" + ExhibitionBoothFixture.Slug, paths);
        Assert.Equal(
            ["diterima-1", "diterima-2", "diterima-3"],
            paths.Where(p => p.StartsWith($"/pameran/{ExhibitionBoothFixture.Slug}/stan/", StringComparison.Ordinal)).Select(p => p.Split('/')[^1]).Order());
        Assert.DoesNotContain(paths, p => p.Contains(ExhibitionBoothFixture.DraftSlug, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Hall_and_booth_reads_run_a_fixed_number_of_queries_however_many_booths()
    {
        var counter = new CommandCounter();
        var baseOptions = fx.Host.Services.GetRequiredService<DbContextOptions<AppDbContext>>();
        var options = new DbContextOptionsBuilder<AppDbContext>(baseOptions).AddInterceptors(counter).Options;
        var service = new ExhibitionService(new CountingFactory(options), fx.Host.Time);

        await service.GetHallAsync(ExhibitionBoothFixture.Slug, ct: Ct);
        var hallQueries = counter.Reset();
        await service.GetBoothAsync(ExhibitionBoothFixture.Slug, "diterima-3", ct: Ct);
        var boothQueries = counter.Reset();

        // Exhibition, halls, booths, featured products, tile covers — not one query per booth (3 booths shown here).
        Assert.Equal(5, hallQueries);
        // Booth with its products' ids, product cards, covers, the cards' verified permits (issue 16).
        Assert.Equal(4, boothQueries);
    }

    private sealed class CountingFactory(DbContextOptions<AppDbContext> options) : IDbContextFactory<AppDbContext>
    {
        public AppDbContext CreateDbContext() => new(options);
    }

    /// <summary>Counts the data reads sent to SQLite (the connection's PRAGMAs are not commands run through EF).</summary>
    private sealed class CommandCounter : DbCommandInterceptor
    {
        private int _count;

        public int Reset() => Interlocked.Exchange(ref _count, 0);

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _count);
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
