using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Tests.Support;

namespace UppkaCatalog.Core.Tests.Catalog;

/// <summary>Related products under a product page: published products of active groups only.</summary>
public sealed class RelatedProductsServiceTests : IAsyncLifetime
{
    private MemberWorld _w = default!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _w = await MemberWorld.StartAsync();

    public ValueTask DisposeAsync() => _w.DisposeAsync();

    [Fact]
    public async Task Related_products_are_other_published_products_of_the_same_category_other_groups_first()
    {
        var now = CoreHost.DefaultNow;
        var main = await TestData.AddProductAsync(_w, _w.GroupA.Id, "utama");
        var sameGroup = await TestData.AddProductAsync(_w, _w.GroupA.Id, "kelompok-sama", publishedAt: now.AddDays(-1));
        var otherOld = await TestData.AddProductAsync(_w, _w.GroupB.Id, "lain-lama", publishedAt: now.AddDays(-5));
        var otherNew = await TestData.AddProductAsync(_w, _w.GroupB.Id, "lain-baru", publishedAt: now.AddDays(-2));
        await TestData.AddProductAsync(_w, _w.GroupB.Id, "draf", Core.Catalog.ProductStatus.Draft);
        await TestData.AddProductAsync(_w, _w.GroupB.Id, "kategori-lain", categorySlug: "minuman");

        var related = await _w.Get<RelatedProductsService>().GetRelatedAsync(main.Slug, 8, Ct);

        Assert.Equal([otherNew.Slug, otherOld.Slug, sameGroup.Slug], related.Select(r => r.Slug));
        Assert.Equal([otherNew.Slug, otherOld.Slug], (await _w.Get<RelatedProductsService>().GetRelatedAsync(main.Slug, 2, Ct)).Select(r => r.Slug));
        Assert.Empty(await _w.Get<RelatedProductsService>().GetRelatedAsync("tidak-ada", 4, Ct));
    }
}
