using Microsoft.EntityFrameworkCore;
using UppkaCatalog.Core.Auditing;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Data;
using UppkaCatalog.Core.Resources;

namespace UppkaCatalog.Core.Programmes;

/// <summary>What a withdrawal of consent erased, for the staff member's confirmation.</summary>
public sealed record ConsentErasure(int Applications, int Names, int Declarations, int FollowUps);

/// <summary>
/// A group's withdrawal of consent for its programme data, recorded by staff: the personal data of its applications and
/// deliveries — attendees' names, zakat eligibility declarations, the sales and income told at follow-ups — is deleted.
/// What the partnership delivered (programmes, statuses, equipment, amounts, how many attended) stays, so the reports stay
/// true; a deleted name is kept as <see cref="ErasedName"/> so the seat still counts without saying whose it was.
/// </summary>
public sealed class ProgrammePrivacyService(IDbContextFactory<AppDbContext> dbFactory, TimeProvider time)
{
    /// <summary>What stands where a deleted attendee's name was.</summary>
    public const string ErasedName = "—";

    public static bool IsErased(string name) => name == ErasedName;

    public async Task<ConsentErasure> WithdrawConsentAsync(Actor actor, int groupId, CancellationToken ct = default)
    {
        actor.RequireStaff(ProgrammeMessages.StaffOnlyConsent);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (!await db.Groups.AnyAsync(g => g.Id == groupId, ct)) throw new NotFoundException(ProgrammeMessages.GroupNotFound);

        var applications = await db.ProgrammeApplications.Where(a => a.GroupId == groupId).ToListAsync(ct);
        var ids = applications.Select(a => a.Id).ToList();
        var deliveries = await db.Deliveries.Where(d => ids.Contains(d.ApplicationId) && d.Kind == DeliveryKind.Attendance).ToListAsync(ct);
        var followUps = await db.FollowUps.Where(f => ids.Contains(f.ApplicationId) && (f.MonthlySales != null || f.MonthlyIncome != null)).ToListAsync(ct);

        var names = 0;
        List<string> Erase(List<string> list)
        {
            names += list.Count(n => !IsErased(n));
            return list.Select(_ => ErasedName).ToList();
        }

        var declarations = applications.Count(a => a.ZakatDeclaredAt is not null);
        var now = time.GetUtcNow();
        foreach (var a in applications)
        {
            a.Attendees = Erase(a.Attendees);
            a.ZakatDeclaredAt = null;
            a.UpdatedAt = now;
        }

        foreach (var d in deliveries) d.Attendees = Erase(d.Attendees);
        foreach (var f in followUps) (f.MonthlySales, f.MonthlyIncome) = (null, null);

        var erasure = new ConsentErasure(applications.Count, names, declarations, followUps.Count);
        AuditLog.Record(db, now, actor.UserId, "group.consent-withdrawn", $"Group:{groupId}");
        await db.SaveChangesAsync(ct);
        return erasure;
    }
}
