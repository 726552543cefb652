using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Exhibitions;
using UppkaCatalog.Core.Groups;
using UppkaCatalog.Core.Tests.Support;

namespace UppkaCatalog.Core.Tests.Exhibitions;

/// <summary>Published exhibitions in every phase at <see cref="CoreHost.DefaultNow"/>, plus a draft and a cancelled one.</summary>
public sealed class ExhibitionScheduleFixture : IAsyncLifetime
{
    public static readonly DateTimeOffset Now = CoreHost.DefaultNow;

    public CoreHost Host { get; private set; } = default!;

    public async ValueTask InitializeAsync()
    {
        Host = await CoreHost.StartAsync(demo: false, Now);
        await using var db = await Host.DbFactory.CreateDbContextAsync();
        db.Exhibitions.AddRange(
            Exhibition("berlangsung-panjang", Now.AddDays(-2), Now.AddDays(5)),
            Exhibition("berlangsung-singkat", Now.AddDays(-1), Now.AddDays(2)),
            Exhibition("mendatang-jauh", Now.AddDays(10), Now.AddDays(17)),
            Exhibition("mendatang-dekat", Now.AddDays(3), Now.AddDays(9)),
            Exhibition("lampau-lama", Now.AddDays(-40), Now.AddDays(-30)),
            Exhibition("lampau-baru", Now.AddDays(-10), Now.AddDays(-3)),
            Exhibition("draf", Now.AddDays(-1), Now.AddDays(1), ExhibitionStatus.Draft));
        await db.SaveChangesAsync();
    }

    public ValueTask DisposeAsync() => Host.DisposeAsync();

    private static Exhibition Exhibition(string slug, DateTimeOffset starts, DateTimeOffset ends, ExhibitionStatus status = ExhibitionStatus.Published) => new()
    {
        Slug = slug, Title = "Pameran " + slug, StartsAt = starts, EndsAt = ends, Status = status, CreatedAt = Now.AddDays(-60),
        Halls = [new Hall { Slug = "aula", Name = "Aula" }],
    };
}

public sealed class ExhibitionScheduleTests(ExhibitionScheduleFixture fx) : IClassFixture<ExhibitionScheduleFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Exhibitions_are_ordered_ongoing_ending_soonest_then_upcoming_starting_soonest_then_past_most_recent()
    {
        var service = fx.Host.Services.GetRequiredService<ExhibitionService>();

        var list = await service.ListPublicAsync(Ct);

        Assert.Equal(
            [
                ("berlangsung-singkat", ExhibitionPhase.Ongoing), ("berlangsung-panjang", ExhibitionPhase.Ongoing),
                ("mendatang-dekat", ExhibitionPhase.Upcoming), ("mendatang-jauh", ExhibitionPhase.Upcoming),
                ("lampau-baru", ExhibitionPhase.Past), ("lampau-lama", ExhibitionPhase.Past),
            ],
            list.Select(e => (e.Slug, e.Phase)).ToArray());
    }

    [Fact]
    public async Task Draft_and_cancelled_exhibitions_are_not_public()
    {
        var service = fx.Host.Services.GetRequiredService<ExhibitionService>();

        var slugs = (await service.ListPublicAsync(Ct)).Select(e => e.Slug).ToList();

        Assert.DoesNotContain("draf", slugs);
        Assert.DoesNotContain("batal", slugs);
        Assert.Null(await service.GetHallAsync("draf", Ct));
        Assert.Null(await service.GetHallAsync("batal", Ct));
        Assert.NotNull(await service.GetHallAsync("berlangsung-singkat", Ct));
    }

    [Fact]
    public async Task Phase_changes_exactly_at_StartsAt_and_at_EndsAt()
    {
        await using var db = await fx.Host.DbFactory.CreateDbContextAsync(Ct);
        var e = await db.Exhibitions.AsNoTracking().SingleAsync(x => x.Slug == "mendatang-dekat", Ct);

        Assert.Equal(ExhibitionPhase.Upcoming, await PhaseAt(e.StartsAt.AddTicks(-1)));
        Assert.Equal(ExhibitionPhase.Ongoing, await PhaseAt(e.StartsAt));
        Assert.Equal(ExhibitionPhase.Ongoing, await PhaseAt(e.EndsAt.AddTicks(-1)));
        Assert.Equal(ExhibitionPhase.Past, await PhaseAt(e.EndsAt));

        async Task<ExhibitionPhase> PhaseAt(DateTimeOffset now)
        {
            var service = new ExhibitionService(fx.Host.DbFactory, new FakeTimeProvider(now));
            return (await service.ListPublicAsync(Ct)).Single(x => x.Slug == e.Slug).Phase;
        }
    }

    [Fact]
    public async Task Phase_follows_the_clock_as_it_moves()
    {
        var time = new FakeTimeProvider(ExhibitionScheduleFixture.Now);
        var service = new ExhibitionService(fx.Host.DbFactory, time);
        Assert.Equal(ExhibitionPhase.Upcoming, (await service.ListPublicAsync(Ct)).Single(x => x.Slug == "mendatang-dekat").Phase);

        time.Advance(TimeSpan.FromDays(4));

        Assert.Equal(ExhibitionPhase.Ongoing, (await service.ListPublicAsync(Ct)).Single(x => x.Slug == "mendatang-dekat").Phase);
    }

    [Fact]
    public void PhaseAt_treats_the_end_as_exclusive_and_the_start_as_inclusive()
    {
        var start = new DateTimeOffset(2026, 11, 17, 1, 0, 0, TimeSpan.Zero);
        var e = new Exhibition { Slug = "x", Title = "x", StartsAt = start, EndsAt = start.AddDays(1) };

        Assert.Equal(ExhibitionPhase.Upcoming, e.PhaseAt(start.AddTicks(-1)));
        Assert.Equal(ExhibitionPhase.Ongoing, e.PhaseAt(start));
        Assert.Equal(ExhibitionPhase.Ongoing, e.PhaseAt(start.AddDays(1).AddTicks(-1)));
        Assert.Equal(ExhibitionPhase.Past, e.PhaseAt(start.AddDays(1)));
        // The same moment written in WIB is the same moment.
        Assert.Equal(ExhibitionPhase.Ongoing, e.PhaseAt(start.ToOffset(TimeSpan.FromHours(7))));
    }
}

/// <summary>One ongoing exhibition with two halls and booths in every status, plus a booth in a draft exhibition.</summary>
public sealed class ExhibitionBoothFixture : IAsyncLifetime
{
    public const string Slug = "pameran-uji";
    public const string DraftSlug = "pameran-draf";

    public CoreHost Host { get; private set; } = default!;

    public ExhibitionService Service => Host.Services.GetRequiredService<ExhibitionService>();

    public async ValueTask InitializeAsync()
    {
        Host = await CoreHost.StartAsync(demo: false);
        await Host.SeedAsync();
        await using var db = await Host.DbFactory.CreateDbContextAsync();
        var regency = await db.Regencies.SingleAsync(r => r.Code == "1571");
        var category = await db.Categories.FirstAsync();
        var groups = new[] { "diterima-1", "diterima-2", "diterima-3", "mendaftar", "ditolak", "mundur" }
            .ToDictionary(s => s, s => TestData.Group(s, regency.Id));
        groups["nonaktif"] = TestData.Group("nonaktif", regency.Id, active: false);
        var published = TestData.Product(groups["diterima-1"], category.Id, "produk-terbit", ProductStatus.Published, price: 30_000);
        var draft = TestData.Product(groups["diterima-1"], category.Id, "produk-draf", ProductStatus.Draft);
        var other = TestData.Product(groups["ditolak"], category.Id, "produk-ditolak", ProductStatus.Published);
        db.Products.AddRange(published, draft, other);

        var now = CoreHost.DefaultNow;
        var exhibition = new Exhibition
        {
            Slug = Slug, Title = "Pameran Uji", StartsAt = now.AddDays(-1), EndsAt = now.AddDays(6), Status = ExhibitionStatus.Published,
        };
        // Hall "kedua" is listed first by its sort order.
        var hallA = new Hall { Slug = "pertama", Name = "Aula Pertama", SortOrder = 2 };
        var hallB = new Hall { Slug = "kedua", Name = "Aula Kedua", SortOrder = 1 };
        exhibition.Halls.AddRange([hallA, hallB]);
        hallA.Booths.Add(Booth(exhibition, groups["diterima-1"], "A-02", BoothStatus.Accepted,
            new BoothProduct { Product = published, SortOrder = 0, ExhibitionPrice = 25_000 },
            new BoothProduct { Product = draft, SortOrder = 1 }));
        hallA.Booths.Add(Booth(exhibition, groups["diterima-2"], "A-01", BoothStatus.Accepted));
        hallA.Booths.Add(Booth(exhibition, groups["mendaftar"], "A-03", BoothStatus.Applied));
        hallA.Booths.Add(Booth(exhibition, groups["ditolak"], "A-04", BoothStatus.Rejected, new BoothProduct { Product = other }));
        hallA.Booths.Add(Booth(exhibition, groups["mundur"], "A-05", BoothStatus.Withdrawn));
        hallB.Booths.Add(Booth(exhibition, groups["diterima-3"], "B-01", BoothStatus.Accepted));
        // An accepted booth whose group was deactivated later.
        hallB.Booths.Add(Booth(exhibition, groups["nonaktif"], "B-02", BoothStatus.Accepted));

        var draftExhibition = new Exhibition
        {
            Slug = DraftSlug, Title = "Pameran Draf", StartsAt = now.AddDays(-1), EndsAt = now.AddDays(6), Status = ExhibitionStatus.Draft,
        };
        var draftHall = new Hall { Slug = "aula", Name = "Aula" };
        draftExhibition.Halls.Add(draftHall);
        draftHall.Booths.Add(Booth(draftExhibition, groups["diterima-1"], "1", BoothStatus.Accepted));

        db.Exhibitions.AddRange(exhibition, draftExhibition);
        await db.SaveChangesAsync();
    }

    public ValueTask DisposeAsync() => Host.DisposeAsync();

    private static Booth Booth(Exhibition e, Group g, string number, BoothStatus status, params BoothProduct[] products)
    {
        var booth = new Booth { Exhibition = e, Group = g, Number = number, Status = status, Tagline = "Stan " + g.Slug };
        booth.Products.AddRange(products);
        return booth;
    }
}

public sealed class ExhibitionBoothTests(ExhibitionBoothFixture fx) : IClassFixture<ExhibitionBoothFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Hall_page_shows_halls_in_sort_order_with_only_accepted_booths_by_number()
    {
        var view = await fx.Service.GetHallAsync(ExhibitionBoothFixture.Slug, Ct);

        Assert.NotNull(view);
        Assert.Equal(["kedua", "pertama"], view.Halls.Select(h => h.Slug));
        Assert.Equal(["B-01"], view.Halls[0].Booths.Select(b => b.Number));
        Assert.Equal(["A-01", "A-02"], view.Halls[1].Booths.Select(b => b.Number));
        Assert.Equal(3, view.Exhibition.BoothCount);
        Assert.Equal(2, view.Exhibition.HallCount);
        Assert.Equal(ExhibitionPhase.Ongoing, view.Exhibition.Phase);
    }

    [Fact]
    public async Task Booth_product_count_on_the_hall_page_leaves_out_unpublished_products()
    {
        var view = await fx.Service.GetHallAsync(ExhibitionBoothFixture.Slug, Ct);

        Assert.Equal(1, view!.Halls.SelectMany(h => h.Booths).Single(b => b.GroupSlug == "diterima-1").ProductCount);
    }

    [Fact]
    public async Task Exhibition_list_counts_only_accepted_booths()
    {
        var summary = (await fx.Service.ListPublicAsync(Ct)).Single(e => e.Slug == ExhibitionBoothFixture.Slug);

        Assert.Equal(3, summary.BoothCount);
        Assert.Equal(2, summary.HallCount);
    }

    [Fact]
    public async Task Accepted_booth_shows_its_published_products_with_the_exhibition_price()
    {
        var booth = await fx.Service.GetBoothAsync(ExhibitionBoothFixture.Slug, "diterima-1", Ct);

        Assert.NotNull(booth);
        Assert.Equal("A-02", booth.Number);
        Assert.Equal("Aula Pertama", booth.HallName);
        Assert.Equal("Kelompok diterima-1", booth.GroupName);
        Assert.Equal("Kota Jambi", booth.RegencyName);
        var (product, price) = Assert.Single(booth.Products);
        Assert.Equal("produk-terbit", product.Slug);
        Assert.Equal(30_000, product.Price);
        Assert.Equal(25_000, price);
        Assert.Equal(3, booth.Exhibition.BoothCount);
    }

    [Theory]
    [InlineData("ditolak")]
    [InlineData("mendaftar")]
    [InlineData("mundur")]
    [InlineData("tidak-ada")]
    public async Task Booth_that_is_not_accepted_or_does_not_exist_is_not_found(string groupSlug)
    {
        Assert.Null(await fx.Service.GetBoothAsync(ExhibitionBoothFixture.Slug, groupSlug, Ct));
    }

    [Fact]
    public async Task Accepted_booth_of_a_draft_exhibition_is_not_found()
    {
        Assert.Null(await fx.Service.GetBoothAsync(ExhibitionBoothFixture.DraftSlug, "diterima-1", Ct));
        Assert.NotNull(await fx.Service.GetBoothAsync(ExhibitionBoothFixture.Slug, "diterima-1", Ct));
    }

    [Fact]
    public async Task Booth_of_a_deactivated_group_is_neither_listed_nor_found()
    {
        var view = await fx.Service.GetHallAsync(ExhibitionBoothFixture.Slug, Ct);

        Assert.DoesNotContain("nonaktif", view!.Halls.SelectMany(h => h.Booths).Select(b => b.GroupSlug));
        Assert.Null(await fx.Service.GetBoothAsync(ExhibitionBoothFixture.Slug, "nonaktif", Ct));
    }

    [Fact]
    public async Task Booth_is_only_found_in_its_own_exhibition()
    {
        Assert.Null(await fx.Service.GetBoothAsync("pameran-lain", "diterima-1", Ct));
    }
}
