using Microsoft.EntityFrameworkCore;
using UppkaCatalog.Core.Auditing;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Data;
using UppkaCatalog.Core.Media;

namespace UppkaCatalog.Core.Catalog;

public sealed record ModerationRow(int Id, string Name, string GroupName, string RegencyName, long Price, string Unit, ProductStatus Status, DateTimeOffset UpdatedAt, PhotoView? Cover);

/// <summary>
/// Staff check listings before buyers see them. Only staff may call these; every decision goes
/// into the audit log together with the change.
/// </summary>
public sealed class ModerationService(IDbContextFactory<AppDbContext> dbFactory, TimeProvider time)
{
    public const int MaxReasonLength = 1000;

    public async Task<IReadOnlyList<ModerationRow>> ListAsync(Actor actor, ProductStatus status = ProductStatus.PendingReview, CancellationToken ct = default)
    {
        actor.RequireStaff();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await db.Products.AsNoTracking().Where(p => p.Status == status)
            .OrderBy(p => p.UpdatedAt)
            .Select(p => new
            {
                p.Id, p.Name, GroupName = p.Group!.Name, RegencyName = p.Group.Regency!.Name, p.Price, p.Unit, p.Status, p.UpdatedAt,
                Cover = p.Photos.OrderBy(ph => ph.SortOrder).FirstOrDefault(),
            })
            .AsSplitQuery()
            .ToListAsync(ct);
        return rows.Select(r => new ModerationRow(r.Id, r.Name, r.GroupName, r.RegencyName, r.Price, r.Unit, r.Status, r.UpdatedAt,
            r.Cover is null ? null : PhotoView.From(r.Cover))).ToList();
    }

    /// <summary>The listing exactly as buyers would see it, whatever its status.</summary>
    public async Task<(ProductDetail Detail, ProductStatus Status, string? RejectionReason)> GetForReviewAsync(Actor actor, int productId, CancellationToken ct = default)
    {
        actor.RequireStaff();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var p = await db.Products.AsNoTracking()
            .Include(x => x.Group).ThenInclude(g => g!.Regency).Include(x => x.Category).Include(x => x.Photos)
            .AsSplitQuery()
            .FirstOrDefaultAsync(x => x.Id == productId, ct) ?? throw new NotFoundException(ServiceMessages.ProductNotFound);
        return (CatalogService.ToDetail(p), p.Status, p.RejectionReason);
    }

    public async Task ApproveAsync(Actor actor, int productId, CancellationToken ct = default)
    {
        actor.RequireStaff();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var product = await PendingAsync(db, productId, ct);
        await db.Entry(product).Reference(p => p.Category).LoadAsync(ct);
        var photoCount = await db.ProductPhotos.CountAsync(p => p.ProductId == productId, ct);
        var missing = ProductRules.CheckSubmit(ProductEditingService.ToInput(product), photoCount);
        if (missing.Count > 0)
        {
            throw new ValidationException(missing.ToDictionary(e => e.Key, e => ServiceMessages.IncompleteForApproval(e.Value)));
        }

        var now = time.GetUtcNow();
        product.Status = ProductStatus.Published;
        product.RejectionReason = null;
        product.PublishedAt ??= now;
        product.UpdatedAt = now;
        AuditLog.Record(db, now, actor.UserId, "product.approve", $"Product:{product.Id}");
        await db.SaveChangesAsync(ct);
    }

    public async Task RejectAsync(Actor actor, int productId, string? reason, CancellationToken ct = default)
    {
        actor.RequireStaff();
        var why = reason?.Trim();
        if (string.IsNullOrEmpty(why)) throw new ValidationException("reason", ServiceMessages.ProductRejectionReasonMissing);
        if (why.Length > MaxReasonLength) throw new ValidationException("reason", ServiceMessages.ReasonTooLong(MaxReasonLength));
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var product = await PendingAsync(db, productId, ct);
        var now = time.GetUtcNow();
        product.Status = ProductStatus.Rejected;
        product.RejectionReason = why;
        product.RejectionCount++;
        product.UpdatedAt = now;
        AuditLog.Record(db, now, actor.UserId, "product.reject", $"Product:{product.Id}", why);
        await db.SaveChangesAsync(ct);
    }

    private static async Task<Product> PendingAsync(AppDbContext db, int productId, CancellationToken ct)
    {
        var product = await db.Products.FirstOrDefaultAsync(p => p.Id == productId, ct) ?? throw new NotFoundException(ServiceMessages.ProductNotFound);
        if (product.Status != ProductStatus.PendingReview)
        {
            throw new ConflictException(ServiceMessages.ProductNotPending);
        }

        return product;
    }

}
