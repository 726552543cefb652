using Microsoft.EntityFrameworkCore;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Data;

namespace UppkaCatalog.Core.Catalog.Labels;

/// <summary>A product's label checklist as the printable page and the staff review page show it.</summary>
public sealed record ProductLabelView(int Id, string Slug, string Name, ProductStatus Status, string GroupName, LabelChecklistView Checklist);

/// <summary>
/// Reads what the label checklist needs. Ticks are written through <see cref="ProductEditingService"/> with the other
/// fields (one save, one audit entry); this service only reads. A member sees their own group's products only —
/// another group's answers <see cref="NotFoundException"/>, like one that does not exist; staff see every product.
/// </summary>
public sealed class LabelChecklistService(IDbContextFactory<AppDbContext> dbFactory)
{
    /// <summary>The producer line of the member's own group, for the editor's live checklist.</summary>
    public async Task<LabelProducer> GetProducerAsync(Actor actor, CancellationToken ct = default)
    {
        var groupId = actor.RequireGroup(ServiceMessages.ProductMembersOnly);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Groups.AsNoTracking().Where(g => g.Id == groupId)
            .Select(g => new LabelProducer(g.Name, g.Village, g.District, g.Sector))
            .FirstOrDefaultAsync(ct) ?? throw new NotFoundException(ServiceMessages.ProductNotFound);
    }

    public async Task<ProductLabelView> GetForProductAsync(Actor actor, int productId, CancellationToken ct = default)
    {
        // Staff moderate every group's products; anyone else must be a member, and sees only their group's.
        var groupId = actor.IsStaff ? (int?)null : actor.RequireGroup(ServiceMessages.ProductMembersOnly);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var p = await db.Products.AsNoTracking().Include(x => x.Category).Include(x => x.Group)
            .FirstOrDefaultAsync(x => x.Id == productId && (groupId == null || x.GroupId == groupId), ct)
            ?? throw new NotFoundException(ServiceMessages.ProductNotFound);
        var g = p.Group!;
        var checklist = LabelChecklist.For(ProductEditingService.ToInput(p), new LabelProducer(g.Name, g.Village, g.District, g.Sector));
        return new ProductLabelView(p.Id, p.Slug, p.Name, p.Status, g.Name, checklist);
    }
}
