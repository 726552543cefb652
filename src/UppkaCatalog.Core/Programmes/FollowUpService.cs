using Microsoft.EntityFrameworkCore;
using UppkaCatalog.Core.Auditing;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Data;
using UppkaCatalog.Core.Inquiries;
using UppkaCatalog.Core.Resources;

namespace UppkaCatalog.Core.Programmes;

/// <summary>
/// The 90-day follow-up of an accepted group. It opens 90 days (WIB days) after acceptance; the group itself, the programme's
/// partner officers or staff record it. The group's sales and income are asked; its catalogue activity — products first
/// published and inquiries received (spam not counted) in the 90 days before acceptance and the 90 days after — is computed
/// here when it is recorded, so the figures cannot be typed in wrong. Anyone else: the application is not found.
/// </summary>
public sealed class FollowUpService(IDbContextFactory<AppDbContext> dbFactory, TimeProvider time)
{
    public const int Days = 90;
    public const int MaxNoteLength = 500;
    public const long MaxRupiah = 10_000_000_000;

    public async Task<FollowUpView> RecordAsync(Actor actor, int applicationId, FollowUpInput input, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var application = await db.ProgrammeApplications.Include(a => a.Programme).FirstOrDefaultAsync(a => a.Id == applicationId, ct);
        if (application is null || !(actor.IsStaff || actor.IsMemberOf(application.GroupId) || actor.PartnerId == application.Programme!.PartnerId))
        {
            throw new NotFoundException(ProgrammeMessages.ApplicationNotFound);
        }

        if (application.Status is not (ApplicationStatus.Accepted or ApplicationStatus.Completed) || application.AcceptedAt is not { } acceptedAt)
        {
            throw new ValidationException("application", ProgrammeMessages.FollowUpNotAccepted(ProgrammeMessages.Status(application.Status)));
        }

        var now = time.GetUtcNow();
        var dueOn = DueOn(acceptedAt);
        if (Wib.DayOf(now) < dueOn) throw new ValidationException("application", ProgrammeMessages.FollowUpNotDue(dueOn.ToString("d MMMM yyyy", System.Globalization.CultureInfo.CurrentCulture)));

        var errors = new Dictionary<string, string>();
        if (input.MonthlySales is < 0 or > MaxRupiah) errors["monthlySales"] = ProgrammeMessages.RupiahInvalid;
        if (input.MonthlyIncome is < 0 or > MaxRupiah) errors["monthlyIncome"] = ProgrammeMessages.RupiahInvalid;
        if (input.MonthlySales is null && input.MonthlyIncome is null && string.IsNullOrWhiteSpace(input.Note))
        {
            errors["monthlySales"] = ProgrammeMessages.FollowUpEmpty;
        }

        var note = input.Note?.Trim() ?? "";
        if (note.Length > MaxNoteLength) errors["note"] = ProgrammeMessages.DeliveryTextTooLong(MaxNoteLength);
        if (errors.Count > 0) throw new ValidationException(errors);

        var activity = await ActivityAroundAsync(db, application.GroupId, acceptedAt, ct);
        var followUp = await db.FollowUps.FirstOrDefaultAsync(f => f.ApplicationId == applicationId, ct) ?? db.FollowUps.Add(new FollowUp { ApplicationId = applicationId }).Entity;
        followUp.MonthlySales = input.MonthlySales;
        followUp.MonthlyIncome = input.MonthlyIncome;
        followUp.Note = note;
        (followUp.ProductsBefore, followUp.ProductsAfter, followUp.InquiriesBefore, followUp.InquiriesAfter) = activity;
        followUp.RecordedById = actor.UserId;
        followUp.RecordedAt = now;
        AuditLog.Record(db, now, actor.UserId, "application.follow-up", $"Application:{applicationId}");
        await db.SaveChangesAsync(ct);
        return View(application.Id, acceptedAt, now, followUp);
    }

    /// <summary>The WIB day a follow-up opens: 90 days after the day of acceptance.</summary>
    public static DateOnly DueOn(DateTimeOffset acceptedAt) => Wib.DayOf(acceptedAt).AddDays(Days);

    /// <summary>The follow-ups of these applications (accepted or completed ones only), for a record whose scope the caller checked.</summary>
    internal async Task<IReadOnlyDictionary<int, FollowUpView>> OfApplicationsAsync(IReadOnlyCollection<int> applicationIds, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var accepted = await db.ProgrammeApplications.AsNoTracking()
            .Where(a => applicationIds.Contains(a.Id) && a.AcceptedAt != null && (a.Status == ApplicationStatus.Accepted || a.Status == ApplicationStatus.Completed))
            .Select(a => new { a.Id, a.AcceptedAt }).ToListAsync(ct);
        var ids = accepted.Select(a => a.Id).ToList();
        var recorded = await db.FollowUps.AsNoTracking().Where(f => ids.Contains(f.ApplicationId)).ToDictionaryAsync(f => f.ApplicationId, ct);
        var now = time.GetUtcNow();
        return accepted.ToDictionary(a => a.Id, a => View(a.Id, a.AcceptedAt!.Value, now, recorded.GetValueOrDefault(a.Id)));
    }

    private static FollowUpView View(int applicationId, DateTimeOffset acceptedAt, DateTimeOffset now, FollowUp? f)
    {
        var due = DueOn(acceptedAt);
        return new FollowUpView(applicationId, due, Wib.DayOf(now) >= due, f is null ? null
            : new FollowUpFigures(f.MonthlySales, f.MonthlyIncome, f.Note, f.ProductsBefore, f.ProductsAfter, f.InquiriesBefore, f.InquiriesAfter, f.RecordedAt));
    }

    /// <summary>Products first published and inquiries received (not spam) in the 90 days before acceptance and the 90 days from it.</summary>
    internal static async Task<(int ProductsBefore, int ProductsAfter, int InquiriesBefore, int InquiriesAfter)> ActivityAroundAsync(
        AppDbContext db, int groupId, DateTimeOffset acceptedAt, CancellationToken ct)
    {
        var from = acceptedAt.AddDays(-Days);
        var to = acceptedAt.AddDays(Days);
        var published = await db.Products.Where(p => p.GroupId == groupId && p.PublishedAt != null && p.PublishedAt >= from && p.PublishedAt < to)
            .Select(p => p.PublishedAt!.Value).ToListAsync(ct);
        var inquiries = await db.Inquiries.Where(i => i.GroupId == groupId && i.Status != InquiryStatus.Spam && i.CreatedAt >= from && i.CreatedAt < to)
            .Select(i => i.CreatedAt).ToListAsync(ct);
        return (published.Count(t => t < acceptedAt), published.Count(t => t >= acceptedAt), inquiries.Count(t => t < acceptedAt), inquiries.Count(t => t >= acceptedAt));
    }
}
