using Microsoft.EntityFrameworkCore;
using UppkaCatalog.Core.Auditing;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Data;
using UppkaCatalog.Core.Media;

namespace UppkaCatalog.Core.Catalog;

/// <summary>
/// A member's own listings: create, edit, submit for review, archive. Every method checks that
/// the product belongs to the actor's group; another group's product answers
/// <see cref="NotFoundException"/>, exactly as a product that does not exist.
/// </summary>
public sealed class ProductEditingService(IDbContextFactory<AppDbContext> dbFactory, TimeProvider time)
{
    public async Task<IReadOnlyList<OwnProductRow>> ListOwnAsync(Actor actor, ProductStatus? status = null, CancellationToken ct = default)
    {
        var groupId = actor.RequireGroup(ServiceMessages.ProductMembersOnly);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = db.Products.AsNoTracking().Where(p => p.GroupId == groupId);
        if (status is { } s) query = query.Where(p => p.Status == s);
        var rows = await query.OrderByDescending(p => p.UpdatedAt)
            .Select(p => new
            {
                p.Id, p.Slug, p.Name, p.Status, p.Price, p.Unit, p.RejectionReason, p.UpdatedAt,
                PhotoCount = p.Photos.Count,
                Cover = p.Photos.OrderBy(ph => ph.SortOrder).FirstOrDefault(),
            })
            .AsSplitQuery()
            .ToListAsync(ct);
        return rows.Select(r => new OwnProductRow(r.Id, r.Slug, r.Name, r.Status, r.Price, r.Unit, r.RejectionReason, r.PhotoCount,
            r.Cover is null ? null : PhotoView.From(r.Cover), r.UpdatedAt)).ToList();
    }

    public async Task<ProductEditView> GetForEditAsync(Actor actor, int productId, CancellationToken ct = default)
    {
        var groupId = actor.RequireGroup(ServiceMessages.ProductMembersOnly);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var p = await db.Products.AsNoTracking().Include(x => x.Category).Include(x => x.Photos)
            .FirstOrDefaultAsync(x => x.Id == productId && x.GroupId == groupId, ct) ?? throw new NotFoundException(ServiceMessages.ProductNotFound);
        return ToEditView(p);
    }

    /// <summary>Saves a new draft. Only the name is required; the rest can come later.</summary>
    public async Task<ProductEditView> CreateDraftAsync(Actor actor, ProductInput input, CancellationToken ct = default)
    {
        var groupId = actor.RequireGroup(ServiceMessages.ProductMembersOnly);
        var clean = ProductRules.Normalize(input);
        Throw(ProductRules.CheckDraft(clean));
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var now = time.GetUtcNow();
        var product = new Product
        {
            Slug = await UniqueSlugAsync(db, clean.Name!, null, ct),
            GroupId = groupId,
            Name = clean.Name!,
            Status = ProductStatus.Draft,
            CreatedAt = now,
            UpdatedAt = now,
        };
        await ApplyAsync(db, product, clean, ct);
        // The audit entry needs the new id: two saves, one transaction, so both land or neither.
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            db.Products.Add(product);
            await db.SaveChangesAsync(ct);
            AuditLog.Record(db, now, actor.UserId, "product.create", $"Product:{product.Id}");
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }

        return await GetForEditAsync(actor, product.Id, ct);
    }

    /// <summary>
    /// Saves the editor's fields over <paramref name="expectedVersion"/>. If someone saved since,
    /// nothing is written and <see cref="ConflictException"/> says so. Changing a published
    /// product's name or price sends it back to review (the buyer-facing facts staff checked).
    /// </summary>
    public async Task<ProductEditView> UpdateAsync(Actor actor, int productId, ProductInput input, Guid expectedVersion, CancellationToken ct = default)
    {
        var groupId = actor.RequireGroup(ServiceMessages.ProductMembersOnly);
        var clean = ProductRules.Normalize(input);
        Throw(ProductRules.CheckDraft(clean));
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var product = await db.Products.FirstOrDefaultAsync(x => x.Id == productId && x.GroupId == groupId, ct)
            ?? throw new NotFoundException(ServiceMessages.ProductNotFound);
        if (product.Status == ProductStatus.Archived) throw new ValidationException("status", ServiceMessages.ProductArchivedNoEdit);
        if (product.Version != expectedVersion) throw Conflict();
        if (product.Status is ProductStatus.Published or ProductStatus.PendingReview)
        {
            // A listing buyers see (or staff are checking) stays complete: what submitting required cannot be
            // emptied afterwards, or a published product would lose its category or description unreviewed.
            // Photos are not counted here: the photo service owns them.
            Throw(ProductRules.CheckSubmit(clean, photoCount: 1));
        }

        var reviewFactsChanged = product.Name != clean.Name || product.Price != (clean.Price ?? 0);
        if (product.PublishedAt is null && product.Name != clean.Name)
        {
            // Until first published no link to it has been shared, so the address follows the name.
            product.Slug = await UniqueSlugAsync(db, clean.Name!, product.Id, ct);
        }

        product.Name = clean.Name!;
        await ApplyAsync(db, product, clean, ct);
        var now = time.GetUtcNow();
        product.UpdatedAt = now;
        if (product.Status == ProductStatus.Published && reviewFactsChanged)
        {
            product.Status = ProductStatus.PendingReview;
            AuditLog.Record(db, now, actor.UserId, "product.back-to-review", $"Product:{product.Id}", "name or price changed");
        }

        // The token is compared in the UPDATE itself too, so a save racing this one still loses cleanly.
        db.Entry(product).Property(p => p.Version).OriginalValue = expectedVersion;
        product.Version = Guid.NewGuid();
        AuditLog.Record(db, now, actor.UserId, "product.update", $"Product:{product.Id}");
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw Conflict();
        }

        return await GetForEditAsync(actor, product.Id, ct);
    }

    /// <summary>Draft or rejected → waiting for review, when the listing is complete (fields and at least one photo).</summary>
    public async Task<ProductEditView> SubmitAsync(Actor actor, int productId, CancellationToken ct = default)
    {
        var groupId = actor.RequireGroup(ServiceMessages.ProductMembersOnly);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var product = await db.Products.Include(p => p.Category).Include(p => p.Photos)
            .FirstOrDefaultAsync(x => x.Id == productId && x.GroupId == groupId, ct) ?? throw new NotFoundException(ServiceMessages.ProductNotFound);
        if (product.Status is not (ProductStatus.Draft or ProductStatus.Rejected))
        {
            throw new ValidationException("status", product.Status switch
            {
                ProductStatus.PendingReview => ServiceMessages.ProductAlreadyPending,
                ProductStatus.Published => ServiceMessages.ProductAlreadyPublished,
                _ => ServiceMessages.ProductArchivedNoSubmit,
            });
        }

        Throw(ProductRules.CheckSubmit(ToInput(product), product.Photos.Count));
        var now = time.GetUtcNow();
        product.Status = ProductStatus.PendingReview;
        product.RejectionReason = null;
        product.UpdatedAt = now;
        AuditLog.Record(db, now, actor.UserId, "product.submit", $"Product:{product.Id}");
        await db.SaveChangesAsync(ct);
        return ToEditView(product);
    }

    /// <summary>Takes a product out of the catalogue (any status) without deleting it.</summary>
    public async Task ArchiveAsync(Actor actor, int productId, CancellationToken ct = default) =>
        await SetStatusAsync(actor, productId, ProductStatus.Archived, "product.archive", ct);

    /// <summary>Brings an archived product back as a draft, to be submitted again.</summary>
    public async Task RestoreAsync(Actor actor, int productId, CancellationToken ct = default) =>
        await SetStatusAsync(actor, productId, ProductStatus.Draft, "product.restore", ct);

    private async Task SetStatusAsync(Actor actor, int productId, ProductStatus status, string action, CancellationToken ct)
    {
        var groupId = actor.RequireGroup(ServiceMessages.ProductMembersOnly);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var product = await db.Products.FirstOrDefaultAsync(x => x.Id == productId && x.GroupId == groupId, ct)
            ?? throw new NotFoundException(ServiceMessages.ProductNotFound);
        if (status == ProductStatus.Draft && product.Status != ProductStatus.Archived) return;
        var now = time.GetUtcNow();
        product.Status = status;
        product.UpdatedAt = now;
        AuditLog.Record(db, now, actor.UserId, action, $"Product:{product.Id}");
        await db.SaveChangesAsync(ct);
    }

    private static ConflictException Conflict() => new(ServiceMessages.ProductChanged);

    private static void Throw(Dictionary<string, string> errors)
    {
        if (errors.Count > 0) throw new ValidationException(errors);
    }

    private static async Task ApplyAsync(AppDbContext db, Product product, ProductInput p, CancellationToken ct)
    {
        product.CategoryId = p.CategorySlug is null
            ? null
            : await db.Categories.Where(c => c.Slug == p.CategorySlug).Select(c => (int?)c.Id).FirstOrDefaultAsync(ct)
              ?? throw new ValidationException("categorySlug", ServiceMessages.CategoryUnknown);

        product.Description = p.Description ?? "";
        product.Price = p.Price ?? 0;
        product.Unit = p.Unit ?? "";
        product.MinimumOrder = p.MinimumOrder ?? 1;
        product.Availability = p.Availability;
        product.PreOrderDays = p.PreOrderDays;
        product.NetContent = p.NetContent;
        product.Packaging = p.Packaging;
        product.ShelfLife = p.ShelfLife;
        product.PirtNumber = p.PirtNumber;
        product.HalalNumber = p.HalalNumber;
        product.BpomNumber = p.BpomNumber;
        product.MarketplaceLinks = p.MarketplaceLinks;
        // Stored in the checklist's own order, so the same ticks always read back the same.
        if (p.LabelTicks is { } ticks) product.LabelTicks = Labels.LabelChecklist.TickIds.Where(ticks.Contains).ToList();
    }

    private static async Task<string> UniqueSlugAsync(AppDbContext db, string name, int? productId, CancellationToken ct)
    {
        var root = Slug.From(name, 70);
        // A slug of digits only ("2024") would read as a product id in /api/v1/products/{id}: never make one.
        if (root.All(char.IsAsciiDigit)) root = "produk-" + root;
        var taken = await db.Products.Where(p => (p.Slug == root || p.Slug.StartsWith(root + "-")) && p.Id != productId)
            .Select(p => p.Slug).ToListAsync(ct);
        if (!taken.Contains(root)) return root;
        for (var n = 2; ; n++)
        {
            var candidate = $"{root}-{n}";
            if (!taken.Contains(candidate)) return candidate;
        }
    }

    internal static ProductInput ToInput(Product p) => new()
    {
        Name = p.Name,
        CategorySlug = p.Category?.Slug,
        Description = p.Description,
        Price = p.Price == 0 ? null : p.Price,
        Unit = string.IsNullOrEmpty(p.Unit) ? null : p.Unit,
        MinimumOrder = p.MinimumOrder,
        Availability = p.Availability,
        PreOrderDays = p.PreOrderDays,
        NetContent = p.NetContent,
        Packaging = p.Packaging,
        ShelfLife = p.ShelfLife,
        PirtNumber = p.PirtNumber,
        HalalNumber = p.HalalNumber,
        BpomNumber = p.BpomNumber,
        MarketplaceLinks = [.. p.MarketplaceLinks],
        LabelTicks = [.. p.LabelTicks],
    };

    private static ProductEditView ToEditView(Product p) =>
        new(p.Id, p.Slug, p.Version, p.Status, p.RejectionReason, ToInput(p),
            p.Photos.OrderBy(ph => ph.SortOrder).Select(ph => new EditablePhoto(ph.Id, ph.SortOrder, ph.AltText, PhotoView.From(ph))).ToList(),
            p.UpdatedAt);
}
