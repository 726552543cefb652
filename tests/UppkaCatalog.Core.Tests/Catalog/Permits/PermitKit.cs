using Microsoft.EntityFrameworkCore;
using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Catalog.Permits;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Groups;
using UppkaCatalog.Core.Programmes;
using UppkaCatalog.Core.Tests.Support;

namespace UppkaCatalog.Core.Tests.Catalog.Permits;

/// <summary>Rows the permit tests add for themselves in a shared <see cref="MemberWorld"/> (own slugs, own regencies where they count).</summary>
internal static class PermitKit
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static PermitService Permits(this MemberWorld w) => w.Get<PermitService>();

    public static DateOnly Today(this MemberWorld w) => Wib.DayOf(w.Host.Time.GetUtcNow());

    /// <summary>The verified permits on the product's card in the catalogue list.</summary>
    public static async Task<IReadOnlyList<PermitKind>> CardPermitsAsync(this MemberWorld w, int productId) =>
        (await w.Catalog.ListPublishedAsync(1, CatalogService.MaxPageSize, Ct)).Items.Single(c => c.Id == productId).VerifiedPermits;

    /// <summary>A product written straight into the database with the given numbers (the change tracker makes their waiting rows).</summary>
    public static async Task<Product> ProductAsync(this MemberWorld w, int groupId, string slug, string? pirt = null, string? halal = null, string? bpom = null,
        ProductStatus status = ProductStatus.Published, DateTimeOffset? updatedAt = null, string category = MemberWorld.Category, string? name = null)
    {
        await using var db = await w.Host.DbFactory.CreateDbContextAsync(Ct);
        var categoryId = await db.Categories.Where(c => c.Slug == category).Select(c => c.Id).SingleAsync(Ct);
        var product = TestData.Product(w.GroupA, categoryId, slug, status);
        product.Group = null;
        product.GroupId = groupId;
        product.PirtNumber = pirt;
        product.HalalNumber = halal;
        product.BpomNumber = bpom;
        if (name is not null) product.Name = name;
        if (updatedAt is { } at) product.UpdatedAt = at;
        db.Products.Add(product);
        await db.SaveChangesAsync(Ct);
        return product;
    }

    /// <summary>Changes a number the way no service does — a tracked entity saved straight — to show the rule holds on every path.</summary>
    public static async Task SetNumberAsync(this MemberWorld w, int productId, PermitKind kind, string? number)
    {
        await using var db = await w.Host.DbFactory.CreateDbContextAsync(Ct);
        var p = await db.Products.SingleAsync(x => x.Id == productId, Ct);
        switch (kind)
        {
            case PermitKind.Pirt: p.PirtNumber = number; break;
            case PermitKind.Halal: p.HalalNumber = number; break;
            default: p.BpomNumber = number; break;
        }

        p.UpdatedAt = w.Host.Time.GetUtcNow();
        await db.SaveChangesAsync(Ct);
    }

    public static async Task<PermitVerification?> RowAsync(this MemberWorld w, int productId, PermitKind kind)
    {
        await using var db = await w.Host.DbFactory.CreateDbContextAsync(Ct);
        return await db.PermitVerifications.AsNoTracking().SingleOrDefaultAsync(v => v.ProductId == productId && v.Kind == kind, Ct);
    }

    /// <summary>An active group of its own in <paramref name="regencyCode"/>, with a member.</summary>
    public static async Task<(Group Group, Actor Member)> GroupInAsync(this MemberWorld w, string slug, string regencyCode)
    {
        await using var db = await w.Host.DbFactory.CreateDbContextAsync(Ct);
        var regency = await db.Regencies.SingleAsync(r => r.Code == regencyCode, Ct);
        var group = TestData.Group(slug, regency.Id);
        db.Groups.Add(group);
        await db.SaveChangesAsync(Ct);
        return (group, new Actor("member-" + slug, group.Id, IsStaff: false));
    }

    public static PermitStatusView Of(this IReadOnlyList<PermitStatusView> views, PermitKind kind) => views.Single(v => v.Kind == kind);
}
