using Microsoft.EntityFrameworkCore;
using UppkaCatalog.Core.Auditing;
using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Data;
using UppkaCatalog.Core.Exhibitions;

namespace UppkaCatalog.Core.Inquiries;

/// <summary>
/// Buyers' questions to a group. Anyone may send one about a published product; only the group's
/// members read and handle them (another group's inquiry answers <see cref="NotFoundException"/>, as one
/// that does not exist), and staff read them all. The buyer's phone number leaves this service only
/// through those reads.
/// </summary>
public sealed class InquiryService(IDbContextFactory<AppDbContext> dbFactory, TimeProvider time)
{
    /// <summary>A list shows at most this many (newest first): a group answers them long before that.</summary>
    public const int MaxListed = 500;

    /// <summary>The error key of a refusal that concerns the booth, not a field: its exhibition is archived.</summary>
    public const string BoothClosedField = "booth";

    /// <summary>
    /// Stores a buyer's inquiry about the published product <paramref name="productSlug"/> for its group.
    /// Throws <see cref="ValidationException"/> (a message per field) or <see cref="NotFoundException"/>
    /// (no such published product); nothing is stored then.
    /// </summary>
    public async Task<int> SubmitForProductAsync(string productSlug, InquiryInput input, CancellationToken ct = default)
    {
        var (clean, errors) = InquiryRules.Check(input);
        if (clean is null) throw new ValidationException(errors);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var product = await db.Products.AsNoTracking()
            .Where(p => p.Slug == productSlug && p.Status == ProductStatus.Published && p.Group!.IsActive)
            .Select(p => new { p.Id, p.GroupId })
            .FirstOrDefaultAsync(ct) ?? throw new NotFoundException(ServiceMessages.ProductNotFound);
        return await StoreAsync(db, clean, product.GroupId, productId: product.Id, boothId: null, ct);
    }

    /// <summary>
    /// Stores a buyer's inquiry sent from the booth of group <paramref name="groupSlug"/> in exhibition
    /// <paramref name="exhibitionSlug"/>, for that booth's group, tagged with the booth (the statistics count
    /// inquiries per booth from it). The booth must be accepted, its group active and the exhibition published:
    /// before it opens (the preview), while it runs, and after it ends until staff archive it — a group is glad of
    /// a question at any of those times. An archived exhibition is closed for good: refused with a message under
    /// <c>booth</c>. Throws <see cref="ValidationException"/> or <see cref="NotFoundException"/> (no such booth
    /// for buyers: unknown, only applied, rejected, withdrawn, or a draft exhibition); nothing is stored then.
    /// </summary>
    public async Task<int> SubmitForBoothAsync(string exhibitionSlug, string groupSlug, InquiryInput input, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var booth = await db.Booths.AsNoTracking()
            .Where(b => b.Exhibition!.Slug == exhibitionSlug && b.Group!.Slug == groupSlug
                && b.Status == BoothStatus.Accepted && b.HallId != null && b.Group.IsActive
                && b.Exhibition.Status != ExhibitionStatus.Draft)
            .Select(b => new { b.Id, b.GroupId, b.Exhibition!.Status })
            .FirstOrDefaultAsync(ct) ?? throw new NotFoundException(ServiceMessages.BoothNotFound);
        // The booth is checked first: a closed exhibition says so whatever was typed.
        if (booth.Status == ExhibitionStatus.Archived) throw new ValidationException(BoothClosedField, ServiceMessages.BoothClosedForInquiries);
        var (clean, errors) = InquiryRules.Check(input);
        if (clean is null) throw new ValidationException(errors);
        return await StoreAsync(db, clean, booth.GroupId, productId: null, boothId: booth.Id, ct);
    }

    /// <summary>Writes a checked inquiry as new, for the group and the product or booth it was sent from.</summary>
    private async Task<int> StoreAsync(AppDbContext db, InquiryRules.Clean clean, int groupId, int? productId, int? boothId, CancellationToken ct)
    {
        var inquiry = new Inquiry
        {
            GroupId = groupId,
            ProductId = productId,
            BoothId = boothId,
            BuyerName = clean.BuyerName,
            BuyerPhone = clean.BuyerPhone,
            Quantity = clean.Quantity,
            Message = clean.Message,
            Status = InquiryStatus.New,
            CreatedAt = time.GetUtcNow(),
        };
        db.Inquiries.Add(inquiry);
        await db.SaveChangesAsync(ct);
        return inquiry.Id;
    }

    /// <summary>The member's own group's inquiries, newest first.</summary>
    public async Task<IReadOnlyList<InquiryRow>> ListOwnAsync(Actor actor, InquiryFilter filter = InquiryFilter.All, CancellationToken ct = default)
    {
        var groupId = actor.RequireGroup(ServiceMessages.ProductMembersOnly);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await Rows(Filtered(db.Inquiries.Where(i => i.GroupId == groupId), filter), ct);
    }

    /// <summary>Every group's inquiries, newest first: staff only (read-only).</summary>
    public async Task<IReadOnlyList<InquiryRow>> ListAllAsync(Actor actor, InquiryFilter filter = InquiryFilter.All, CancellationToken ct = default)
    {
        actor.RequireStaff();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await Rows(Filtered(db.Inquiries, filter), ct);
    }

    /// <summary>How many of the member's group's inquiries are still open (for the member area's overview).</summary>
    public async Task<int> CountOpenAsync(Actor actor, CancellationToken ct = default)
    {
        var groupId = actor.RequireGroup(ServiceMessages.ProductMembersOnly);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await Filtered(db.Inquiries.Where(i => i.GroupId == groupId), InquiryFilter.Open).CountAsync(ct);
    }

    /// <summary>The group has answered the buyer (on WhatsApp, by phone): the inquiry leaves the open list.</summary>
    public Task MarkHandledAsync(Actor actor, int inquiryId, CancellationToken ct = default) =>
        SetStatusAsync(actor, inquiryId, InquiryStatus.Answered, "inquiry.handled", ct);

    /// <summary>Back to the open list (marked handled by mistake, or the buyer wrote again).</summary>
    public Task ReopenAsync(Actor actor, int inquiryId, CancellationToken ct = default) =>
        SetStatusAsync(actor, inquiryId, InquiryStatus.Read, "inquiry.reopen", ct);

    private async Task SetStatusAsync(Actor actor, int inquiryId, InquiryStatus status, string action, CancellationToken ct)
    {
        var groupId = actor.RequireGroup(ServiceMessages.ProductMembersOnly);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var inquiry = await db.Inquiries.FirstOrDefaultAsync(i => i.Id == inquiryId && i.GroupId == groupId, ct)
            ?? throw new NotFoundException(ServiceMessages.InquiryNotFound);
        if (inquiry.Status == status) return;
        inquiry.Status = status;
        AuditLog.Record(db, time.GetUtcNow(), actor.UserId, action, $"Inquiry:{inquiry.Id}");
        await db.SaveChangesAsync(ct);
    }

    private static IQueryable<Inquiry> Filtered(IQueryable<Inquiry> query, InquiryFilter filter) => filter switch
    {
        InquiryFilter.Open => query.Where(i => i.Status == InquiryStatus.New || i.Status == InquiryStatus.Read),
        InquiryFilter.Handled => query.Where(i => i.Status == InquiryStatus.Answered),
        _ => query,
    };

    private static async Task<IReadOnlyList<InquiryRow>> Rows(IQueryable<Inquiry> query, CancellationToken ct)
    {
        return await query.AsNoTracking().OrderByDescending(i => i.CreatedAt).ThenByDescending(i => i.Id).Take(MaxListed)
            .Select(i => new InquiryRow(i.Id, i.Group!.Name, i.Product != null ? i.Product.Name : null, i.Product != null ? i.Product.Slug : null,
                i.BuyerName, i.BuyerPhone, i.Quantity, i.Message, i.Status, i.CreatedAt,
                i.Booth != null ? new InquiryBooth(i.Booth.Exhibition!.Slug, i.Booth.Exhibition.Title, i.Group!.Slug) : null))
            .ToListAsync(ct);
    }
}
