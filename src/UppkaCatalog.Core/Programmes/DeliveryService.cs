using Microsoft.EntityFrameworkCore;
using UppkaCatalog.Core.Auditing;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Data;
using UppkaCatalog.Core.Media;
using UppkaCatalog.Core.Resources;

namespace UppkaCatalog.Core.Programmes;

/// <summary>
/// What a partner delivered to an accepted group: attendance per session, equipment (with a hand-over photo through the
/// same hostile-upload pipeline as product photos), capital or a referral, a certificate. Recorded by the programme's
/// partner officers and staff only (another partner's application is not found), audited with the record.
/// </summary>
public sealed class DeliveryService(IDbContextFactory<AppDbContext> dbFactory, TimeProvider time, ImagePipeline pipeline, PhotoStorage photos)
{
    public const int MaxTextLength = 300;
    public const long MaxRupiah = 10_000_000_000;

    /// <summary>Records one delivery; <paramref name="photo"/> (equipment only, optional) is processed as a hostile upload.</summary>
    public async Task<DeliveryView> RecordAsync(Actor actor, int applicationId, DeliveryInput input, Stream? photo = null, CancellationToken ct = default)
    {
        actor.RequireStaffOrPartner(ProgrammeMessages.StaffOrPartnerOnly);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var application = await db.ProgrammeApplications.Include(a => a.Programme).ThenInclude(p => p!.Sessions)
            .FirstOrDefaultAsync(a => a.Id == applicationId && (actor.IsStaff || a.Programme!.PartnerId == actor.PartnerId), ct)
            ?? throw new NotFoundException(ProgrammeMessages.ApplicationNotFound);
        if (application.Status is not (ApplicationStatus.Accepted or ApplicationStatus.Completed))
        {
            throw new ValidationException("application", ProgrammeMessages.DeliveryNotAccepted(ProgrammeMessages.Status(application.Status)));
        }

        var now = time.GetUtcNow();
        var errors = Check(input, application.Programme!, Wib.DayOf(now));
        if (errors.Count > 0) throw new ValidationException(errors);

        var delivery = new Delivery
        {
            ApplicationId = applicationId, Kind = input.Kind!.Value, Date = input.Date!.Value, RecordedById = actor.UserId, RecordedAt = now,
            Item = input.Item?.Trim() ?? "", Detail = input.Detail?.Trim() ?? "",
        };
        switch (delivery.Kind)
        {
            case DeliveryKind.Attendance:
                delivery.SessionId = input.SessionId;
                delivery.Attendees = input.Attendees.Select(a => a.Trim()).Where(a => a.Length > 0).Distinct().ToList();
                break;
            case DeliveryKind.Equipment:
                delivery.Quantity = input.Quantity!.Value;
                delivery.Rupiah = input.Rupiah ?? 0;
                break;
            case DeliveryKind.Capital:
                delivery.Rupiah = input.Rupiah ?? 0;
                break;
        }

        List<PhotoVariant> stored = [];
        if (photo is not null && delivery.Kind == DeliveryKind.Equipment)
        {
            ProcessedImage image;
            try
            {
                image = await pipeline.ProcessAsync(photo, ct);
            }
            catch (ImageRejectedException e)
            {
                throw new ValidationException("photo", e.Message);
            }

            (_, stored) = await photos.SaveAsync(image, "handover", ct);
            delivery.Photo = stored;
        }

        try
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            db.Deliveries.Add(delivery);
            await db.SaveChangesAsync(ct);
            AuditLog.Record(db, now, actor.UserId, "delivery." + delivery.Kind.ToString().ToLowerInvariant(), $"Application:{applicationId}", $"Delivery:{delivery.Id}");
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        catch
        {
            // The files were written first; without their row they would be orphans.
            await photos.DeleteAsync(stored, CancellationToken.None);
            throw;
        }

        return View(delivery);
    }

    /// <summary>The deliveries of one application, for the programme's partner and staff.</summary>
    public async Task<IReadOnlyList<DeliveryView>> ForApplicationAsync(Actor actor, int applicationId, CancellationToken ct = default)
    {
        actor.RequireStaffOrPartner(ProgrammeMessages.StaffOrPartnerOnly);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (!await db.ProgrammeApplications.AnyAsync(a => a.Id == applicationId && (actor.IsStaff || a.Programme!.PartnerId == actor.PartnerId), ct))
        {
            throw new NotFoundException(ProgrammeMessages.ApplicationNotFound);
        }

        return (await OfApplicationsAsync([applicationId], ct)).ToList();
    }

    /// <summary>The sessions of the application's programme, by start, for an attendance record (their ids are what it names).</summary>
    public async Task<IReadOnlyList<DeliverySession>> SessionsAsync(Actor actor, int applicationId, CancellationToken ct = default)
    {
        actor.RequireStaffOrPartner(ProgrammeMessages.StaffOrPartnerOnly);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var programmeId = await db.ProgrammeApplications.Where(a => a.Id == applicationId && (actor.IsStaff || a.Programme!.PartnerId == actor.PartnerId))
            .Select(a => (int?)a.ProgrammeId).FirstOrDefaultAsync(ct) ?? throw new NotFoundException(ProgrammeMessages.ApplicationNotFound);
        return await db.ProgrammeSessions.AsNoTracking().Where(s => s.ProgrammeId == programmeId).OrderBy(s => s.StartsAt).ThenBy(s => s.Id)
            .Select(s => new DeliverySession(s.Id, s.StartsAt, s.EndsAt, s.Place)).ToListAsync(ct);
    }

    /// <summary>The deliveries of these applications, by date (for a development record whose scope the caller checked).</summary>
    internal async Task<IReadOnlyList<DeliveryView>> OfApplicationsAsync(IReadOnlyCollection<int> applicationIds, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return (await db.Deliveries.AsNoTracking().Where(d => applicationIds.Contains(d.ApplicationId)).OrderBy(d => d.Date).ThenBy(d => d.Id).ToListAsync(ct))
            .Select(View).ToList();
    }

    public static DeliveryView View(Delivery d) => new(d.Id, d.ApplicationId, d.Kind, d.Date, d.SessionId, d.Attendees, d.Item, d.Quantity, d.Rupiah,
        d.Detail, d.Photo.OrderByDescending(v => v.Width).FirstOrDefault(v => v.Format == "jpg" || v.Format == "jpeg") ?? d.Photo.FirstOrDefault(), d.RecordedAt)
    {
        Thumbnail = d.Photo.OrderBy(v => v.Width).FirstOrDefault(v => v.Format == "jpg" || v.Format == "jpeg") ?? d.Photo.FirstOrDefault(),
    };

    private static Dictionary<string, string> Check(DeliveryInput input, Programme programme, DateOnly today)
    {
        var e = new Dictionary<string, string>();
        if (input.Kind is null || !Enum.IsDefined(input.Kind.Value)) e["kind"] = ProgrammeMessages.DeliveryKindMissing;
        if (input.Date is null) e["date"] = ProgrammeMessages.DeliveryDateMissing;
        else if (input.Date > today) e["date"] = ProgrammeMessages.DeliveryDateFuture;
        if (input.Item?.Trim().Length > MaxTextLength) e["item"] = ProgrammeMessages.DeliveryTextTooLong(MaxTextLength);
        if (input.Detail?.Trim().Length > MaxTextLength) e["detail"] = ProgrammeMessages.DeliveryTextTooLong(MaxTextLength);
        if (input.Rupiah is < 0 or > MaxRupiah) e["rupiah"] = ProgrammeMessages.RupiahInvalid;
        switch (input.Kind)
        {
            case DeliveryKind.Attendance:
                if (!input.Attendees.Any(a => !string.IsNullOrWhiteSpace(a))) e["attendees"] = ProgrammeMessages.AttendanceNobody;
                else if (input.Attendees.Any(a => a.Trim().Length > ProgrammeApplicationService.MaxAttendeeNameLength))
                {
                    e["attendees"] = ProgrammeMessages.AttendeeNameTooLong(ProgrammeApplicationService.MaxAttendeeNameLength);
                }

                if (input.SessionId is { } session && programme.Sessions.All(s => s.Id != session)) e["sessionId"] = ProgrammeMessages.AttendanceSessionUnknown;
                break;
            case DeliveryKind.Equipment:
                if (string.IsNullOrWhiteSpace(input.Item)) e.TryAdd("item", ProgrammeMessages.ItemMissing);
                if (input.Quantity is not (>= 1 and <= 10_000)) e["quantity"] = ProgrammeMessages.QuantityInvalid;
                break;
            case DeliveryKind.Capital:
                if (string.IsNullOrWhiteSpace(input.Item)) e.TryAdd("item", ProgrammeMessages.InstitutionMissing);
                if (input.Rupiah is null) e.TryAdd("rupiah", ProgrammeMessages.RupiahInvalid);
                break;
            case DeliveryKind.Certificate:
                if (string.IsNullOrWhiteSpace(input.Item)) e.TryAdd("item", ProgrammeMessages.CertificateKindMissing);
                if (string.IsNullOrWhiteSpace(input.Detail)) e.TryAdd("detail", ProgrammeMessages.CertificateNumberMissing);
                break;
        }

        return e;
    }
}
