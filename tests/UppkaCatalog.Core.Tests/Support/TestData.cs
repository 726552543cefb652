using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Groups;

namespace UppkaCatalog.Core.Tests.Support;

/// <summary>Small builders for rows the tests add themselves (beside the migrated reference data).</summary>
public static class TestData
{
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
}
