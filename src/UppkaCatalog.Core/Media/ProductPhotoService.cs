using Microsoft.EntityFrameworkCore;
using UppkaCatalog.Core.Auditing;
using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Data;

namespace UppkaCatalog.Core.Media;

/// <summary>A photo as the API and the editor return it after an upload.</summary>
public sealed record UploadedPhoto(int Id, int SortOrder, string AltText, int Width, int Height, string PlaceholderColor, IReadOnlyList<PhotoVariant> Variants);

/// <summary>
/// A member's packaging photos: add (through the hostile-upload pipeline), delete, reorder, cover,
/// alt text. Adding or deleting a photo of a published product sends it back to review.
/// </summary>
public sealed class ProductPhotoService(
    IDbContextFactory<AppDbContext> dbFactory,
    ImagePipeline pipeline,
    PhotoStorage storage,
    TimeProvider time)
{
    public async Task<UploadedPhoto> AddAsync(Actor actor, int productId, Stream upload, string? altText = null, CancellationToken ct = default)
    {
        var groupId = actor.RequireGroup(ServiceMessages.ProductMembersOnly);
        // Refuse before the expensive work when the product is not the member's or is full.
        await using (var check = await dbFactory.CreateDbContextAsync(ct))
        {
            var state = await check.Products.Where(p => p.Id == productId && p.GroupId == groupId)
                .Select(p => new { p.Status, Count = p.Photos.Count }).FirstOrDefaultAsync(ct) ?? throw new NotFoundException(ServiceMessages.ProductNotFound);
            if (state.Count >= ProductRules.MaxPhotos) throw TooMany();
            if (state.Status == ProductStatus.Archived) throw new ValidationException("status", ServiceMessages.ProductArchivedNoPhotos);
        }

        ProcessedImage image;
        try
        {
            image = await pipeline.ProcessAsync(upload, ct);
        }
        catch (ImageRejectedException e)
        {
            throw new ValidationException("file", e.Message);
        }

        var (key, variants) = await storage.SaveAsync(image, "p", ct);
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var product = await db.Products.Include(p => p.Photos).FirstOrDefaultAsync(p => p.Id == productId && p.GroupId == groupId, ct)
                ?? throw new NotFoundException(ServiceMessages.ProductNotFound);
            if (product.Photos.Count >= ProductRules.MaxPhotos) throw TooMany();
            var now = time.GetUtcNow();
            var photo = new ProductPhoto
            {
                SortOrder = product.Photos.Count == 0 ? 0 : product.Photos.Max(p => p.SortOrder) + 1,
                AltText = CleanAlt(altText) ?? product.Name,
                Width = image.Width,
                Height = image.Height,
                StorageKey = key,
                Variants = variants,
                PlaceholderColor = image.PlaceholderColor,
                CreatedAt = now,
            };
            product.Photos.Add(photo);
            product.UpdatedAt = now;
            SendBackToReview(db, product, actor, now);
            await db.SaveChangesAsync(ct);
            AuditLog.Record(db, now, actor.UserId, "photo.add", $"Product:{product.Id}", $"Photo:{photo.Id}");
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return ToUploaded(photo);
        }
        catch
        {
            // No row, no files: the variants written above are removed again.
            await storage.DeleteAsync(variants, CancellationToken.None);
            throw;
        }
    }

    public async Task DeleteAsync(Actor actor, int productId, int photoId, CancellationToken ct = default)
    {
        var groupId = actor.RequireGroup(ServiceMessages.ProductMembersOnly);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var photo = await db.ProductPhotos.Include(p => p.Product)
            .FirstOrDefaultAsync(p => p.Id == photoId && p.ProductId == productId && p.Product!.GroupId == groupId, ct)
            ?? throw new NotFoundException(ServiceMessages.PhotoNotFound);
        var now = time.GetUtcNow();
        db.ProductPhotos.Remove(photo);
        photo.Product!.UpdatedAt = now;
        SendBackToReview(db, photo.Product, actor, now);
        AuditLog.Record(db, now, actor.UserId, "photo.delete", $"Product:{productId}", $"Photo:{photoId}");
        await db.SaveChangesAsync(ct);
        // Files go after the row: a crash in between leaves an unreferenced file, never a broken image.
        await storage.DeleteAsync(photo.Variants, CancellationToken.None);
    }

    /// <summary>Puts the photos in the given order; the first is the cover. The list must name every photo once.</summary>
    public async Task ReorderAsync(Actor actor, int productId, IReadOnlyList<int> photoIdsInOrder, CancellationToken ct = default)
    {
        var groupId = actor.RequireGroup(ServiceMessages.ProductMembersOnly);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var photos = await db.ProductPhotos.Where(p => p.ProductId == productId && p.Product!.GroupId == groupId).ToListAsync(ct);
        if (photos.Count == 0 && !await db.Products.AnyAsync(p => p.Id == productId && p.GroupId == groupId, ct))
        {
            throw new NotFoundException(ServiceMessages.ProductNotFound);
        }

        if (photoIdsInOrder.Count != photos.Count || photoIdsInOrder.Distinct().Count() != photos.Count
            || photoIdsInOrder.Any(id => photos.All(p => p.Id != id)))
        {
            throw new ValidationException("photos", ServiceMessages.PhotoOrderMismatch);
        }

        for (var i = 0; i < photoIdsInOrder.Count; i++) photos.Single(p => p.Id == photoIdsInOrder[i]).SortOrder = i;
        AuditLog.Record(db, time.GetUtcNow(), actor.UserId, "photo.reorder", $"Product:{productId}");
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Makes a photo the cover (first), keeping the others' order.</summary>
    public async Task SetCoverAsync(Actor actor, int productId, int photoId, CancellationToken ct = default)
    {
        var groupId = actor.RequireGroup(ServiceMessages.ProductMembersOnly);
        List<int> order;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            order = await db.ProductPhotos.Where(p => p.ProductId == productId && p.Product!.GroupId == groupId)
                .OrderBy(p => p.SortOrder).Select(p => p.Id).ToListAsync(ct);
        }

        if (!order.Remove(photoId)) throw new NotFoundException(ServiceMessages.PhotoNotFound);
        order.Insert(0, photoId);
        await ReorderAsync(actor, productId, order, ct);
    }

    public async Task SetAltTextAsync(Actor actor, int productId, int photoId, string altText, CancellationToken ct = default)
    {
        var groupId = actor.RequireGroup(ServiceMessages.ProductMembersOnly);
        var alt = CleanAlt(altText) ?? throw new ValidationException("altText", ServiceMessages.AltTextMissing);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var photo = await db.ProductPhotos.FirstOrDefaultAsync(p => p.Id == photoId && p.ProductId == productId && p.Product!.GroupId == groupId, ct)
            ?? throw new NotFoundException(ServiceMessages.PhotoNotFound);
        photo.AltText = alt;
        AuditLog.Record(db, time.GetUtcNow(), actor.UserId, "photo.alt-text", $"Product:{productId}", $"Photo:{photoId}");
        await db.SaveChangesAsync(ct);
    }

    private static void SendBackToReview(AppDbContext db, Product product, Actor actor, DateTimeOffset now)
    {
        if (product.Status != ProductStatus.Published) return;
        product.Status = ProductStatus.PendingReview;
        AuditLog.Record(db, now, actor.UserId, "product.back-to-review", $"Product:{product.Id}", "photos changed");
    }

    private static string? CleanAlt(string? alt)
    {
        if (string.IsNullOrWhiteSpace(alt)) return null;
        var s = alt.Trim();
        return s.Length > 250 ? s[..250] : s;
    }

    private static ValidationException TooMany() => new("file", ServiceMessages.TooManyPhotos(ProductRules.MaxPhotos));

    private static UploadedPhoto ToUploaded(ProductPhoto p) =>
        new(p.Id, p.SortOrder, p.AltText, p.Width, p.Height, p.PlaceholderColor, p.Variants);
}
