using Microsoft.EntityFrameworkCore;
using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Data;
using UppkaCatalog.Core.Inquiries;
using UppkaCatalog.Core.Resources;

namespace UppkaCatalog.Core.Programmes;

/// <summary>One month of a group's catalogue activity (WIB months): products first published in it, inquiries received.</summary>
public sealed record ActivityMonth(int Year, int Month, int ProductsPublished, int Inquiries);

/// <summary>One programme on the record: the application, what was delivered, and the 90-day follow-up (null unless accepted).</summary>
public sealed record RecordProgramme(ApplicationView Application, IReadOnlyList<DeliveryView> Deliveries, FollowUpView? FollowUp);

/// <summary>
/// A group's development record: every programme it took part in, what it received, and its catalogue activity month by
/// month (the last 12), with the products published now.
/// </summary>
public sealed record DevelopmentRecord(int GroupId, string GroupName, string RegencyName, int PublishedProducts,
    IReadOnlyList<RecordProgramme> Programmes, IReadOnlyList<ActivityMonth> Activity);

/// <summary>
/// The development record for the group itself (a member: their own group only), staff (any group) and a partner officer
/// (only groups that applied to their programmes, and only those programmes: another partner's attendees and declarations are
/// not theirs to see). Anyone else: not found.
/// </summary>
public sealed class DevelopmentRecordService(IDbContextFactory<AppDbContext> dbFactory, TimeProvider time, ProgrammeApplicationService applications,
    DeliveryService deliveries, FollowUpService followUps)
{
    public const int Months = 12;

    public async Task<DevelopmentRecord> GetAsync(Actor actor, int groupId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var scope = db.ProgrammeApplications.Where(a => a.GroupId == groupId && a.Status != ApplicationStatus.Withdrawn);
        if (actor.PartnerId is { } partnerId && !actor.IsStaff) scope = scope.Where(a => a.Programme!.PartnerId == partnerId);
        var allowed = actor.IsStaff || actor.GroupId == groupId || (actor.PartnerId is not null && await scope.AnyAsync(ct));
        var group = allowed ? await db.Groups.AsNoTracking().Where(g => g.Id == groupId).Select(g => new { g.Name, Regency = g.Regency!.Name }).FirstOrDefaultAsync(ct) : null;
        if (group is null) throw new NotFoundException(ProgrammeMessages.RecordNotYours);

        var ids = await scope.OrderByDescending(a => a.AppliedAt).Select(a => a.Id).ToListAsync(ct);
        // The scope was checked above: these are exactly the applications the caller may see.
        var views = await applications.ForGroupAsync(groupId, ids, ct);
        var delivered = (await deliveries.OfApplicationsAsync(ids, ct)).ToLookup(d => d.ApplicationId);
        var followed = await followUps.OfApplicationsAsync(ids, ct);
        var programmes = views.Select(a => new RecordProgramme(a, delivered[a.Id].ToList(), followed.GetValueOrDefault(a.Id))).ToList();

        var now = time.GetUtcNow().ToWib();
        var firstMonth = new DateTimeOffset(now.Year, now.Month, 1, 0, 0, 0, Wib.Offset).AddMonths(-(Months - 1));
        var published = await db.Products.Where(p => p.GroupId == groupId && p.PublishedAt != null && p.PublishedAt >= firstMonth)
            .Select(p => p.PublishedAt!.Value).ToListAsync(ct);
        var inquiries = await db.Inquiries.Where(i => i.GroupId == groupId && i.CreatedAt >= firstMonth && i.Status != InquiryStatus.Spam)
            .Select(i => i.CreatedAt).ToListAsync(ct);
        var activity = Enumerable.Range(0, Months).Select(m => firstMonth.AddMonths(m)).Select(start => new ActivityMonth(start.Year, start.Month,
            published.Count(t => InMonth(t, start)), inquiries.Count(t => InMonth(t, start)))).ToList();
        var publishedNow = await db.Products.CountAsync(p => p.GroupId == groupId && p.Status == ProductStatus.Published, ct);
        return new DevelopmentRecord(groupId, group.Name, group.Regency, publishedNow, programmes, activity);
    }

    private static bool InMonth(DateTimeOffset moment, DateTimeOffset monthStart)
    {
        var wib = moment.ToWib();
        return wib.Year == monthStart.Year && wib.Month == monthStart.Month;
    }
}
