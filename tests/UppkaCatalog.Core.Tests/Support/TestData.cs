using Microsoft.EntityFrameworkCore;
using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Groups;

namespace UppkaCatalog.Core.Tests.Support;

/// <summary>Small builders for rows the tests add themselves (beside the migrated reference data), and a quick way to add a product row.</summary>
public static class TestData
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static Group Group(string slug, int regencyId, bool active = true) => new()
    {
        Slug = slug,
        Name = "Kelompok " + slug,
        RegistrationNumber = "UPPKA/TEST/" + slug,
        RegencyId = regencyId,
        District = "Kecamatan Uji",
        Village = "Desa Uji",
        Sector = BusinessSector.FoodProcessing, Specialty = "Makanan olahan",
        MemberCount = 10,
        Story = "Cerita " + slug,
        PublicWhatsApp = "+6281200000000",
        IsActive = active,
        CreatedAt = CoreHost.DefaultNow.AddDays(-100),
    };

    public static Product Product(Group group, int categoryId, string slug, ProductStatus status, DateTimeOffset? publishedAt = null, long price = 25_000) => new()
    {
        Slug = slug,
        Group = group,
        CategoryId = categoryId,
        Name = "Produk " + slug,
        Description = "Deskripsi " + slug,
        Price = price,
        Unit = "bungkus",
        Status = status,
        CreatedAt = CoreHost.DefaultNow.AddDays(-50),
        UpdatedAt = CoreHost.DefaultNow.AddDays(-50),
        PublishedAt = status == ProductStatus.Published ? publishedAt ?? CoreHost.DefaultNow.AddDays(-10) : publishedAt,
    };

    /// <summary>
    /// A product of <paramref name="groupId"/> in <paramref name="categorySlug"/>, with the given status, written straight
    /// into <paramref name="w"/>'s database (no photo pipeline: fast).
    /// </summary>
    public static async Task<Product> AddProductAsync(MemberWorld w, int groupId, string slug, ProductStatus status = ProductStatus.Published,
        string categorySlug = MemberWorld.Category, DateTimeOffset? publishedAt = null)
    {
        await using var db = await w.Host.DbFactory.CreateDbContextAsync(Ct);
        var categoryId = await db.Categories.Where(c => c.Slug == categorySlug).Select(c => c.Id).SingleAsync(Ct);
        var product = TestData.Product(w.GroupA, categoryId, slug, status, publishedAt);
        product.Group = null;
        product.GroupId = groupId;
        db.Products.Add(product);
        await db.SaveChangesAsync(Ct);
        return product;
    }
}
