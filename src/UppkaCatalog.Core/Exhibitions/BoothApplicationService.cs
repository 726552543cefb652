using Microsoft.EntityFrameworkCore;
using UppkaCatalog.Core.Auditing;
using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Data;
using UppkaCatalog.Core.Media;

namespace UppkaCatalog.Core.Exhibitions;

/// <summary>
/// A group's side of an exhibition: see what is open, apply for a booth, prepare it, withdraw. Only members
/// act, and only for their own group: a draft exhibition, or anything of another group, answers
/// <see cref="NotFoundException"/> exactly as something that does not exist. The time windows are those of
/// <see cref="BoothRules"/>, read from the injected <see cref="TimeProvider"/>.
/// </summary>
public sealed partial class BoothApplicationService(IDbContextFactory<AppDbContext> dbFactory, TimeProvider time, BannerImages banners)
{

    /// <summary>
    /// Published exhibitions whose registration is open now, and every exhibition (published or archived) the
    /// group has a booth row in. Open ones first (closing soonest), then the rest, newest first.
    /// </summary>
    public async Task<IReadOnlyList<MemberExhibitionRow>> ListAsync(Actor actor, CancellationToken ct = default)
    {
        var groupId = actor.RequireGroup(ServiceMessages.BoothMembersOnly);
        var now = time.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        // Registration bounds are compared in memory: SQLite stores DateTimeOffset as text, and there are few exhibitions.
        var exhibitions = await db.Exhibitions.AsNoTracking()
            .Where(e => e.Status == ExhibitionStatus.Published || db.Booths.Any(b => b.ExhibitionId == e.Id && b.GroupId == groupId))
            .Where(e => e.Status != ExhibitionStatus.Draft)
            .ToListAsync(ct);
        var booths = await db.Booths.AsNoTracking().Where(b => b.GroupId == groupId)
            .Select(b => new { Booth = b, HallName = b.Hall!.Name, ProductCount = b.Products.Count })
            .ToDictionaryAsync(b => b.Booth.ExhibitionId, ct);
        return exhibitions
            .Where(e => booths.ContainsKey(e.Id) || BoothRules.CanApply(e, now))
            .Select(e =>
            {
                var b = booths.GetValueOrDefault(e.Id);
                return Row(e, now, b?.Booth.Status, b is null ? null
                    : new OwnBoothSummary(b.Booth.Id, b.Booth.Status, b.Booth.Tagline, b.HallName, b.Booth.Number, b.Booth.DecisionReason, b.ProductCount));
            })
            .OrderBy(r => r.CanApply ? 0 : 1)
            .ThenBy(r => r.CanApply ? (r.RegistrationClosesAt ?? r.EndsAt).UtcTicks : -r.StartsAt.UtcTicks)
            .ToList();
    }

    /// <summary>The apply / edit page of one exhibition for the actor's group.</summary>
    public async Task<BoothEditorView> GetAsync(Actor actor, int exhibitionId, CancellationToken ct = default)
    {
        var groupId = actor.RequireGroup(ServiceMessages.BoothMembersOnly);
        var now = time.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var booth = await db.Booths.AsNoTracking().Include(b => b.Hall).Include(b => b.Products)
            .FirstOrDefaultAsync(b => b.ExhibitionId == exhibitionId && b.GroupId == groupId, ct);
        var exhibition = await db.Exhibitions.AsNoTracking().FirstOrDefaultAsync(e => e.Id == exhibitionId, ct);
        // Drafts are staff's secret; an archived exhibition the group never joined is of no concern to it.
        if (exhibition is null || exhibition.Status == ExhibitionStatus.Draft || (exhibition.Status == ExhibitionStatus.Archived && booth is null))
        {
            throw new NotFoundException(ServiceMessages.ExhibitionNotFound);
        }

        var groupSlug = await db.Groups.Where(g => g.Id == groupId).Select(g => g.Slug).SingleAsync(ct);
        var featured = booth?.Products.Select(p => p.ProductId).ToList() ?? [];
        var choices = await db.Products.AsNoTracking()
            .Where(p => p.GroupId == groupId && (p.Status == ProductStatus.Published || featured.Contains(p.Id)))
            .OrderBy(p => p.Name)
            .Select(p => new { p.Id, p.Name, p.Price, p.Unit, p.Status, Cover = p.Photos.OrderBy(ph => ph.SortOrder).FirstOrDefault() })
            .ToListAsync(ct);

        var detail = booth is null ? null : new OwnBoothDetail(booth.Id, booth.Status, booth.Tagline, booth.Hall?.Name, booth.Number,
            booth.DecisionReason, booth.AppliedAt, booth.DecidedAt, booth.BannerKey, booth.Version,
            booth.Products.OrderBy(p => p.SortOrder).Select(p => new BoothProductInput(p.ProductId, p.ExhibitionPrice)).ToList());
        var summary = booth is null ? null : new OwnBoothSummary(booth.Id, booth.Status, booth.Tagline, booth.Hall?.Name, booth.Number, booth.DecisionReason, booth.Products.Count);
        return new BoothEditorView(
            Row(exhibition, now, booth?.Status, summary),
            groupSlug,
            detail,
            choices.Select(c => new BoothProductChoice(c.Id, c.Name, c.Price, c.Unit, c.Status == ProductStatus.Published, c.Cover is null ? null : PhotoView.From(c.Cover))).ToList(),
            booth is not null && BoothRules.CanWithdraw(exhibition, booth.Status, now));
    }

    private static MemberExhibitionRow Row(Exhibition e, DateTimeOffset now, BoothStatus? boothStatus, OwnBoothSummary? booth) =>
        new(e.Id, e.Slug, e.Title, e.Theme, e.Status, e.StartsAt, e.EndsAt, e.RegistrationOpensAt, e.RegistrationClosesAt, e.PhaseAt(now),
            BoothRules.RegistrationAt(e, now),
            BoothRules.CanApply(e, now) && (boothStatus is null or BoothStatus.Withdrawn or BoothStatus.Rejected),
            boothStatus is { } s && BoothRules.CanEdit(e, s, now),
            booth);

    private static void Throw(Dictionary<string, string> errors)
    {
        if (errors.Count > 0) throw new ValidationException(errors);
    }
}
