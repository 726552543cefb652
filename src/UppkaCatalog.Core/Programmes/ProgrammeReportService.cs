using Microsoft.EntityFrameworkCore;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Data;
using UppkaCatalog.Core.Inquiries;
using UppkaCatalog.Core.Partners;
using UppkaCatalog.Core.Resources;

namespace UppkaCatalog.Core.Programmes;

/// <summary>
/// What a set of applications produced. <see cref="GroupsReached"/>: distinct groups accepted or completed; <see cref="Seats"/>:
/// the attendees named in those applications; <see cref="EquipmentRupiah"/>/<see cref="CapitalRupiah"/>: the equipment and
/// capital deliveries recorded; <see cref="Completed"/> of <see cref="Decided"/> (accepted + completed + dropped) is the
/// completion rate. Activity before/after: products first published and inquiries (spam left out) of each reached application's
/// group in the <see cref="ProgrammeReportService.ActivityDays"/> days before its acceptance and in as many days from it.
/// </summary>
public sealed record ReportFigures(int GroupsReached, int Seats, long EquipmentRupiah, long CapitalRupiah, int Completed, int Decided,
    int PublishedBefore, int PublishedAfter, int InquiriesBefore, int InquiriesAfter)
{
    /// <summary>Completed / (accepted + completed + dropped); null when nothing was decided yet.</summary>
    public double? CompletionRate => Decided == 0 ? null : (double)Completed / Decided;
}

public sealed record PartnerReportRow(int PartnerId, string Name, PartnerKind Kind, ReportFigures Figures);

public sealed record ProgrammeReportRow(int ProgrammeId, string Slug, string Title, string PartnerName, ProgrammeKind Kind, ProgrammeStatus Status,
    ReportFigures Figures);

public sealed record RegencyReportRow(string Code, string Name, ReportFigures Figures);

/// <summary>The report at <see cref="At"/>: every partner, every programme past draft, every regency, and the province's total.</summary>
public sealed record ProgrammeReport(DateTimeOffset At, IReadOnlyList<PartnerReportRow> Partners, IReadOnlyList<ProgrammeReportRow> Programmes,
    IReadOnlyList<RegencyReportRow> Regencies, ReportFigures Total);

/// <summary>
/// What the partner programmes produced, for BKKBN staff only: per partner, per programme, per regency of the groups. Read-only.
/// </summary>
public sealed class ProgrammeReportService(IDbContextFactory<AppDbContext> dbFactory, TimeProvider time)
{
    /// <summary>The length of the before and the after windows of catalogue activity around an acceptance.</summary>
    public const int ActivityDays = 90;

    public async Task<ProgrammeReport> GetAsync(Actor actor, CancellationToken ct = default)
    {
        actor.RequireStaff(ProgrammeMessages.StaffOnlyReports);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var decided = await db.ProgrammeApplications.AsNoTracking()
            .Where(a => a.Status == ApplicationStatus.Accepted || a.Status == ApplicationStatus.Completed || a.Status == ApplicationStatus.Dropped)
            .Select(a => new
            {
                a.Id, a.ProgrammeId, a.Programme!.PartnerId, a.GroupId, RegencyCode = a.Group!.Regency!.Code, a.Status, a.Attendees, a.AppliedAt, a.DecidedAt, a.AcceptedAt,
            }).ToListAsync(ct);
        var ids = decided.Select(a => a.Id).ToList();
        var delivered = (await db.Deliveries.AsNoTracking().Where(d => ids.Contains(d.ApplicationId)
                && (d.Kind == DeliveryKind.Equipment || d.Kind == DeliveryKind.Capital))
            .GroupBy(d => new { d.ApplicationId, d.Kind }).Select(x => new { x.Key.ApplicationId, x.Key.Kind, Rupiah = x.Sum(d => d.Rupiah) }).ToListAsync(ct))
            .ToLookup(x => x.ApplicationId);

        // Activity only of the groups reached, each around its own acceptance.
        var reached = decided.Where(a => a.Status is ApplicationStatus.Accepted or ApplicationStatus.Completed).ToList();
        var groupIds = reached.Select(a => a.GroupId).Distinct().ToList();
        var published = (await db.Products.AsNoTracking().Where(p => groupIds.Contains(p.GroupId) && p.PublishedAt != null)
            .Select(p => new { p.GroupId, At = p.PublishedAt!.Value }).ToListAsync(ct)).ToLookup(p => p.GroupId, p => p.At);
        var inquiries = (await db.Inquiries.AsNoTracking().Where(i => groupIds.Contains(i.GroupId) && i.Status != InquiryStatus.Spam)
            .Select(i => new { i.GroupId, At = i.CreatedAt }).ToListAsync(ct)).ToLookup(i => i.GroupId, i => i.At);
        var window = TimeSpan.FromDays(ActivityDays);

        var facts = decided.Select(a =>
        {
            var isReached = a.Status is ApplicationStatus.Accepted or ApplicationStatus.Completed;
            // Acceptance: kept by the decision; a row accepted before it was kept counts from its last decision.
            var from = a.AcceptedAt ?? a.DecidedAt ?? a.AppliedAt;
            int Before(IEnumerable<DateTimeOffset> times) => isReached ? times.Count(t => t >= from - window && t < from) : 0;
            int After(IEnumerable<DateTimeOffset> times) => isReached ? times.Count(t => t >= from && t < from + window) : 0;
            return new Fact(a.ProgrammeId, a.PartnerId, a.RegencyCode, a.GroupId, isReached, isReached ? a.Attendees.Count : 0,
                delivered[a.Id].Where(d => d.Kind == DeliveryKind.Equipment).Sum(d => d.Rupiah),
                delivered[a.Id].Where(d => d.Kind == DeliveryKind.Capital).Sum(d => d.Rupiah),
                a.Status == ApplicationStatus.Completed,
                Before(published[a.GroupId]), After(published[a.GroupId]), Before(inquiries[a.GroupId]), After(inquiries[a.GroupId]));
        }).ToList();

        var partners = await db.Partners.AsNoTracking().Select(p => new { p.Id, p.Name, p.Kind }).ToListAsync(ct);
        var programmes = await db.Programmes.AsNoTracking().Where(p => p.Status != ProgrammeStatus.Draft)
            .Select(p => new { p.Id, p.Slug, p.Title, Partner = p.Partner!.Name, p.Kind, p.Status, p.ApplicationOpensAt }).ToListAsync(ct);
        var regencies = await db.Regencies.AsNoTracking().OrderBy(r => r.Code).Select(r => new { r.Code, r.Name }).ToListAsync(ct);
        return new ProgrammeReport(time.GetUtcNow(),
            partners.OrderBy(p => p.Name, StringComparer.CurrentCultureIgnoreCase)
                .Select(p => new PartnerReportRow(p.Id, p.Name, p.Kind, Sum(facts.Where(f => f.PartnerId == p.Id)))).ToList(),
            programmes.OrderBy(p => p.Partner, StringComparer.CurrentCultureIgnoreCase).ThenByDescending(p => p.ApplicationOpensAt).ThenBy(p => p.Id)
                .Select(p => new ProgrammeReportRow(p.Id, p.Slug, p.Title, p.Partner, p.Kind, p.Status, Sum(facts.Where(f => f.ProgrammeId == p.Id)))).ToList(),
            regencies.Select(r => new RegencyReportRow(r.Code, r.Name, Sum(facts.Where(f => f.RegencyCode == r.Code)))).ToList(),
            Sum(facts));
    }

    /// <summary>When each application was (first) accepted, from the audit trail the decision was written with.</summary>
    private static ReportFigures Sum(IEnumerable<Fact> facts)
    {
        var all = facts.ToList();
        return new ReportFigures(all.Where(f => f.Reached).Select(f => f.GroupId).Distinct().Count(), all.Sum(f => f.Seats), all.Sum(f => f.Equipment),
            all.Sum(f => f.Capital), all.Count(f => f.Completed), all.Count, all.Sum(f => f.PublishedBefore), all.Sum(f => f.PublishedAfter),
            all.Sum(f => f.InquiriesBefore), all.Sum(f => f.InquiriesAfter));
    }

    // One decided application's share of the figures.
    private sealed record Fact(int ProgrammeId, int PartnerId, string RegencyCode, int GroupId, bool Reached, int Seats, long Equipment, long Capital,
        bool Completed, int PublishedBefore, int PublishedAfter, int InquiriesBefore, int InquiriesAfter);
}
