using Microsoft.EntityFrameworkCore;
using UppkaCatalog.Core.Auditing;
using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Data;

namespace UppkaCatalog.Core.Exhibitions;

/// <summary>
/// Apply, edit and withdraw: each checked in full before anything is written, then one transaction. Each takes the
/// <see cref="Booth.Version"/> the page showed, so a staff decision or another member's change since then ends in
/// <see cref="ConflictException"/> (see <see cref="ExhibitionVersions"/>), never in a silent overwrite.
/// </summary>
public sealed partial class BoothApplicationService
{
    /// <summary>
    /// Applies for a booth while registration is open. A group that withdrew or was rejected applies again on
    /// the same row (one booth per group per exhibition), which goes back to Applied with the decision cleared.
    /// <paramref name="expectedVersion"/> is the version of the row the page showed, null when it showed none.
    /// </summary>
    public async Task<BoothEditorView> ApplyAsync(Actor actor, int exhibitionId, BoothInput input, Guid? expectedVersion, CancellationToken ct = default)
    {
        var groupId = actor.RequireGroup(ServiceMessages.BoothMembersOnly);
        var clean = BoothRules.Normalize(input);
        var now = time.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var exhibition = await LoadExhibitionAsync(db, exhibitionId, ct);
        if (BoothRules.WhyNotApply(exhibition, now) is { } closed) throw new ValidationException("registration", closed);

        var booth = await db.Booths.Include(b => b.Products).FirstOrDefaultAsync(b => b.ExhibitionId == exhibitionId && b.GroupId == groupId, ct);
        if (booth is null && expectedVersion is not null) throw new ConflictException(ServiceMessages.BoothChanged);
        if (booth is not null && expectedVersion is null) throw AppliedByAnother();
        if (booth is not null) ExhibitionVersions.Claim(booth, expectedVersion!.Value);
        if (booth?.Status is BoothStatus.Applied or BoothStatus.Accepted)
        {
            throw new ValidationException("status", booth.Status == BoothStatus.Applied
                ? ServiceMessages.AlreadyApplied
                : ServiceMessages.AlreadyHasBooth);
        }

        await CheckAsync(db, groupId, clean, new HashSet<int>(), ct);
        var reapplying = booth is not null;
        booth ??= new Booth { ExhibitionId = exhibitionId, GroupId = groupId };
        booth.Status = BoothStatus.Applied;
        booth.AppliedAt = now;
        booth.HallId = null;
        booth.Number = null;
        booth.DecidedAt = null;
        booth.DecisionReason = null;
        booth.Tagline = clean.Tagline!;
        SetProducts(db, booth, clean);

        // The audit entry of a new booth needs its id: two saves, one transaction, so both land or neither.
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (!reapplying) db.Booths.Add(booth);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException(ServiceMessages.BoothChanged);
        }
        catch (DbUpdateException) when (!reapplying)
        {
            // The unique (exhibition, group) index: another member of the group applied a moment ago.
            throw AppliedByAnother();
        }

        AuditLog.Record(db, now, actor.UserId, reapplying ? "booth.reapply" : "booth.apply", $"Booth:{booth.Id}", Details(clean));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return await GetAsync(actor, exhibitionId, ct);
    }

    /// <summary>
    /// Changes tagline, products, their order and exhibition prices of an application or an accepted booth,
    /// until the exhibition ends. Status, hall and number are staff's and stay as they are.
    /// </summary>
    public async Task<BoothEditorView> UpdateAsync(Actor actor, int exhibitionId, BoothInput input, Guid expectedVersion, CancellationToken ct = default)
    {
        var groupId = actor.RequireGroup(ServiceMessages.BoothMembersOnly);
        var clean = BoothRules.Normalize(input);
        var now = time.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var (exhibition, booth) = await LoadBoothAsync(db, exhibitionId, groupId, ct);
        if (BoothRules.WhyNotEdit(exhibition, booth.Status, now) is { } refused) throw new ValidationException("status", refused);
        ExhibitionVersions.Claim(booth, expectedVersion);

        await CheckAsync(db, groupId, clean, booth.Products.Select(p => p.ProductId).ToHashSet(), ct);
        booth.Tagline = clean.Tagline!;
        SetProducts(db, booth, clean);
        AuditLog.Record(db, now, actor.UserId, "booth.update", $"Booth:{booth.Id}", Details(clean));
        await ExhibitionVersions.SaveAsync(db, ServiceMessages.BoothChanged, ct);
        return await GetAsync(actor, exhibitionId, ct);
    }

    /// <summary>
    /// Withdraws an application (while registration is open) or an accepted booth (before the exhibition opens).
    /// Needs the version the page showed: a member who meant to withdraw an application must not withdraw, unseen,
    /// the booth staff accepted a moment ago.
    /// </summary>
    public async Task<BoothEditorView> WithdrawAsync(Actor actor, int exhibitionId, Guid expectedVersion, CancellationToken ct = default)
    {
        var groupId = actor.RequireGroup(ServiceMessages.BoothMembersOnly);
        var now = time.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var (exhibition, booth) = await LoadBoothAsync(db, exhibitionId, groupId, ct);
        if (BoothRules.WhyNotWithdraw(exhibition, booth.Status, now) is { } refused) throw new ValidationException("status", refused);
        ExhibitionVersions.Claim(booth, expectedVersion);

        var was = booth.Status;
        booth.Status = BoothStatus.Withdrawn;
        // The place in the hall is given up, so staff can give the number to another group.
        booth.HallId = null;
        booth.Number = null;
        AuditLog.Record(db, now, actor.UserId, "booth.withdraw", $"Booth:{booth.Id}", $"was {was}");
        await ExhibitionVersions.SaveAsync(db, ServiceMessages.BoothChanged, ct);
        return await GetAsync(actor, exhibitionId, ct);
    }

    private static ConflictException AppliedByAnother() =>
        new(ServiceMessages.ColleagueJustApplied);

    private static async Task<Exhibition> LoadExhibitionAsync(AppDbContext db, int exhibitionId, CancellationToken ct) =>
        await db.Exhibitions.FirstOrDefaultAsync(e => e.Id == exhibitionId && e.Status != ExhibitionStatus.Draft, ct)
        ?? throw new NotFoundException(ServiceMessages.ExhibitionNotFound);

    /// <summary>The group's booth row with its products; NotFound when the group has none there (or the exhibition is a draft).</summary>
    private static async Task<(Exhibition Exhibition, Booth Booth)> LoadBoothAsync(AppDbContext db, int exhibitionId, int groupId, CancellationToken ct)
    {
        var exhibition = await LoadExhibitionAsync(db, exhibitionId, ct);
        var booth = await db.Booths.Include(b => b.Products).FirstOrDefaultAsync(b => b.ExhibitionId == exhibitionId && b.GroupId == groupId, ct)
            ?? throw new NotFoundException(ServiceMessages.OwnBoothNotYet);
        return (exhibition, booth);
    }

    private static async Task CheckAsync(AppDbContext db, int groupId, BoothInput clean, IReadOnlySet<int> alreadyFeatured, CancellationToken ct)
    {
        var errors = BoothRules.CheckShape(clean);
        // Over 12 the per-product messages would only bury the one that matters.
        if (!errors.ContainsKey("products"))
        {
            var ids = clean.Products.Select(p => p.ProductId).Distinct().ToList();
            // Only the group's own products are loaded: another group's product is "not found", never "not yours".
            var own = await db.Products.AsNoTracking().Where(p => p.GroupId == groupId && ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
            BoothRules.CheckProducts(errors, clean, own, alreadyFeatured);
        }

        Throw(errors);
    }

    /// <summary>Makes the booth's products exactly the input, updating rows in place (the (booth, product) pair is unique).</summary>
    private static void SetProducts(AppDbContext db, Booth booth, BoothInput clean)
    {
        var wanted = clean.Products.Select((p, i) => (p, i)).ToDictionary(x => x.p.ProductId, x => x);
        foreach (var row in booth.Products.Where(r => !wanted.ContainsKey(r.ProductId)).ToList())
        {
            booth.Products.Remove(row);
            db.BoothProducts.Remove(row);
        }

        foreach (var (productId, (input, index)) in wanted)
        {
            var row = booth.Products.FirstOrDefault(r => r.ProductId == productId);
            if (row is null)
            {
                row = new BoothProduct { ProductId = productId };
                booth.Products.Add(row);
            }

            row.SortOrder = index;
            row.ExhibitionPrice = input.ExhibitionPrice;
        }
    }

    private static string Details(BoothInput b) =>
        string.Join(",", b.Products.Select(p => p.ExhibitionPrice is { } price ? $"{p.ProductId}@{price}" : $"{p.ProductId}"));
}
