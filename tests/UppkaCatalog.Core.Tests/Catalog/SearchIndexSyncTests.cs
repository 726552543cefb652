using Microsoft.EntityFrameworkCore;
using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Data;
using UppkaCatalog.Core.Tests.Support;

namespace UppkaCatalog.Core.Tests.Catalog;

/// <summary>
/// The search index follows every write through the ordinary services (and plain EF writes), because
/// triggers keep it in step, not code: edits, renames, unpublishing, deleting.
/// </summary>
public sealed class SearchIndexSyncTests(MemberWorld world) : IClassFixture<MemberWorld>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<List<string>> Found(string text) =>
        (await world.Catalog.SearchAsync(new CatalogQuery { Text = text }, Ct)).Results.Items.Select(p => p.Slug).ToList();

    private async Task<string> SlugOf(int id) => (await world.LoadAsync(id)).Slug;

    [Fact]
    public async Task A_published_product_is_found_and_a_description_edit_is_searchable_at_once()
    {
        var id = await world.PublishedProductAsync(world.MemberA, "Rendang Belut Sungai Batanghari");
        var slug = await SlugOf(id);
        Assert.Equal([slug], await Found("belut"));

        var current = await world.Editing.GetForEditAsync(world.MemberA, id, Ct);
        var input = current.Input;
        input.Description = "Belut asap dimasak rendang dengan santan kampung dan cabai merah kering.";
        await world.Editing.UpdateAsync(world.MemberA, id, input, current.Version, Ct);

        Assert.Equal([slug], await Found("santan kampung"));
        Assert.DoesNotContain(slug, await Found("pisang kepok")); // the old description's words
    }

    [Fact]
    public async Task A_renamed_product_is_found_by_its_new_name_once_approved_again()
    {
        var id = await world.PublishedProductAsync(world.MemberA, "Gulai Tempoyak Patin");
        var current = await world.Editing.GetForEditAsync(world.MemberA, id, Ct);
        var input = current.Input;
        input.Name = "Pindang Serani Patin";

        await world.Editing.UpdateAsync(world.MemberA, id, input, current.Version, Ct);
        Assert.Empty(await Found("serani")); // waiting for review: not public
        await world.Moderation.ApproveAsync(world.Staff, id, Ct);

        Assert.Equal([await SlugOf(id)], await Found("serani"));
        Assert.Empty(await Found("tempoyak"));
    }

    [Fact]
    public async Task An_archived_product_is_no_longer_found()
    {
        var id = await world.PublishedProductAsync(world.MemberB, "Lemang Tapai Ketan Hitam");
        Assert.Single(await Found("lemang"));

        await world.Editing.ArchiveAsync(world.MemberB, id, Ct);

        Assert.Empty(await Found("lemang"));
    }

    [Fact]
    public async Task Renaming_a_group_or_a_category_is_searchable_at_once()
    {
        var id = await world.PublishedProductAsync(world.MemberB, "Gelamai Durian Kerinci");
        var slug = await SlugOf(id);
        await using (var db = await world.Host.DbFactory.CreateDbContextAsync(Ct))
        {
            var group = await db.Groups.SingleAsync(g => g.Id == world.GroupB.Id, Ct);
            group.Name = "UPPKA Kenanga Sakti";
            var category = await db.Categories.SingleAsync(c => c.Slug == MemberWorld.Category, Ct);
            category.Name = "Olahan Pangan Lokal";
            await db.SaveChangesAsync(Ct);
        }

        Assert.Contains(slug, await Found("kenanga sakti gelamai"));
        Assert.Contains(slug, await Found("pangan lokal gelamai"));
        Assert.Empty(await Found("makanan olahan gelamai")); // the category's old name
    }

    [Fact]
    public async Task Filters_follow_availability_permits_category_and_the_groups_regency_at_once()
    {
        // On PostgreSQL the filters are also words of the search index (ProductSearch."Facets"), kept by the triggers.
        var id = await world.PublishedProductAsync(world.MemberB, "Wajik Ketan Pandan");
        var slug = await SlugOf(id);
        string otherRegency, otherCategory;
        await using (var db = await world.Host.DbFactory.CreateDbContextAsync(Ct))
        {
            var product = await db.Products.Include(p => p.Group).SingleAsync(p => p.Id == id, Ct);
            var regency = await db.Regencies.Where(r => r.Id != product.Group!.RegencyId).OrderBy(r => r.Code).FirstAsync(Ct);
            var category = await db.Categories.Where(c => c.Id != product.CategoryId).OrderBy(c => c.Id).FirstAsync(Ct);
            (otherRegency, otherCategory) = (regency.Code, category.Slug);
            product.Availability = Availability.PreOrder;
            product.PreOrderDays = 5;
            product.HalalNumber = "ID15110000999";
            product.CategoryId = category.Id;
            product.Group!.RegencyId = regency.Id;
            await db.SaveChangesAsync(Ct);
        }

        async Task<bool> FoundWith(CatalogQuery q) =>
            (await world.Catalog.SearchAsync(q with { Text = "wajik" }, Ct)).Results.Items.Any(p => p.Slug == slug);

        Assert.True(await FoundWith(new CatalogQuery
        {
            Availability = Availability.PreOrder, Certifications = Certification.Halal, Category = otherCategory, Regency = otherRegency,
        }));
        Assert.False(await FoundWith(new CatalogQuery { Availability = Availability.Ready }));
        Assert.False(await FoundWith(new CatalogQuery { Category = MemberWorld.Category }));
        Assert.False(await FoundWith(new CatalogQuery { Certifications = Certification.Bpom }));
    }

    [Fact]
    public async Task A_deactivated_group_leaves_the_search_and_returns_with_its_products_when_reactivated()
    {
        // On PostgreSQL a search with words reads only the search table: whether a product is public is kept there by the triggers.
        var id = await world.PublishedProductAsync(world.MemberA, "Dodol Kentang Kerinci");
        var slug = await SlugOf(id);
        var registry = world.Get<UppkaCatalog.Core.Groups.GroupRegistryService>();

        await registry.SetActiveAsync(world.Staff, world.GroupA.Id, false, "Uji: tidak aktif", Ct);
        try
        {
            Assert.Empty(await Found("dodol kentang"));
            Assert.Empty((await world.Catalog.SearchAsync(new CatalogQuery { Text = "dodol", Sort = CatalogSort.Cheapest }, Ct)).Results.Items);
        }
        finally
        {
            await registry.SetActiveAsync(world.Staff, world.GroupA.Id, true, null, Ct);
        }

        Assert.Equal([slug], await Found("dodol kentang"));
    }

    [Fact]
    public async Task A_price_change_moves_the_product_in_the_price_sorts_and_the_price_filter_at_once()
    {
        var cheap = await world.PublishedProductAsync(world.MemberA, "Kerupuk Jengkol Satu");
        var dear = await world.PublishedProductAsync(world.MemberA, "Kerupuk Jengkol Dua");
        async Task<List<string>> ByPrice(CatalogSort sort, long? max = null) =>
            (await world.Catalog.SearchAsync(new CatalogQuery { Text = "jengkol", Sort = sort, MaxPrice = max }, Ct)).Results.Items.Select(p => p.Slug).ToList();
        await using (var db = await world.Host.DbFactory.CreateDbContextAsync(Ct))
        {
            await db.Products.Where(p => p.Id == cheap).ExecuteUpdateAsync(u => u.SetProperty(p => p.Price, 12_000L), Ct);
            await db.Products.Where(p => p.Id == dear).ExecuteUpdateAsync(u => u.SetProperty(p => p.Price, 30_000L), Ct);
        }

        Assert.Equal([await SlugOf(cheap), await SlugOf(dear)], await ByPrice(CatalogSort.Cheapest));
        Assert.Equal([await SlugOf(cheap)], await ByPrice(CatalogSort.Cheapest, max: 20_000));

        await using (var db = await world.Host.DbFactory.CreateDbContextAsync(Ct))
        {
            await db.Products.Where(p => p.Id == cheap).ExecuteUpdateAsync(u => u.SetProperty(p => p.Price, 45_000L), Ct);
        }

        Assert.Equal([await SlugOf(cheap), await SlugOf(dear)], await ByPrice(CatalogSort.MostExpensive));
        Assert.Equal([await SlugOf(dear), await SlugOf(cheap)], await ByPrice(CatalogSort.Cheapest));
        Assert.Empty(await ByPrice(CatalogSort.Cheapest, max: 20_000));
    }

    [Fact]
    public async Task Deleting_a_product_removes_it_from_the_index_and_the_index_matches_the_table()
    {
        var id = await world.PublishedProductAsync(world.MemberA, "Bekasam Ikan Seluang");
        await using var db = await world.Host.DbFactory.CreateDbContextAsync(Ct);
        await db.Products.Where(p => p.Id == id).ExecuteDeleteAsync(Ct);

        Assert.Empty(await Found("seluang"));
        Assert.Equal(await db.Products.CountAsync(Ct), await CountAsync(db, "SELECT CAST(count(*) AS INTEGER) AS \"Value\" FROM \"ProductSearch\""));
        if (db.Database.IsNpgsql()) return;
        // FTS5's own check that the index agrees with the stored text (throws "database disk image is malformed" if not).
        await db.Database.ExecuteSqlRawAsync("INSERT INTO ProductSearch(ProductSearch) VALUES ('integrity-check')", Ct);
    }

    private static Task<int> CountAsync(AppDbContext db, string sql) => db.Database.SqlQueryRaw<int>(sql).SingleAsync(Ct);
}
