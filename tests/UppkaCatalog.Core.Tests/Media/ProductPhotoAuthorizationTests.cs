using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Tests.Support;
using UppkaCatalog.Tests.Shared;

namespace UppkaCatalog.Core.Tests.Media;

/// <summary>Every photo operation against another group's product, or by staff with no group: refused, nothing changed on disk or in the database.</summary>
public sealed class ProductPhotoAuthorizationTests(MemberWorld w) : IClassFixture<MemberWorld>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> Operations => ["Add", "Delete", "Reorder", "SetCover", "SetAltText"];

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Another_groups_product_answers_not_found_and_nothing_changes(string operation)
    {
        var id = await w.PublishedProductAsync(w.MemberA, $"Foto Rahasia A {operation}");
        await w.AddPhotoAsync(w.MemberA, id);
        await w.Moderation.ApproveAsync(w.Staff, id, Ct);
        var photos = (await w.LoadAsync(id)).Photos.OrderBy(p => p.SortOrder).Select(p => p.Id).ToList();
        var before = await w.SnapshotAsync();

        await Assert.ThrowsAsync<NotFoundException>(() => Run(operation, w.MemberB, id, photos));

        Assert.Equal(before, await w.SnapshotAsync());
        Assert.Equal(ProductStatus.Published, (await w.LoadAsync(id)).Status);
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Staff_without_a_group_are_forbidden(string operation)
    {
        var id = await w.PendingProductAsync(w.MemberA, $"Foto Staf {operation}");
        var photos = (await w.LoadAsync(id)).Photos.Select(p => p.Id).ToList();
        var before = await w.SnapshotAsync();

        await Assert.ThrowsAsync<ForbiddenException>(() => Run(operation, w.Staff, id, photos));

        Assert.Equal(before, await w.SnapshotAsync());
    }

    [Fact]
    public async Task A_photo_id_of_another_product_is_not_found_even_for_its_owner_group()
    {
        var mine = await w.PendingProductAsync(w.MemberA, "Produk Saya");
        var theirs = await w.PendingProductAsync(w.MemberB, "Produk Mereka");
        var theirPhoto = (await w.LoadAsync(theirs)).Photos.Single().Id;
        var before = await w.SnapshotAsync();

        // Member A names B's photo under A's own product id.
        await Assert.ThrowsAsync<NotFoundException>(() => w.Photos.DeleteAsync(w.MemberA, mine, theirPhoto, Ct));
        await Assert.ThrowsAsync<NotFoundException>(() => w.Photos.SetAltTextAsync(w.MemberA, mine, theirPhoto, "Diubah", Ct));
        await Assert.ThrowsAsync<NotFoundException>(() => w.Photos.SetCoverAsync(w.MemberA, mine, theirPhoto, Ct));

        Assert.Equal(before, await w.SnapshotAsync());
    }

    private async Task Run(string operation, Actor actor, int productId, List<int> photos)
    {
        switch (operation)
        {
            case "Add":
                using (var upload = new MemoryStream(TestImages.Jpeg(400, 300))) await w.Photos.AddAsync(actor, productId, upload, "Foto penyusup", Ct);
                break;
            case "Delete":
                await w.Photos.DeleteAsync(actor, productId, photos[0], Ct);
                break;
            case "Reorder":
                await w.Photos.ReorderAsync(actor, productId, [.. Enumerable.Reverse(photos)], Ct);
                break;
            case "SetCover":
                await w.Photos.SetCoverAsync(actor, productId, photos[^1], Ct);
                break;
            case "SetAltText":
                await w.Photos.SetAltTextAsync(actor, productId, photos[0], "Diubah kelompok lain", Ct);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(operation));
        }
    }
}
