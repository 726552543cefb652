using Microsoft.EntityFrameworkCore;
using UppkaCatalog.Core.Auditing;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Data;
using UppkaCatalog.Core.Groups;
using UppkaCatalog.Core.Resources;

namespace UppkaCatalog.Core.Programmes;

/// <summary>
/// Applications to partner programmes. A member applies for their own group (and withdraws until accepted); staff may
/// nominate a group; the programme's partner officers and staff decide: applied → shortlisted → accepted / rejected (reason
/// required, shown to the group) → completed / dropped (reason). One application per group and programme. Every change is
/// audited with the change; nothing is written when a rule refuses.
/// </summary>
public sealed class ProgrammeApplicationService(IDbContextFactory<AppDbContext> dbFactory, TimeProvider time, ProgrammeService programmes)
{
    public const int MaxTextLength = 2000;
    public const int MaxAttendeeNameLength = 120;
    public const int MaxReasonLength = 500;

    /// <summary>The open programmes for the member's group, each with whether it may apply and why not; its applications first.</summary>
    public async Task<IReadOnlyList<ProgrammeChoice>> ChoicesAsync(Actor actor, CancellationToken ct = default)
    {
        var groupId = actor.RequireGroup(ProgrammeMessages.MembersApply);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var group = await db.Groups.AsNoTracking().FirstAsync(g => g.Id == groupId, ct);
        var regencyCode = await db.Regencies.Where(r => r.Id == group.RegencyId).Select(r => r.Code).FirstAsync(ct);
        var mine = (await ApplicationsAsync(db, db.ProgrammeApplications.Where(a => a.GroupId == groupId), ct)).ToDictionary(a => a.ProgrammeId);
        var now = time.GetUtcNow();
        var open = await programmes.ListPublicAsync(ct);
        return open.Select(p =>
            {
                var application = mine.GetValueOrDefault(p.Id);
                var reasons = Refusals(p, group, regencyCode, now);
                if (application is { Status: not ApplicationStatus.Withdrawn }) reasons.Insert(0, ProgrammeMessages.AlreadyApplied(ProgrammeMessages.Status(application.Status)));
                return new ProgrammeChoice(p, reasons.Count == 0, reasons, application);
            })
            .OrderByDescending(c => c.Application is not null).ThenByDescending(c => c.MayApply).ToList();
    }

    /// <summary>The member's group's applications, newest first (with decisions and their reasons: the overview shows them).</summary>
    public async Task<IReadOnlyList<ApplicationView>> MineAsync(Actor actor, CancellationToken ct = default)
    {
        var groupId = actor.RequireGroup(ProgrammeMessages.MembersApply);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await ApplicationsAsync(db, db.ProgrammeApplications.Where(a => a.GroupId == groupId), ct);
    }

    /// <summary>
    /// The member's group applies (or applies again after withdrawing). Refused, with nothing written, when the programme is
    /// not taking applications, the group may not apply (every reason at once, under "programme"), already applied (409) or
    /// the form is incomplete (per field).
    /// </summary>
    public async Task<ApplicationView> ApplyAsync(Actor actor, string? programmeSlug, ApplicationInput input, CancellationToken ct = default)
    {
        var groupId = actor.RequireGroup(ProgrammeMessages.MembersApply);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var programme = await OpenProgrammeAsync(programmeSlug, ct);
        var id = await SubmitAsync(db, actor, programme, groupId, input, nominated: false, ct);
        return (await ApplicationsAsync(db, db.ProgrammeApplications.Where(a => a.Id == id), ct))[0];
    }

    /// <summary>Staff put a group forward: the same rules as an application, with nothing asked of the group yet.</summary>
    public async Task<ApplicationView> NominateAsync(Actor actor, int programmeId, int groupId, CancellationToken ct = default)
    {
        actor.RequireStaff(ProgrammeMessages.StaffNominate);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var slug = await db.Programmes.Where(p => p.Id == programmeId).Select(p => p.Slug).FirstOrDefaultAsync(ct);
        var programme = await OpenProgrammeAsync(slug, ct);
        if (!await db.Groups.AnyAsync(g => g.Id == groupId, ct)) throw new NotFoundException(ServiceMessages.GroupNotFound);
        var id = await SubmitAsync(db, actor, programme, groupId, new ApplicationInput(), nominated: true, ct);
        return (await ApplicationsAsync(db, db.ProgrammeApplications.Where(a => a.Id == id), ct))[0];
    }

    /// <summary>The group takes its application back, while it is applied or shortlisted.</summary>
    public async Task WithdrawAsync(Actor actor, int applicationId, CancellationToken ct = default)
    {
        var groupId = actor.RequireGroup(ProgrammeMessages.MembersApply);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var application = await db.ProgrammeApplications.FirstOrDefaultAsync(a => a.Id == applicationId && a.GroupId == groupId, ct)
            ?? throw new NotFoundException(ProgrammeMessages.ApplicationNotFound);
        if (application.Status is not (ApplicationStatus.Applied or ApplicationStatus.Shortlisted))
        {
            throw new ValidationException("status", ProgrammeMessages.CannotWithdraw(ProgrammeMessages.Status(application.Status)));
        }

        var now = time.GetUtcNow();
        application.Status = ApplicationStatus.Withdrawn;
        application.UpdatedAt = now;
        AuditLog.Record(db, now, actor.UserId, "application.withdraw", Subject(application.Id));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>A programme's applications for its partner's officers and staff (another partner's programme: not found).</summary>
    public async Task<IReadOnlyList<ApplicationView>> ForProgrammeAsync(Actor actor, int programmeId, CancellationToken ct = default)
    {
        actor.RequireStaffOrPartner(ProgrammeMessages.StaffOrPartnerOnly);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await RequireManagedAsync(db, actor, programmeId, ct);
        return await ApplicationsAsync(db, db.ProgrammeApplications.Where(a => a.ProgrammeId == programmeId), ct);
    }

    /// <summary>One application for its programme's partner officers and staff (another partner's, or an unknown id: not found).</summary>
    public async Task<ApplicationView> ManagedAsync(Actor actor, int applicationId, CancellationToken ct = default)
    {
        actor.RequireStaffOrPartner(ProgrammeMessages.StaffOrPartnerOnly);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return (await ApplicationsAsync(db, db.ProgrammeApplications.Where(a => a.Id == applicationId && (actor.IsStaff || a.Programme!.PartnerId == actor.PartnerId)), ct))
            .FirstOrDefault() ?? throw new NotFoundException(ProgrammeMessages.ApplicationNotFound);
    }

    /// <summary>
    /// A decision by the programme's partner or staff: shortlist, accept (within the quota), reject (reason), and after
    /// acceptance complete or drop (reason). The reason is shown to the group.
    /// </summary>
    public async Task<ApplicationView> DecideAsync(Actor actor, int applicationId, ApplicationStatus decision, string? reason, CancellationToken ct = default)
    {
        actor.RequireStaffOrPartner(ProgrammeMessages.StaffOrPartnerOnly);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var application = await db.ProgrammeApplications.Include(a => a.Programme)
            .FirstOrDefaultAsync(a => a.Id == applicationId && (actor.IsStaff || a.Programme!.PartnerId == actor.PartnerId), ct)
            ?? throw new NotFoundException(ProgrammeMessages.ApplicationNotFound);
        var allowed = application.Status switch
        {
            ApplicationStatus.Applied => decision is ApplicationStatus.Shortlisted or ApplicationStatus.Accepted or ApplicationStatus.Rejected,
            ApplicationStatus.Shortlisted => decision is ApplicationStatus.Accepted or ApplicationStatus.Rejected,
            ApplicationStatus.Accepted => decision is ApplicationStatus.Completed or ApplicationStatus.Dropped,
            _ => false,
        };
        if (!allowed)
        {
            throw new ValidationException("status", ProgrammeMessages.DecisionStep(ProgrammeMessages.Status(application.Status), ProgrammeMessages.Status(decision)));
        }

        var why = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (decision is ApplicationStatus.Rejected or ApplicationStatus.Dropped && why is null) throw new ValidationException("reason", ProgrammeMessages.ReasonRequired);
        if (why?.Length > MaxReasonLength) throw new ValidationException("reason", ProgrammeMessages.ReasonTooLong(MaxReasonLength));
        if (decision == ApplicationStatus.Accepted)
        {
            var accepted = await db.ProgrammeApplications.CountAsync(a => a.ProgrammeId == application.ProgrammeId
                && (a.Status == ApplicationStatus.Accepted || a.Status == ApplicationStatus.Completed || a.Status == ApplicationStatus.Dropped), ct);
            if (accepted >= application.Programme!.Quota) throw new ConflictException(ProgrammeMessages.QuotaFull(accepted));
        }

        var now = time.GetUtcNow();
        application.Status = decision;
        application.Reason = why;
        application.DecidedAt = now;
        if (decision == ApplicationStatus.Accepted) application.AcceptedAt = now;
        application.UpdatedAt = now;
        AuditLog.Record(db, now, actor.UserId, "application." + decision.ToString().ToLowerInvariant(), Subject(application.Id), why);
        await db.SaveChangesAsync(ct);
        return (await ApplicationsAsync(db, db.ProgrammeApplications.Where(a => a.Id == application.Id), ct))[0];
    }

    /// <summary>The applications <paramref name="ids"/> of one group, for its development record (the caller checked the scope).</summary>
    internal async Task<IReadOnlyList<ApplicationView>> ForGroupAsync(int groupId, List<int> ids, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await ApplicationsAsync(db, db.ProgrammeApplications.Where(a => a.GroupId == groupId && ids.Contains(a.Id)), ct);
    }

    /// <summary>Why the group may not apply to the programme now (empty: it may), in the caller's language.</summary>
    public static List<string> Refusals(ProgrammeView p, Group group, string regencyCode, DateTimeOffset now)
    {
        var reasons = new List<string>();
        if (p.Window == ApplicationWindow.Upcoming) reasons.Add(ProgrammeMessages.NotOpenYet(WibText(p.ApplicationOpensAt)));
        else if (p.Window == ApplicationWindow.Closed || now >= p.ApplicationClosesAt) reasons.Add(ProgrammeMessages.WindowClosed);
        if (!group.IsActive) reasons.Add(ProgrammeMessages.GroupInactive);
        if (p.Regencies.Count > 0 && p.Regencies.All(r => r.Code != regencyCode))
        {
            reasons.Add(ProgrammeMessages.RegencyNotServed(string.Join(", ", p.Regencies.Select(r => r.Name))));
        }

        if (p.Sectors.Count > 0 && !p.Sectors.Contains(group.Sector))
        {
            reasons.Add(ProgrammeMessages.SectorNotServed(string.Join(", ", p.Sectors.Select(RegistryNames.Name))));
        }

        if (p.Stages.Count > 0)
        {
            var stages = string.Join(", ", p.Stages.Select(RegistryNames.Name));
            if (group.Stage is null) reasons.Add(ProgrammeMessages.StageUnknownForProgramme(stages));
            else if (!p.Stages.Contains(group.Stage.Value)) reasons.Add(ProgrammeMessages.StageNotServed(stages));
        }

        return reasons;
    }

    // The public page's rules: a draft does not exist for applicants.
    private Task<ProgrammeView> OpenProgrammeAsync(string? slug, CancellationToken ct) => programmes.GetPublicAsync(slug, ct);

    private async Task<int> SubmitAsync(AppDbContext db, Actor actor, ProgrammeView programme, int groupId, ApplicationInput input, bool nominated, CancellationToken ct)
    {
        var group = await db.Groups.AsNoTracking().FirstAsync(g => g.Id == groupId, ct);
        var regencyCode = await db.Regencies.Where(r => r.Id == group.RegencyId).Select(r => r.Code).FirstAsync(ct);
        var now = time.GetUtcNow();
        var refusals = Refusals(programme, group, regencyCode, now);
        if (refusals.Count > 0) throw new ValidationException("programme", string.Join(" ", refusals));
        var existing = await db.ProgrammeApplications.FirstOrDefaultAsync(a => a.ProgrammeId == programme.Id && a.GroupId == groupId, ct);
        if (existing is { Status: not ApplicationStatus.Withdrawn }) throw new ConflictException(ProgrammeMessages.AlreadyApplied(ProgrammeMessages.Status(existing.Status)));

        var attendees = input.Attendees.Select(a => a?.Trim() ?? "").Where(a => a.Length > 0).ToList();
        var errors = new Dictionary<string, string>();
        if (!nominated)
        {
            var motivation = input.Motivation?.Trim() ?? "";
            if (motivation.Length == 0) errors["motivation"] = ProgrammeMessages.MotivationMissing;
            else if (motivation.Length > MaxTextLength) errors["motivation"] = ProgrammeMessages.MotivationTooLong(MaxTextLength);
            if (input.Needs?.Trim().Length > MaxTextLength) errors["needs"] = ProgrammeMessages.NeedsTooLong(MaxTextLength);
            if (programme.Kind == ProgrammeKind.Training && attendees.Count == 0) errors["attendees"] = ProgrammeMessages.AttendeesMissing;
            else if (attendees.Count > programme.SeatsPerGroup) errors["attendees"] = ProgrammeMessages.TooManyAttendees(programme.SeatsPerGroup);
            else if (attendees.Any(a => a.Length > MaxAttendeeNameLength)) errors["attendees"] = ProgrammeMessages.AttendeeNameTooLong(MaxAttendeeNameLength);
            if (programme.RequiresZakatDeclaration && !input.ZakatDeclared) errors["zakatDeclared"] = ProgrammeMessages.ZakatDeclarationRequired;
        }

        if (errors.Count > 0) throw new ValidationException(errors);

        var application = existing ?? new ProgrammeApplication { ProgrammeId = programme.Id, GroupId = groupId };
        application.Status = ApplicationStatus.Applied;
        application.Motivation = input.Motivation?.Trim() ?? "";
        application.Needs = input.Needs?.Trim() ?? "";
        application.Attendees = attendees;
        application.ZakatDeclaredAt = programme.RequiresZakatDeclaration && input.ZakatDeclared ? now : null;
        application.NominatedById = nominated ? actor.UserId : null;
        application.AppliedAt = now;
        application.DecidedAt = null;
        application.Reason = null;
        application.UpdatedAt = now;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (existing is null) db.ProgrammeApplications.Add(application);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (existing is null)
        {
            // Two members of one group sending at once: the unique (programme, group) index lets one through.
            throw new ConflictException(ProgrammeMessages.AlreadyApplied(ProgrammeMessages.Status(ApplicationStatus.Applied)));
        }

        AuditLog.Record(db, now, actor.UserId, nominated ? "application.nominate" : "application.apply", Subject(application.Id), $"Programme:{programme.Id}");
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return application.Id;
    }

    private static async Task RequireManagedAsync(AppDbContext db, Actor actor, int programmeId, CancellationToken ct)
    {
        if (!await db.Programmes.AnyAsync(p => p.Id == programmeId && (actor.IsStaff || p.PartnerId == actor.PartnerId), ct))
        {
            throw new NotFoundException(ProgrammeMessages.ProgrammeNotFound);
        }
    }

    private static async Task<List<ApplicationView>> ApplicationsAsync(AppDbContext db, IQueryable<ProgrammeApplication> query, CancellationToken ct)
    {
        var rows = await query.AsNoTracking().OrderByDescending(a => a.UpdatedAt).ThenByDescending(a => a.Id)
            .Select(a => new
            {
                Application = a, a.Programme!.Slug, a.Programme.Title, Partner = a.Programme.Partner!.Name, Group = a.Group!.Name,
                Regency = a.Group.Regency!.Name,
            }).ToListAsync(ct);
        return rows.Select(r => new ApplicationView(r.Application.Id, r.Application.ProgrammeId, r.Slug, r.Title, r.Partner, r.Application.GroupId, r.Group,
            r.Regency, r.Application.Status, r.Application.Motivation, r.Application.Needs, r.Application.Attendees, r.Application.ZakatDeclaredAt,
            r.Application.NominatedById is not null, r.Application.AppliedAt, r.Application.DecidedAt, r.Application.Reason)).ToList();
    }

    private static string WibText(DateTimeOffset moment) =>
        moment.ToWib().ToString("d MMMM yyyy HH.mm", System.Globalization.CultureInfo.CurrentCulture);

    private static string Subject(int id) => $"Application:{id}";
}
