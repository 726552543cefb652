using Microsoft.EntityFrameworkCore;
using UppkaCatalog.Core.Auditing;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Data;

namespace UppkaCatalog.Core.Exhibitions;

/// <summary>Halls: add, rename, reorder, remove (never one that still holds booths).</summary>
public sealed partial class ExhibitionCurationService
{
    public async Task<CuratedHall> AddHallAsync(Actor actor, int exhibitionId, string? name, CancellationToken ct = default)
    {
        actor.RequireStaff(ServiceMessages.StaffCuratesExhibitions);
        var clean = ExhibitionRules.CheckHallName(name);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var exhibition = await db.Exhibitions.Include(x => x.Halls).FirstOrDefaultAsync(x => x.Id == exhibitionId, ct) ?? throw NotFound();
        RequireNotArchived(exhibition);
        RequireUniqueHallName(exhibition, clean, null);
        var hall = new Hall
        {
            Name = clean,
            Slug = UniqueHallSlug(exhibition, clean, null),
            SortOrder = exhibition.Halls.Count == 0 ? 0 : exhibition.Halls.Max(h => h.SortOrder) + 1,
        };
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            exhibition.Halls.Add(hall);
            await db.SaveChangesAsync(ct);
            AuditLog.Record(db, time.GetUtcNow(), actor.UserId, "exhibition.hall-add", Subject(exhibitionId), $"Hall:{hall.Id} {clean}");
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }

        return new CuratedHall(hall.Id, hall.Slug, hall.Name, hall.SortOrder, 0);
    }

    /// <summary>
    /// Renames a hall. Its address part (slug, used in the hall filter) follows the name only while the
    /// exhibition is a draft, so links shared after publishing keep working.
    /// </summary>
    public async Task RenameHallAsync(Actor actor, int hallId, string? name, CancellationToken ct = default)
    {
        actor.RequireStaff(ServiceMessages.StaffCuratesExhibitions);
        var clean = ExhibitionRules.CheckHallName(name);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var (exhibition, hall) = await LoadHallAsync(db, hallId, ct);
        RequireUniqueHallName(exhibition, clean, hall.Id);
        var old = hall.Name;
        hall.Name = clean;
        if (exhibition.Status == ExhibitionStatus.Draft) hall.Slug = UniqueHallSlug(exhibition, clean, hall.Id);
        AuditLog.Record(db, time.GetUtcNow(), actor.UserId, "exhibition.hall-rename", Subject(exhibition.Id), $"Hall:{hall.Id} {old} → {clean}");
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Puts the exhibition's halls in the given order; the list must name each hall exactly once.</summary>
    public async Task ReorderHallsAsync(Actor actor, int exhibitionId, IReadOnlyList<int> hallIdsInOrder, CancellationToken ct = default)
    {
        actor.RequireStaff(ServiceMessages.StaffCuratesExhibitions);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var exhibition = await db.Exhibitions.Include(x => x.Halls).FirstOrDefaultAsync(x => x.Id == exhibitionId, ct) ?? throw NotFound();
        RequireNotArchived(exhibition);
        if (hallIdsInOrder.Count != exhibition.Halls.Count || !hallIdsInOrder.Order().SequenceEqual(exhibition.Halls.Select(h => h.Id).Order()))
        {
            throw new ConflictException(ServiceMessages.HallsChanged);
        }

        for (var i = 0; i < hallIdsInOrder.Count; i++) exhibition.Halls.Single(h => h.Id == hallIdsInOrder[i]).SortOrder = i;
        AuditLog.Record(db, time.GetUtcNow(), actor.UserId, "exhibition.hall-reorder", Subject(exhibitionId), string.Join(",", hallIdsInOrder));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Moves one hall a place up (-1) or down (+1): what the editor's arrow buttons call.</summary>
    public async Task MoveHallAsync(Actor actor, int hallId, int direction, CancellationToken ct = default)
    {
        actor.RequireStaff(ServiceMessages.StaffCuratesExhibitions);
        int exhibitionId;
        List<int> order;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            var hall = await db.Halls.AsNoTracking().FirstOrDefaultAsync(h => h.Id == hallId, ct) ?? throw HallNotFound();
            exhibitionId = hall.ExhibitionId;
            order = await db.Halls.AsNoTracking().Where(h => h.ExhibitionId == exhibitionId)
                .OrderBy(h => h.SortOrder).ThenBy(h => h.Id).Select(h => h.Id).ToListAsync(ct);
        }

        var at = order.IndexOf(hallId);
        var to = at + Math.Sign(direction);
        if (to < 0 || to >= order.Count) return;
        (order[at], order[to]) = (order[to], order[at]);
        await ReorderHallsAsync(actor, exhibitionId, order, ct);
    }

    /// <summary>Removes an empty hall. A hall with booths is refused: staff move or remove its booths first.</summary>
    public async Task RemoveHallAsync(Actor actor, int hallId, CancellationToken ct = default)
    {
        actor.RequireStaff(ServiceMessages.StaffCuratesExhibitions);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var (exhibition, hall) = await LoadHallAsync(db, hallId, ct);
        var booths = await db.Booths.CountAsync(b => b.HallId == hallId, ct);
        if (booths > 0)
        {
            throw new ValidationException("hall", ServiceMessages.HallNotEmpty(hall.Name, booths));
        }

        exhibition.Halls.Remove(hall);
        db.Halls.Remove(hall);
        AuditLog.Record(db, time.GetUtcNow(), actor.UserId, "exhibition.hall-remove", Subject(exhibition.Id), $"Hall:{hall.Id} {hall.Name}");
        await db.SaveChangesAsync(ct);
    }

    private static async Task<(Exhibition Exhibition, Hall Hall)> LoadHallAsync(AppDbContext db, int hallId, CancellationToken ct)
    {
        var exhibitionId = await db.Halls.Where(h => h.Id == hallId).Select(h => (int?)h.ExhibitionId).FirstOrDefaultAsync(ct) ?? throw HallNotFound();
        var exhibition = await db.Exhibitions.Include(x => x.Halls).FirstAsync(x => x.Id == exhibitionId, ct);
        RequireNotArchived(exhibition);
        return (exhibition, exhibition.Halls.Single(h => h.Id == hallId));
    }

    private static void RequireUniqueHallName(Exhibition exhibition, string name, int? exceptId)
    {
        if (exhibition.Halls.Any(h => h.Id != exceptId && string.Equals(h.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            throw new ValidationException("hallName", ServiceMessages.HallNameTaken(name));
        }
    }

    private static string UniqueHallSlug(Exhibition exhibition, string name, int? exceptId)
    {
        var baseSlug = Slug.From(name, 100);
        var taken = exhibition.Halls.Where(h => h.Id != exceptId).Select(h => h.Slug).ToHashSet();
        var slug = baseSlug;
        for (var n = 2; taken.Contains(slug); n++) slug = $"{baseSlug}-{n}";
        return slug;
    }

    private static NotFoundException HallNotFound() => new(ServiceMessages.HallNotFound);
}
