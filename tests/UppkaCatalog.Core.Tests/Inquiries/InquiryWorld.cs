using Microsoft.EntityFrameworkCore;
using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Inquiries;
using UppkaCatalog.Core.Tests.Support;

namespace UppkaCatalog.Core.Tests.Inquiries;

/// <summary>Rows the inquiry and storefront tests add straight into the database (no photo pipeline: fast).</summary>
internal static class InquiryWorld
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A product of <paramref name="groupId"/> in <paramref name="categorySlug"/>, with the given status.</summary>
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

    public static InquiryInput Valid(string name = "Bu Rina") => new()
    {
        BuyerName = name,
        Phone = "0812-3456-7890",
        Quantity = "20",
        Message = "Apakah bisa kirim ke Kota Jambi minggu ini?",
    };

    public static async Task<int> InquiryCountAsync(MemberWorld w)
    {
        await using var db = await w.Host.DbFactory.CreateDbContextAsync(Ct);
        return await db.Inquiries.CountAsync(Ct);
    }

    public static async Task<Inquiry> LoadAsync(MemberWorld w, int id)
    {
        await using var db = await w.Host.DbFactory.CreateDbContextAsync(Ct);
        return await db.Inquiries.AsNoTracking().SingleAsync(i => i.Id == id, Ct);
    }
}
