using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Groups;
using UppkaCatalog.Core.Tests.Support;

namespace UppkaCatalog.Core.Tests.Groups;

/// <summary>The group storefront: published products of active groups only.</summary>
public sealed class StorefrontServiceTests : IAsyncLifetime
{
    private MemberWorld _w = default!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _w = await MemberWorld.StartAsync();

    public ValueTask DisposeAsync() => _w.DisposeAsync();

    [Fact]
    public async Task The_storefront_shows_an_active_groups_published_products_and_an_inactive_group_has_none()
    {
        var published = await TestData.AddProductAsync(_w, _w.GroupA.Id, "tayang");
        await TestData.AddProductAsync(_w, _w.GroupA.Id, "menunggu", Core.Catalog.ProductStatus.PendingReview);
        await TestData.AddProductAsync(_w, _w.GroupB.Id, "punya-b");

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
