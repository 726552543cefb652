using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Media;
using UppkaCatalog.Core.Tests.Support;

namespace UppkaCatalog.Core.Tests.Catalog;

/// <summary>
/// 50 published products of an active group (one hour apart), the same group's products in every other
/// status, and a published product of an inactive group.
/// </summary>
public sealed class CatalogFixture : IAsyncLifetime
{
    public const int PublishedCount = 50;

    public CoreHost Host { get; private set; } = default!;

    public CatalogService Catalog => Host.Services.GetRequiredService<CatalogService>();

    public static string PublishedSlug(int i) => $"terbit-{i:00}";

    public async ValueTask InitializeAsync()
    {
        Host = await CoreHost.StartAsync(demo: false);
        await Host.SeedAsync();
        await using var db = await Host.DbFactory.CreateDbContextAsync();
        var regency = await db.Regencies.SingleAsync(r => r.Code == "1505");
        var categories = await db.Categories.OrderBy(c => c.SortOrder).ToListAsync();
        var active = TestData.Group("aktif", regency.Id);
        var inactive = TestData.Group("nonaktif", regency.Id, active: false);

        // terbit-00 is the newest, terbit-49 the oldest.
        for (var i = 0; i < PublishedCount; i++)
        {
            db.Products.Add(TestData.Product(active, categories[i % categories.Count].Id, PublishedSlug(i), ProductStatus.Published,
                CoreHost.DefaultNow.AddHours(-i), price: 1_000 * (i + 1)));
        }

        db.Products.Add(TestData.Product(active, categories[0].Id, "draf", ProductStatus.Draft));
        db.Products.Add(TestData.Product(active, categories[0].Id, "menunggu", ProductStatus.PendingReview));
        db.Products.Add(TestData.Product(active, categories[0].Id, "ditolak", ProductStatus.Rejected));
        // Archived and inactive-group products keep a PublishedAt newer than every listed one: not a date filter.
        db.Products.Add(TestData.Product(active, categories[0].Id, "arsip", ProductStatus.Archived, CoreHost.DefaultNow.AddHours(1)));
        db.Products.Add(TestData.Product(inactive, categories[0].Id, "kelompok-nonaktif", ProductStatus.Published, CoreHost.DefaultNow.AddHours(1)));
        await db.SaveChangesAsync();

        var withPhotos = await db.Products.SingleAsync(p => p.Slug == PublishedSlug(0));
        withPhotos.Photos.Add(Photo(sortOrder: 1, "kedua"));
        withPhotos.Photos.Add(Photo(sortOrder: 0, "sampul"));
        await db.SaveChangesAsync();
    }

    public ValueTask DisposeAsync() => Host.DisposeAsync();

    private static ProductPhoto Photo(int sortOrder, string alt)
    {
        var key = "p/" + Guid.NewGuid().ToString("N");
        return new ProductPhoto
        {
            SortOrder = sortOrder, AltText = alt, Width = 800, Height = 600, StorageKey = key, PlaceholderColor = "#aabbcc",
            Variants = [new PhotoVariant(320, 240, "webp", key + "/320.webp", 100), new PhotoVariant(320, 240, "jpg", key + "/320.jpg", 120)],
        };
    }
}

public sealed class CatalogServiceTests(CatalogFixture fx) : IClassFixture<CatalogFixture>
{
    private static readonly string[] HiddenSlugs = ["draf", "menunggu", "ditolak", "arsip", "kelompok-nonaktif"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Only_published_products_of_active_groups_are_listed()
    {
        var page = await fx.Catalog.ListPublishedAsync(1, CatalogService.MaxPageSize, Ct);
        var rest = await fx.Catalog.ListPublishedAsync(2, CatalogService.MaxPageSize, Ct);

        var slugs = page.Items.Concat(rest.Items).Select(p => p.Slug).ToList();
        Assert.Equal(CatalogFixture.PublishedCount, page.TotalCount);
        Assert.Equal(Enumerable.Range(0, CatalogFixture.PublishedCount).Select(CatalogFixture.PublishedSlug), slugs);
        Assert.All(HiddenSlugs, hidden => Assert.DoesNotContain(hidden, slugs));
    }

    [Fact]
    public async Task Products_are_listed_newest_published_first()
    {
        var page = await fx.Catalog.ListPublishedAsync(1, 10, Ct);

        Assert.Equal(Enumerable.Range(0, 10).Select(CatalogFixture.PublishedSlug), page.Items.Select(p => p.Slug));
        Assert.Equal(page.Items.Select(p => p.Slug), (await fx.Catalog.GetNewestAsync(10, Ct)).Select(p => p.Slug));
    }

    [Fact]
    public async Task Paging_counts_pages_and_the_last_page_holds_the_remainder()
    {
        var first = await fx.Catalog.ListPublishedAsync(1, 7, Ct);
        var last = await fx.Catalog.ListPublishedAsync(8, 7, Ct);
        var beyond = await fx.Catalog.ListPublishedAsync(9, 7, Ct);

        Assert.Equal(8, first.PageCount); // 50 = 7 × 7 + 1
        Assert.Equal(7, first.Items.Count);
        Assert.Equal([CatalogFixture.PublishedSlug(49)], last.Items.Select(p => p.Slug));
        Assert.Empty(beyond.Items);
        Assert.Equal(50, beyond.TotalCount);
    }

    [Fact]
    public async Task Page_size_is_clamped_to_48_and_at_least_1()
    {
        var huge = await fx.Catalog.ListPublishedAsync(1, 1000, Ct);
        var zero = await fx.Catalog.ListPublishedAsync(1, 0, Ct);

        Assert.Equal(48, CatalogService.MaxPageSize);
        Assert.Equal(48, huge.PageSize);
        Assert.Equal(48, huge.Items.Count);
        Assert.Equal(2, huge.PageCount);
        Assert.Equal(1, zero.PageSize);
        Assert.Single(zero.Items);
        Assert.Equal(50, zero.PageCount);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public async Task Page_numbers_below_1_give_the_first_page(int pageNumber)
    {
        var page = await fx.Catalog.ListPublishedAsync(pageNumber, 5, Ct);

        Assert.Equal(1, page.Page);
        Assert.Equal(CatalogFixture.PublishedSlug(0), page.Items[0].Slug);
    }

    [Theory]
    [InlineData(0, 10, 1)]
    [InlineData(1, 10, 1)]
    [InlineData(10, 10, 1)]
    [InlineData(11, 10, 2)]
    [InlineData(96, 48, 2)]
    [InlineData(97, 48, 3)]
    public void PageCount_is_the_ceiling_of_total_over_page_size_and_at_least_1(int total, int pageSize, int expected)
    {
        Assert.Equal(expected, new Paged<int>([], 1, pageSize, total).PageCount);
    }

    [Fact]
    public async Task Card_cover_is_the_photo_with_the_lowest_sort_order()
    {
        var page = await fx.Catalog.ListPublishedAsync(1, 2, Ct);

        var withPhotos = page.Items[0];
        Assert.NotNull(withPhotos.Cover);
        Assert.Equal("sampul", withPhotos.Cover.Alt);
        Assert.Null(page.Items[1].Cover);
        Assert.Equal("Kelompok aktif", withPhotos.GroupName);
        Assert.Equal("Kabupaten Muaro Jambi", withPhotos.RegencyName);
    }

    [Fact]
    public async Task GetPublishedAsync_returns_a_published_product_with_its_group_and_photos_in_order()
    {
        var detail = await fx.Catalog.GetPublishedAsync(CatalogFixture.PublishedSlug(0), Ct);

        Assert.NotNull(detail);
        Assert.Equal("Produk terbit-00", detail.Name);
        Assert.Equal(1_000, detail.Price);
        Assert.Equal("aktif", detail.GroupSlug);
        Assert.Equal("+6281200000000", detail.GroupWhatsApp);
        Assert.Equal(["sampul", "kedua"], detail.Photos.Select(p => p.Alt));
    }

    [Theory]
    [InlineData("draf")]
    [InlineData("menunggu")]
    [InlineData("ditolak")]
    [InlineData("arsip")]
    [InlineData("kelompok-nonaktif")]
    [InlineData("tidak-ada")]
    public async Task GetPublishedAsync_returns_null_for_unpublished_hidden_or_unknown_slugs(string slug)
    {
        Assert.Null(await fx.Catalog.GetPublishedAsync(slug, Ct));
    }

    [Fact]
    public async Task Categories_come_in_their_sort_order()
    {
        await using var db = await fx.Host.DbFactory.CreateDbContextAsync(Ct);
        var expected = await db.Categories.OrderBy(c => c.SortOrder).Select(c => c.Slug).ToListAsync(Ct);

        var categories = await fx.Catalog.GetCategoriesAsync(Ct);

        Assert.True(categories.Count >= 6);
        Assert.Equal(expected, categories.Select(c => c.Slug));
        Assert.All(categories, c => Assert.False(string.IsNullOrWhiteSpace(c.NameEn)));
    }
}
