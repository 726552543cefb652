using Microsoft.EntityFrameworkCore;
using UppkaCatalog.Core.Auditing;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Data;

namespace UppkaCatalog.Core.Exhibitions;

/// <summary>
/// Applications and booths. A booth row is never deleted: removing a booth marks it Rejected with the
/// reason and frees its hall and number, so inquiries and visit counts that point at it keep working,
/// and the group reads why. Only applications still waiting (Applied) can be accepted or rejected; a
/// withdrawn or rejected one is closed — staff who change their mind add the group's booth directly.
/// Each decision on an existing booth takes the <see cref="Booth.Version"/> the page showed: a group that withdrew
/// or edited meanwhile, or another staff member's decision, answers <see cref="ConflictException"/> (see
/// <see cref="ExhibitionVersions"/>).
/// </summary>
public sealed partial class ExhibitionCurationService
{
    /// <summary>Active groups with no application or booth in the exhibition: who staff may add directly.</summary>
    public async Task<IReadOnlyList<BoothCandidate>> ListBoothCandidatesAsync(Actor actor, int exhibitionId, CancellationToken ct = default)
    {
        actor.RequireStaff(ServiceMessages.StaffCuratesExhibitions);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Groups.AsNoTracking()
            .Where(g => g.IsActive && !db.Booths.Any(b => b.ExhibitionId == exhibitionId && b.GroupId == g.Id
                && (b.Status == BoothStatus.Applied || b.Status == BoothStatus.Accepted)))
            .OrderBy(g => g.Name)
            .Select(g => new BoothCandidate(g.Id, g.Name, g.Regency!.Name))
            .ToListAsync(ct);
    }

    /// <summary>Accepts a waiting application into a hall under a booth number unique in the exhibition.</summary>
    public async Task AcceptAsync(Actor actor, int boothId, int hallId, string? number, Guid expectedVersion, CancellationToken ct = default)
    {
        actor.RequireStaff(ServiceMessages.StaffCuratesExhibitions);
        var clean = ExhibitionRules.CheckBoothNumber(number);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var booth = await LoadBoothAsync(db, boothId, ct);
        RequireWaiting(booth);
        ExhibitionVersions.Claim(booth, expectedVersion);
        await RequireActiveGroupAsync(db, booth.GroupId, ct);
        await RequirePlaceAsync(db, booth.ExhibitionId, booth.Id, hallId, clean, ct);
        var now = time.GetUtcNow();
        booth.Status = BoothStatus.Accepted;
        booth.HallId = hallId;
        booth.Number = clean;
        booth.DecidedAt = now;
        booth.DecisionReason = null;
        AuditLog.Record(db, now, actor.UserId, "booth.accept", BoothSubject(booth.Id), $"Hall:{hallId} {clean}");
        await SavePlacementAsync(db, booth, clean, ct);
    }

    /// <summary>Rejects a waiting application; the reason is required and shown to the group's members.</summary>
    public async Task RejectAsync(Actor actor, int boothId, string? reason, Guid expectedVersion, CancellationToken ct = default)
    {
        actor.RequireStaff(ServiceMessages.StaffCuratesExhibitions);
        var why = ExhibitionRules.CheckReason(reason, ServiceMessages.BoothRejectionReasonMissing);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var booth = await LoadBoothAsync(db, boothId, ct);
        RequireWaiting(booth);
        ExhibitionVersions.Claim(booth, expectedVersion);
        var now = time.GetUtcNow();
        booth.Status = BoothStatus.Rejected;
        booth.DecidedAt = now;
        booth.DecisionReason = why;
        AuditLog.Record(db, now, actor.UserId, "booth.reject", BoothSubject(booth.Id), why);
        await ExhibitionVersions.SaveAsync(db, ServiceMessages.BoothChanged, ct);
    }

    /// <summary>
    /// Gives an active group a booth without an application. One booth per group per exhibition: a group
    /// with a waiting application is accepted from the list instead, one with a booth already has it.
    /// A group whose earlier application was rejected or withdrawn gets that row back, accepted; no version is asked
    /// (the page showed no booth to decide on), but the row's new version still makes a group's re-application racing
    /// this one end in a conflict rather than be overwritten.
    /// </summary>
    public async Task<int> AddBoothAsync(Actor actor, int exhibitionId, int groupId, int hallId, string? number, CancellationToken ct = default)
    {
        actor.RequireStaff(ServiceMessages.StaffCuratesExhibitions);
        var clean = ExhibitionRules.CheckBoothNumber(number);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var exhibition = await db.Exhibitions.FirstOrDefaultAsync(x => x.Id == exhibitionId, ct) ?? throw NotFound();
        RequireNotArchived(exhibition);
        await RequireActiveGroupAsync(db, groupId, ct);
        var booth = await db.Booths.FirstOrDefaultAsync(b => b.ExhibitionId == exhibitionId && b.GroupId == groupId, ct);
        if (booth is { Status: BoothStatus.Applied })
        {
            throw new ValidationException("groupId", ServiceMessages.GroupAlreadyApplied);
        }

        if (booth is { Status: BoothStatus.Accepted })
        {
            throw new ValidationException("groupId", ServiceMessages.GroupAlreadyHasBooth(booth.Number));
        }

        await RequirePlaceAsync(db, exhibitionId, booth?.Id, hallId, clean, ct);
        var now = time.GetUtcNow();
        booth ??= db.Booths.Add(new Booth { ExhibitionId = exhibitionId, GroupId = groupId, AppliedAt = now }).Entity;
        booth.Version = Guid.NewGuid();
        booth.Status = BoothStatus.Accepted;
        booth.HallId = hallId;
        booth.Number = clean;
        booth.DecidedAt = now;
        booth.DecisionReason = null;
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            await SavePlacementAsync(db, booth, clean, ct);
            AuditLog.Record(db, now, actor.UserId, "booth.add", BoothSubject(booth.Id), $"Group:{groupId} Hall:{hallId} {clean}");
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }

        return booth.Id;
    }

    /// <summary>Moves an accepted booth to another hall and/or number.</summary>
    public async Task MoveBoothAsync(Actor actor, int boothId, int hallId, string? number, Guid expectedVersion, CancellationToken ct = default)
    {
        actor.RequireStaff(ServiceMessages.StaffCuratesExhibitions);
        var clean = ExhibitionRules.CheckBoothNumber(number);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var booth = await LoadBoothAsync(db, boothId, ct);
        RequireAccepted(booth);
        ExhibitionVersions.Claim(booth, expectedVersion);
        if (booth.HallId == hallId && booth.Number == clean) return;
        await RequirePlaceAsync(db, booth.ExhibitionId, booth.Id, hallId, clean, ct);
        var from = $"Hall:{booth.HallId} {booth.Number}";
        booth.HallId = hallId;
        booth.Number = clean;
        AuditLog.Record(db, time.GetUtcNow(), actor.UserId, "booth.move", BoothSubject(booth.Id), $"{from} → Hall:{hallId} {clean}");
        await SavePlacementAsync(db, booth, clean, ct);
    }

    /// <summary>Takes an accepted booth out of the exhibition, with a reason the group reads (see the class note).</summary>
    public async Task RemoveBoothAsync(Actor actor, int boothId, string? reason, Guid expectedVersion, CancellationToken ct = default)
    {
        actor.RequireStaff(ServiceMessages.StaffCuratesExhibitions);
        var why = ExhibitionRules.CheckReason(reason, ServiceMessages.BoothRemovalReasonMissing);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var booth = await LoadBoothAsync(db, boothId, ct);
        RequireAccepted(booth);
        ExhibitionVersions.Claim(booth, expectedVersion);
        var now = time.GetUtcNow();
        var was = $"Hall:{booth.HallId} {booth.Number}";
        booth.Status = BoothStatus.Rejected;
        booth.HallId = null;
        booth.Number = null;
        booth.DecidedAt = now;
        booth.DecisionReason = why;
        AuditLog.Record(db, now, actor.UserId, "booth.remove", BoothSubject(booth.Id), $"{was}: {why}");
        await ExhibitionVersions.SaveAsync(db, ServiceMessages.BoothChanged, ct);
    }

    /// <summary>
    /// The booth to decide on, in an exhibition not archived. Callers check its status before its version, so a
    /// booth withdrawn or decided since the page loaded is refused with the message that says what happened.
    /// </summary>
    private static async Task<Booth> LoadBoothAsync(AppDbContext db, int boothId, CancellationToken ct)
    {
        var booth = await db.Booths.Include(b => b.Exhibition).FirstOrDefaultAsync(b => b.Id == boothId, ct)
            ?? throw new NotFoundException(ServiceMessages.BoothOrApplicationNotFound);
        RequireNotArchived(booth.Exhibition!);
        return booth;
    }

    private static void RequireWaiting(Booth booth)
    {
        if (booth.Status == BoothStatus.Applied) return;
        throw new ConflictException(booth.Status switch
        {
            BoothStatus.Accepted => ServiceMessages.ApplicationAlreadyAccepted,
            BoothStatus.Withdrawn => ServiceMessages.ApplicationWithdrawn,
            _ => ServiceMessages.ApplicationAlreadyRejected,
        });
    }

    private static void RequireAccepted(Booth booth)
    {
        if (booth.Status != BoothStatus.Accepted) throw new ConflictException(ServiceMessages.NotAnAcceptedBooth);
    }

    private static async Task RequireActiveGroupAsync(AppDbContext db, int groupId, CancellationToken ct)
    {
        var active = await db.Groups.Where(g => g.Id == groupId).Select(g => (bool?)g.IsActive).FirstOrDefaultAsync(ct);
        if (active is null) throw new ValidationException("groupId", ServiceMessages.GroupNotFound);
        if (active is false) throw new ValidationException("groupId", ServiceMessages.GroupInactive);
    }

    /// <summary>The hall belongs to the exhibition and no other booth there uses the number.</summary>
    private static async Task RequirePlaceAsync(AppDbContext db, int exhibitionId, int? boothId, int hallId, string number, CancellationToken ct)
    {
        if (!await db.Halls.AnyAsync(h => h.Id == hallId && h.ExhibitionId == exhibitionId, ct))
        {
            throw new ValidationException("hallId", ServiceMessages.HallNotOfExhibition);
        }

        var holder = await db.Booths.Where(b => b.ExhibitionId == exhibitionId && b.Number == number && b.Id != boothId)
            .Select(b => b.Group!.Name).FirstOrDefaultAsync(ct);
        if (holder is not null) throw NumberTaken(number, holder);
    }

    /// <summary>Saves a placement; a number taken by a decision racing this one ends in the same clear message.</summary>
    private async Task SavePlacementAsync(AppDbContext db, Booth booth, string number, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException(ServiceMessages.BoothChanged);
        }
        catch (DbUpdateException)
        {
            await using var fresh = await dbFactory.CreateDbContextAsync(ct);
            var holder = await fresh.Booths.Where(b => b.ExhibitionId == booth.ExhibitionId && b.Number == number && b.Id != booth.Id)
                .Select(b => b.Group!.Name).FirstOrDefaultAsync(ct);
            if (holder is not null) throw NumberTaken(number, holder);
            throw;
        }
    }

    private static ValidationException NumberTaken(string number, string holder) => new("number", ServiceMessages.BoothNumberTaken(number, holder));

    private static string BoothSubject(int boothId) => $"Booth:{boothId}";
}
