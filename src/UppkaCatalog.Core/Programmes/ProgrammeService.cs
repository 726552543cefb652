using Microsoft.EntityFrameworkCore;
using UppkaCatalog.Core.Auditing;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Data;
using UppkaCatalog.Core.Regions;
using UppkaCatalog.Core.Resources;

namespace UppkaCatalog.Core.Programmes;

/// <summary>
/// Partner programmes: the public list and page (open programmes; nothing personal), and their management by the partner's
/// officers and BKKBN staff. A partner officer sees and changes only their own organisation's programmes — another
/// partner's is "not found", as if it did not exist; staff manage every partner's. Every change is audited in the same save.
/// </summary>
public sealed class ProgrammeService(IDbContextFactory<AppDbContext> dbFactory, TimeProvider time)
{
    /// <summary>Programmes taking applications now or later (status open, window not over), closing soonest first.</summary>
    public async Task<IReadOnlyList<ProgrammeView>> ListPublicAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var now = time.GetUtcNow();
        var programmes = await Full(db).Where(p => p.Status == ProgrammeStatus.Open && p.ApplicationClosesAt > now)
            .OrderBy(p => p.ApplicationClosesAt).ThenBy(p => p.Id).ToListAsync(ct);
        return await ViewsAsync(db, programmes, now, ct);
    }

    /// <summary>A programme's public page: open, closed or finished (a shared link keeps working); a draft is not found.</summary>
    public async Task<ProgrammeView> GetPublicAsync(string? slug, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var clean = slug?.Trim().ToLowerInvariant() ?? "";
        var programme = await Full(db).FirstOrDefaultAsync(p => p.Slug == clean && p.Status != ProgrammeStatus.Draft, ct)
            ?? throw new NotFoundException(ProgrammeMessages.ProgrammeNotFound);
        return (await ViewsAsync(db, [programme], time.GetUtcNow(), ct))[0];
    }

    /// <summary>The caller's programmes, drafts included: a partner officer's organisation's, or every partner's for staff.</summary>
    public async Task<IReadOnlyList<ManagedProgrammeRow>> ListManagedAsync(Actor actor, CancellationToken ct = default)
    {
        actor.RequireStaffOrPartner(ProgrammeMessages.StaffOrPartnerOnly);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var now = time.GetUtcNow();
        var rows = await Managed(db, actor).AsNoTracking()
            .OrderBy(p => p.Status == ProgrammeStatus.Finished).ThenByDescending(p => p.ApplicationOpensAt).ThenBy(p => p.Id)
            .Select(p => new { p.Id, p.Slug, p.Title, p.Kind, p.Status, Partner = p.Partner!.Name, p.ApplicationOpensAt, p.ApplicationClosesAt, p.Quota })
            .ToListAsync(ct);
        return rows.Select(p => new ManagedProgrammeRow(p.Id, p.Slug, p.Title, p.Kind, p.Status, WindowAt(p.Status, p.ApplicationOpensAt, p.ApplicationClosesAt, now),
            p.Partner, p.ApplicationOpensAt, p.ApplicationClosesAt, p.Quota)).ToList();
    }

    /// <summary>One of the caller's programmes, drafts included; another partner's is not found.</summary>
    public async Task<ProgrammeView> GetManagedAsync(Actor actor, int programmeId, CancellationToken ct = default)
    {
        actor.RequireStaffOrPartner(ProgrammeMessages.StaffOrPartnerOnly);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var programme = await Full(db).Where(p => Managed(db, actor).Any(m => m.Id == p.Id)).FirstOrDefaultAsync(p => p.Id == programmeId, ct)
            ?? throw new NotFoundException(ProgrammeMessages.ProgrammeNotFound);
        return (await ViewsAsync(db, [programme], time.GetUtcNow(), ct))[0];
    }

    /// <summary>Creates a draft. A partner officer's is always their own organisation's; staff name the partner.</summary>
    public async Task<ProgrammeView> CreateAsync(Actor actor, ProgrammeInput input, CancellationToken ct = default)
    {
        actor.RequireStaffOrPartner(ProgrammeMessages.StaffOrPartnerOnly);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var partnerId = actor.PartnerId ?? input.PartnerId;
        var partner = partnerId is null ? null : await db.Partners.FirstOrDefaultAsync(p => p.Id == partnerId, ct);
        var errors = ProgrammeRules.Check(input);
        if (partner is null) errors["partnerId"] = ProgrammeMessages.PartnerNotFound;
        else if (!partner.IsActive) errors["partnerId"] = ProgrammeMessages.PartnerInactive;
        var regencies = await RegencyCodesAsync(db, input, errors, ct);
        var slug = ProgrammeRules.SlugFor(input);
        if (!errors.ContainsKey("title") && !errors.ContainsKey("slug") && await db.Programmes.AnyAsync(p => p.Slug == slug, ct))
        {
            errors["slug"] = ProgrammeMessages.SlugTaken(slug);
        }

        Throw(errors);
        var now = time.GetUtcNow();
        var programme = new Programme { Slug = slug, Title = input.Title!.Trim(), PartnerId = partner!.Id, CreatedAt = now };
        Apply(programme, input, regencies, now);
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            db.Programmes.Add(programme);
            await db.SaveChangesAsync(ct);
            AuditLog.Record(db, now, actor.UserId, "programme.create", Subject(programme.Id), programme.Title);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }

        return await GetManagedAsync(actor, programme.Id, ct);
    }

    /// <summary>
    /// Saves the form. The address may change only while the programme is a draft (once open, its link has been shared);
    /// the partner never changes. A finished programme is a record and is not edited.
    /// </summary>
    public async Task<ProgrammeView> UpdateAsync(Actor actor, int programmeId, ProgrammeInput input, CancellationToken ct = default)
    {
        actor.RequireStaffOrPartner(ProgrammeMessages.StaffOrPartnerOnly);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var programme = await Managed(db, actor).Include(p => p.Sessions).FirstOrDefaultAsync(p => p.Id == programmeId, ct)
            ?? throw new NotFoundException(ProgrammeMessages.ProgrammeNotFound);
        if (programme.Status == ProgrammeStatus.Finished)
        {
            throw new ValidationException("status", ProgrammeMessages.StatusStep(StatusName(programme.Status), StatusName(ProgrammeStatus.Draft)));
        }

        var errors = ProgrammeRules.Check(input);
        var regencies = await RegencyCodesAsync(db, input, errors, ct);
        var slug = ProgrammeRules.SlugFor(input);
        if (slug != programme.Slug && !errors.ContainsKey("title") && !errors.ContainsKey("slug"))
        {
            if (programme.Status != ProgrammeStatus.Draft) errors["slug"] = ProgrammeMessages.SlugFixedOnceOpen;
            else if (await db.Programmes.AnyAsync(p => p.Slug == slug && p.Id != programmeId, ct)) errors["slug"] = ProgrammeMessages.SlugTaken(slug);
        }

        // A session kept (same start and end) keeps its id, so the attendance recorded for it still names it; one with
        // attendance recorded may not be taken away.
        var sessions = SessionsFrom(input);
        var removed = programme.Sessions.Where(old => !sessions.Any(n => n.StartsAt == old.StartsAt && n.EndsAt == old.EndsAt)).ToList();
        var removedIds = removed.Select(r => r.Id).ToList();
        var attended = await db.Deliveries.Where(d => d.SessionId != null && removedIds.Contains(d.SessionId.Value)).Select(d => d.SessionId!.Value).Distinct().ToListAsync(ct);
        if (attended.Count > 0 && !errors.ContainsKey("sessions"))
        {
            var first = removed.First(r => attended.Contains(r.Id)).StartsAt.ToOffset(Wib.Offset);
            errors["sessions"] = ProgrammeMessages.SessionHasAttendance(first.ToString("d MMMM yyyy HH.mm", System.Globalization.CultureInfo.CurrentCulture));
        }

        Throw(errors);
        var now = time.GetUtcNow();
        if (programme.Status == ProgrammeStatus.Draft) programme.Slug = slug;
        programme.Title = input.Title!.Trim();
        var current = programme.Sessions.ToList();
        Apply(programme, input, regencies, now);
        programme.Sessions = sessions.Select(n => current.FirstOrDefault(old => old.StartsAt == n.StartsAt && old.EndsAt == n.EndsAt) is { } kept
            ? Keep(kept, n.Place) : n).ToList();
        db.ProgrammeSessions.RemoveRange(removed);
        AuditLog.Record(db, now, actor.UserId, "programme.update", Subject(programme.Id));
        await db.SaveChangesAsync(ct);
        return await GetManagedAsync(actor, programme.Id, ct);
    }

    /// <summary>
    /// One step along draft → open → closed → finished. Opening needs a window that is not over yet (a programme nobody can
    /// apply to any more is not opened). Each step is audited.
    /// </summary>
    public async Task SetStatusAsync(Actor actor, int programmeId, ProgrammeStatus status, CancellationToken ct = default)
    {
        actor.RequireStaffOrPartner(ProgrammeMessages.StaffOrPartnerOnly);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var programme = await Managed(db, actor).FirstOrDefaultAsync(p => p.Id == programmeId, ct)
            ?? throw new NotFoundException(ProgrammeMessages.ProgrammeNotFound);
        if (programme.Status == status) throw new ValidationException("status", ProgrammeMessages.AlreadyInStatus);
        if ((int)status != (int)programme.Status + 1)
        {
            throw new ValidationException("status", ProgrammeMessages.StatusStep(StatusName(programme.Status), StatusName(status)));
        }

        var now = time.GetUtcNow();
        if (status == ProgrammeStatus.Open && programme.ApplicationClosesAt <= now)
        {
            throw new ValidationException("applicationClosesAt",
                ProgrammeMessages.WindowOverToOpen(programme.ApplicationClosesAt.ToWib().ToString("d MMMM yyyy HH.mm", System.Globalization.CultureInfo.CurrentCulture)));
        }

        programme.Status = status;
        programme.UpdatedAt = now;
        AuditLog.Record(db, now, actor.UserId, "programme." + status.ToString().ToLowerInvariant(), Subject(programme.Id));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Where the window stands: upcoming and open only for an open programme.</summary>
    public static ApplicationWindow WindowAt(ProgrammeStatus status, DateTimeOffset opens, DateTimeOffset closes, DateTimeOffset now) =>
        status != ProgrammeStatus.Open || now >= closes ? ApplicationWindow.Closed : now < opens ? ApplicationWindow.Upcoming : ApplicationWindow.Open;

    private static IQueryable<Programme> Full(AppDbContext db) =>
        db.Programmes.AsNoTracking().Include(p => p.Partner).Include(p => p.Sessions.OrderBy(s => s.StartsAt)).AsSplitQuery();

    /// <summary>The programmes the actor manages: staff every one, a partner officer their organisation's.</summary>
    private static IQueryable<Programme> Managed(AppDbContext db, Actor actor) =>
        actor.IsStaff ? db.Programmes : db.Programmes.Where(p => p.PartnerId == actor.PartnerId);

    private static async Task<IReadOnlyList<ProgrammeView>> ViewsAsync(AppDbContext db, List<Programme> programmes, DateTimeOffset now, CancellationToken ct)
    {
        var names = (await db.Regencies.AsNoTracking().Select(r => new { r.Code, r.Name }).ToListAsync(ct)).ToDictionary(r => r.Code, r => r.Name);
        return programmes.Select(p => new ProgrammeView(p.Id, p.Slug, p.Title, p.Kind, p.Status,
            WindowAt(p.Status, p.ApplicationOpensAt, p.ApplicationClosesAt, now), p.PartnerId, p.Partner!.Name, p.Partner.Kind,
            p.Description, p.Location, p.Requirements, p.ApplicationOpensAt, p.ApplicationClosesAt, p.Quota, p.SeatsPerGroup,
            p.RegencyCodes.Order(StringComparer.Ordinal).Select(c => new RegencyName(c, names.GetValueOrDefault(c, c))).ToList(),
            p.Sectors, p.Stages, p.RequiresZakatDeclaration,
            p.Sessions.OrderBy(s => s.StartsAt).Select(s => new SessionView(s.StartsAt, s.EndsAt, s.Place)).ToList(), p.UpdatedAt)).ToList();
    }

    /// <summary>The regencies as BPS codes (by code or by name, as the registry reads them); an unknown one is a field error.</summary>
    private static async Task<List<string>> RegencyCodesAsync(AppDbContext db, ProgrammeInput input, Dictionary<string, string> errors, CancellationToken ct)
    {
        if (input.Regencies.Count == 0) return [];
        var names = new RegencyNames(await db.Regencies.AsNoTracking().ToListAsync(ct));
        var codes = new List<string>();
        foreach (var text in input.Regencies.Where(r => !string.IsNullOrWhiteSpace(r)))
        {
            if (names.Find(text) is { } regency) codes.Add(regency.Code);
            else errors.TryAdd("regencies", ProgrammeMessages.RegencyUnknown(text.Trim()));
        }

        return codes.Distinct().Order(StringComparer.Ordinal).ToList();
    }

    private static void Apply(Programme p, ProgrammeInput input, List<string> regencies, DateTimeOffset now)
    {
        p.Kind = input.Kind!.Value;
        p.Description = input.Description?.Trim() ?? "";
        p.Location = input.Location?.Trim() ?? "";
        p.Requirements = input.Requirements?.Trim() ?? "";
        p.ApplicationOpensAt = ProgrammeRules.FromWib(input.ApplicationOpensAtWib!.Value);
        p.ApplicationClosesAt = ProgrammeRules.FromWib(input.ApplicationClosesAtWib!.Value);
        p.Quota = input.Quota!.Value;
        p.SeatsPerGroup = input.SeatsPerGroup ?? 1;
        p.RegencyCodes = regencies;
        p.Sectors = input.Sectors.Distinct().Order().ToList();
        p.Stages = input.Stages.Distinct().Order().ToList();
        p.RequiresZakatDeclaration = input.RequiresZakatDeclaration;
        p.Sessions = SessionsFrom(input);
        p.UpdatedAt = now;
    }

    private static List<ProgrammeSession> SessionsFrom(ProgrammeInput input) => input.Sessions.OrderBy(s => s.StartsAtWib).Select(s => new ProgrammeSession
    {
        StartsAt = ProgrammeRules.FromWib(s.StartsAtWib!.Value), EndsAt = ProgrammeRules.FromWib(s.EndsAtWib!.Value), Place = s.Place?.Trim() ?? "",
    }).ToList();

    private static ProgrammeSession Keep(ProgrammeSession session, string place)
    {
        session.Place = place;
        return session;
    }

    private static string StatusName(ProgrammeStatus status) => ProgrammeMessages.Status(status);

    private static void Throw(Dictionary<string, string> errors)
    {
        if (errors.Count > 0) throw new ValidationException(errors);
    }

    private static string Subject(int id) => $"Programme:{id}";
}
