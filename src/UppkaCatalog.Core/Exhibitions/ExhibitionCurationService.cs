using Microsoft.EntityFrameworkCore;
using UppkaCatalog.Core.Auditing;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Data;
using UppkaCatalog.Core.Media;

namespace UppkaCatalog.Core.Exhibitions;

/// <summary>
/// Staff curate exhibitions: the exhibition itself and its status (this file), halls
/// (<c>.Halls.cs</c>), applications and booths (<c>.Booths.cs</c>) and the banner (<c>.Banner.cs</c>).
/// Only staff may call any of it; every decision is written to the audit log in the same save as the change.
/// An archived exhibition is closed for good: nothing in it changes any more, and there is no way back
/// (buyers read it as a record of what was shown).
/// </summary>
public sealed partial class ExhibitionCurationService(IDbContextFactory<AppDbContext> dbFactory, TimeProvider time, BannerImages banners)
{
    public async Task<IReadOnlyList<CuratedExhibitionRow>> ListAsync(Actor actor, CancellationToken ct = default)
    {
        actor.RequireStaff(ServiceMessages.StaffCuratesExhibitions);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var now = time.GetUtcNow();
        var rows = await db.Exhibitions.AsNoTracking()
            .Select(e => new
            {
                e.Id, e.Slug, e.Title, e.Status, e.StartsAt, e.EndsAt, e.CreatedAt,
                Halls = e.Halls.Count,
                Booths = db.Booths.Count(b => b.ExhibitionId == e.Id && b.Status == BoothStatus.Accepted),
                Pending = db.Booths.Count(b => b.ExhibitionId == e.Id && b.Status == BoothStatus.Applied),
            })
            .ToListAsync(ct);
        // Drafts and published first, newest start first; archived at the end.
        return rows
            .OrderBy(r => r.Status == ExhibitionStatus.Archived)
            .ThenByDescending(r => r.StartsAt)
            .Select(r => new CuratedExhibitionRow(r.Id, r.Slug, r.Title, r.Status,
                now < r.StartsAt ? ExhibitionPhase.Upcoming : now < r.EndsAt ? ExhibitionPhase.Ongoing : ExhibitionPhase.Past,
                r.StartsAt, r.EndsAt, r.Halls, r.Booths, r.Pending))
            .ToList();
    }

    public async Task<CuratedExhibition> GetAsync(Actor actor, int exhibitionId, CancellationToken ct = default)
    {
        actor.RequireStaff(ServiceMessages.StaffCuratesExhibitions);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var e = await db.Exhibitions.AsNoTracking().Include(x => x.Halls)
            .FirstOrDefaultAsync(x => x.Id == exhibitionId, ct) ?? throw NotFound();
        var booths = await db.Booths.AsNoTracking().Where(b => b.ExhibitionId == exhibitionId)
            .Include(b => b.Group!.Regency).Include(b => b.Hall)
            .Include(b => b.Products.OrderBy(p => p.SortOrder)).ThenInclude(p => p.Product)
            .AsSplitQuery()
            .ToListAsync(ct);
        var halls = e.Halls.OrderBy(h => h.SortOrder).ThenBy(h => h.Id)
            .Select(h => new CuratedHall(h.Id, h.Slug, h.Name, h.SortOrder, booths.Count(b => b.HallId == h.Id)))
            .ToList();
        var curated = booths.Select(b => new CuratedBooth(b.Id, b.GroupId, b.Group!.Name, b.Group.Slug, b.Group.Regency!.Name, b.Tagline,
            b.Status, b.HallId, b.Hall?.Name, b.Number, b.AppliedAt, b.DecidedAt, b.DecisionReason, b.Version,
            b.Products.Select(p => new CuratedProduct(p.Product!.Name, p.Product.Price, p.ExhibitionPrice)).ToList())).ToList();
        return new CuratedExhibition(e.Id, e.Slug, e.Title, e.Theme, e.Description, e.BannerKey, e.StartsAt, e.EndsAt,
            e.RegistrationOpensAt, e.RegistrationClosesAt, e.Status, e.PhaseAt(time.GetUtcNow()), e.Version, halls, curated);
    }

    /// <summary>Creates a draft; buyers and members see nothing until it is published.</summary>
    public async Task<CuratedExhibition> CreateAsync(Actor actor, ExhibitionInput input, CancellationToken ct = default)
    {
        actor.RequireStaff(ServiceMessages.StaffCuratesExhibitions);
        Throw(ExhibitionRules.Check(input));
        var slug = ExhibitionRules.SlugFor(input);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await RequireFreeSlugAsync(db, slug, null, ct);
        var now = time.GetUtcNow();
        var exhibition = new Exhibition { Slug = slug, Title = input.Title!.Trim(), Status = ExhibitionStatus.Draft, CreatedAt = now };
        Apply(exhibition, input);
        // The audit entry needs the new id: two saves, one transaction, so both land or neither.
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            db.Exhibitions.Add(exhibition);
            await SaveAsync(db, slug, null, ct);
            AuditLog.Record(db, now, actor.UserId, "exhibition.create", Subject(exhibition.Id), exhibition.Title);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }

        return await GetAsync(actor, exhibition.Id, ct);
    }

    /// <summary>
    /// Saves the form over <paramref name="expectedVersion"/> (the version the page showed): if another staff member
    /// saved, published or archived since, nothing is written and <see cref="ConflictException"/> says so.
    /// The address (slug) may change only while the exhibition is a draft: once published, links to it have
    /// been shared and must keep working.
    /// </summary>
    public async Task<CuratedExhibition> UpdateAsync(Actor actor, int exhibitionId, ExhibitionInput input, Guid expectedVersion, CancellationToken ct = default)
    {
        actor.RequireStaff(ServiceMessages.StaffCuratesExhibitions);
        Throw(ExhibitionRules.Check(input));
        var slug = ExhibitionRules.SlugFor(input);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var exhibition = await db.Exhibitions.FirstOrDefaultAsync(x => x.Id == exhibitionId, ct) ?? throw NotFound();
        // Before the archive check: a colleague's archive since the page loaded is news about the page, not about the form.
        ExhibitionVersions.Claim(exhibition, expectedVersion);
        RequireNotArchived(exhibition);
        if (slug != exhibition.Slug)
        {
            if (exhibition.Status != ExhibitionStatus.Draft)
            {
                throw new ValidationException("slug", ServiceMessages.SlugFixedOncePublished);
            }

            await RequireFreeSlugAsync(db, slug, exhibition.Id, ct);
            exhibition.Slug = slug;
        }

        exhibition.Title = input.Title!.Trim();
        Apply(exhibition, input);
        AuditLog.Record(db, time.GetUtcNow(), actor.UserId, "exhibition.update", Subject(exhibition.Id));
        await SaveAsync(db, slug, exhibition.Id, ct);
        return await GetAsync(actor, exhibition.Id, ct);
    }

    /// <summary>
    /// Draft → Published: needs at least one hall and dates that still make sense (it must not have ended already).
    /// Refused with <see cref="ConflictException"/> when the exhibition changed since the page showed <paramref name="expectedVersion"/>:
    /// staff publish what they saw.
    /// </summary>
    public async Task PublishAsync(Actor actor, int exhibitionId, Guid expectedVersion, CancellationToken ct = default)
    {
        actor.RequireStaff(ServiceMessages.StaffCuratesExhibitions);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var exhibition = await db.Exhibitions.Include(x => x.Halls).FirstOrDefaultAsync(x => x.Id == exhibitionId, ct) ?? throw NotFound();
        ExhibitionVersions.Claim(exhibition, expectedVersion);
        if (exhibition.Status != ExhibitionStatus.Draft)
        {
            throw new ValidationException("status", exhibition.Status == ExhibitionStatus.Published
                ? ServiceMessages.ExhibitionAlreadyPublished
                : ServiceMessages.ArchivedNoPublish);
        }

        var errors = ExhibitionRules.Check(StoredAsInput(exhibition));
        var now = time.GetUtcNow();
        if (exhibition.Halls.Count == 0) errors["halls"] = ServiceMessages.HallRequiredToPublish;
        if (exhibition.EndsAt <= now) errors.TryAdd("endsAt", ServiceMessages.EndedNoPublish);
        Throw(errors);

        exhibition.Status = ExhibitionStatus.Published;
        AuditLog.Record(db, now, actor.UserId, "exhibition.publish", Subject(exhibition.Id));
        await ExhibitionVersions.SaveAsync(db, ServiceMessages.ExhibitionChanged, ct);
    }

    /// <summary>
    /// Published → Archived, for good. Before the exhibition has ended this needs
    /// <paramref name="confirmBeforeEnd"/> (staff confirmed closing it early). A draft is never archived:
    /// archives are public, and a draft was never meant for buyers. Like publishing, it needs the version the page showed.
    /// </summary>
    public async Task ArchiveAsync(Actor actor, int exhibitionId, Guid expectedVersion, bool confirmBeforeEnd = false, CancellationToken ct = default)
    {
        actor.RequireStaff(ServiceMessages.StaffCuratesExhibitions);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var exhibition = await db.Exhibitions.FirstOrDefaultAsync(x => x.Id == exhibitionId, ct) ?? throw NotFound();
        ExhibitionVersions.Claim(exhibition, expectedVersion);
        if (exhibition.Status != ExhibitionStatus.Published)
        {
            throw new ValidationException("status", exhibition.Status == ExhibitionStatus.Archived
                ? ServiceMessages.ExhibitionAlreadyArchived
                : ServiceMessages.DraftNoArchive);
        }

        var now = time.GetUtcNow();
        var early = now < exhibition.EndsAt;
        if (early && !confirmBeforeEnd)
        {
            throw new ValidationException("status", ServiceMessages.ArchiveEarlyNeedsConfirmation);
        }

        exhibition.Status = ExhibitionStatus.Archived;
        AuditLog.Record(db, now, actor.UserId, "exhibition.archive", Subject(exhibition.Id), early ? "before its end, confirmed" : null);
        await ExhibitionVersions.SaveAsync(db, ServiceMessages.ExhibitionChanged, ct);
    }

    private static void Apply(Exhibition exhibition, ExhibitionInput input)
    {
        exhibition.Theme = input.Theme?.Trim() ?? "";
        exhibition.Description = input.Description?.Trim() ?? "";
        exhibition.StartsAt = ExhibitionRules.FromWib(input.StartsAtWib!.Value);
        exhibition.EndsAt = ExhibitionRules.FromWib(input.EndsAtWib!.Value);
        exhibition.RegistrationOpensAt = input.RegistrationOpensAtWib is { } o ? ExhibitionRules.FromWib(o) : null;
        exhibition.RegistrationClosesAt = input.RegistrationClosesAtWib is { } c ? ExhibitionRules.FromWib(c) : null;
    }

    private static ExhibitionInput StoredAsInput(Exhibition e) => new()
    {
        Title = e.Title,
        Slug = e.Slug,
        StartsAtWib = ExhibitionRules.ToWibWallClock(e.StartsAt),
        EndsAtWib = ExhibitionRules.ToWibWallClock(e.EndsAt),
        RegistrationOpensAtWib = e.RegistrationOpensAt is { } o ? ExhibitionRules.ToWibWallClock(o) : null,
        RegistrationClosesAtWib = e.RegistrationClosesAt is { } c ? ExhibitionRules.ToWibWallClock(c) : null,
    };

    private static async Task RequireFreeSlugAsync(AppDbContext db, string slug, int? exceptId, CancellationToken ct)
    {
        if (await db.Exhibitions.AnyAsync(x => x.Slug == slug && x.Id != exceptId, ct)) throw SlugTaken(slug);
    }

    /// <summary>Saves; a slug taken (or a version changed) by a save racing this one still ends in the same clear message.</summary>
    private async Task SaveAsync(AppDbContext db, string slug, int? exceptId, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException(ServiceMessages.ExhibitionChanged);
        }
        catch (DbUpdateException)
        {
            if (await SlugTakenElsewhereAsync(slug, exceptId, ct)) throw SlugTaken(slug);
            throw;
        }
    }

    private async Task<bool> SlugTakenElsewhereAsync(string slug, int? exceptId, CancellationToken ct)
    {
        await using var fresh = await dbFactory.CreateDbContextAsync(ct);
        return await fresh.Exhibitions.AnyAsync(x => x.Slug == slug && x.Id != exceptId, ct);
    }

    private static ValidationException SlugTaken(string slug) => new("slug", ServiceMessages.ExhibitionSlugTaken(slug));

    private static void RequireNotArchived(Exhibition exhibition)
    {
        if (exhibition.Status == ExhibitionStatus.Archived)
        {
            throw new ValidationException("status", ServiceMessages.ExhibitionArchivedReadOnly);
        }
    }

    private static NotFoundException NotFound() => new(ServiceMessages.ExhibitionNotFound);

    private static string Subject(int exhibitionId) => $"Exhibition:{exhibitionId}";

    private static void Throw(Dictionary<string, string> errors)
    {
        if (errors.Count > 0) throw new ValidationException(errors);
    }
}
