using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Groups;
using UppkaCatalog.Core.Tests.Support;

namespace UppkaCatalog.Core.Tests.Inquiries;

/// <summary>Related products under a product page, and the group storefront: published products of active groups only.</summary>
public sealed class PublicReadsTests : IAsyncLifetime
{
    private MemberWorld _w = default!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _w = await MemberWorld.StartAsync();

    public ValueTask DisposeAsync() => _w.DisposeAsync();

    [Fact]
    public async Task Related_products_are_other_published_products_of_the_same_category_other_groups_first()
    {
        var now = CoreHost.DefaultNow;
        var main = await InquiryWorld.AddProductAsync(_w, _w.GroupA.Id, "utama");
        var sameGroup = await InquiryWorld.AddProductAsync(_w, _w.GroupA.Id, "kelompok-sama", publishedAt: now.AddDays(-1));
        var otherOld = await InquiryWorld.AddProductAsync(_w, _w.GroupB.Id, "lain-lama", publishedAt: now.AddDays(-5));
        var otherNew = await InquiryWorld.AddProductAsync(_w, _w.GroupB.Id, "lain-baru", publishedAt: now.AddDays(-2));
        await InquiryWorld.AddProductAsync(_w, _w.GroupB.Id, "draf", Core.Catalog.ProductStatus.Draft);
        await InquiryWorld.AddProductAsync(_w, _w.GroupB.Id, "kategori-lain", categorySlug: "minuman");

        var related = await _w.Get<RelatedProductsService>().GetRelatedAsync(main.Slug, 8, Ct);

        Assert.Equal([otherNew.Slug, otherOld.Slug, sameGroup.Slug], related.Select(r => r.Slug));
        Assert.Equal([otherNew.Slug, otherOld.Slug], (await _w.Get<RelatedProductsService>().GetRelatedAsync(main.Slug, 2, Ct)).Select(r => r.Slug));
        Assert.Empty(await _w.Get<RelatedProductsService>().GetRelatedAsync("tidak-ada", 4, Ct));
    }

    [Fact]
    public async Task The_storefront_shows_an_active_groups_published_products_and_an_inactive_group_has_none()
    {
        var published = await InquiryWorld.AddProductAsync(_w, _w.GroupA.Id, "tayang");
        await InquiryWorld.AddProductAsync(_w, _w.GroupA.Id, "menunggu", Core.Catalog.ProductStatus.PendingReview);
        await InquiryWorld.AddProductAsync(_w, _w.GroupB.Id, "punya-b");

        var store = await _w.Get<StorefrontService>().GetAsync(_w.GroupA.Slug, Ct);

        Assert.NotNull(store);
        Assert.Equal((_w.GroupA.Name, "Cerita kelompok-a", "Desa Uji", "Kabupaten Muaro Jambi"), (store.Name, store.Story, store.Village, store.RegencyName));
        Assert.Equal([published.Slug], store.Products.Select(p => p.Slug));
        Assert.Null(await _w.Get<StorefrontService>().GetAsync("tidak-ada", Ct));

        await using (var db = await _w.Host.DbFactory.CreateDbContextAsync(Ct))
        {
            (await db.Groups.FindAsync([_w.GroupA.Id], Ct))!.IsActive = false;
            await db.SaveChangesAsync(Ct);
        }

        Assert.Null(await _w.Get<StorefrontService>().GetAsync(_w.GroupA.Slug, Ct));
        Assert.Empty(await _w.Get<RelatedProductsService>().GetRelatedAsync("punya-b", 4, Ct));
    }
}
