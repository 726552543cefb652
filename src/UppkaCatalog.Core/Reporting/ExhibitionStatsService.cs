using Microsoft.EntityFrameworkCore;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Data;
using UppkaCatalog.Core.Exhibitions;
using UppkaCatalog.Core.Inquiries;

namespace UppkaCatalog.Core.Reporting;

/// <summary>
/// What visitors did at an exhibition, from the flushed counters (<see cref="DailyCounter"/>), the unique-visitor
/// sightings and the Inquiries table (inquiries are not counted as events: the table is the record, spam excluded).
/// Staff see any exhibition; a member sees only their own group's booth — any other booth is
/// <see cref="NotFoundException"/>, as if it did not exist.
/// </summary>
public sealed class ExhibitionStatsService(IDbContextFactory<AppDbContext> dbFactory)
{
    /// <summary>A per-day table longer than this is cut (a mistyped end date must not make a 30-year table).</summary>
    public const int MaxDays = 400;

    private static readonly CounterKind[] BoothKinds = [CounterKind.BoothVisit, CounterKind.BoothProductView, CounterKind.WhatsAppClick];

    /// <summary>The staff view of exhibition <paramref name="exhibitionId"/>.</summary>
    public async Task<ExhibitionStats> GetAsync(Actor actor, int exhibitionId, CancellationToken ct = default)
    {
        actor.RequireStaff(ServiceMessages.StaffSeesExhibitionStats);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var exhibition = await db.Exhibitions.AsNoTracking().Where(e => e.Id == exhibitionId)
            .Select(e => new ExhibitionRow(e.Id, e.Slug, e.Title, e.StartsAt, e.EndsAt)).FirstOrDefaultAsync(ct)
            ?? throw new NotFoundException(ServiceMessages.ExhibitionNotFound);
        return await BuildAsync(db, exhibition, ct);
    }

    /// <summary>The staff view by slug (the API's address).</summary>
    public async Task<ExhibitionStats> GetBySlugAsync(Actor actor, string slug, CancellationToken ct = default)
    {
        actor.RequireStaff(ServiceMessages.StaffSeesExhibitionStats);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var exhibition = await db.Exhibitions.AsNoTracking().Where(e => e.Slug == slug)
            .Select(e => new ExhibitionRow(e.Id, e.Slug, e.Title, e.StartsAt, e.EndsAt)).FirstOrDefaultAsync(ct)
            ?? throw new NotFoundException(ServiceMessages.ExhibitionNotFound);
        return await BuildAsync(db, exhibition, ct);
    }

    /// <summary>The signed-in member's own booth at exhibition <paramref name="exhibitionId"/>.</summary>
    public async Task<BoothStats> GetOwnBoothAsync(Actor actor, int exhibitionId, CancellationToken ct = default)
    {
        if (actor.GroupId is not { } groupId) throw new NotFoundException(ServiceMessages.OwnBoothNone);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var boothId = await db.Booths.AsNoTracking().Where(b => b.ExhibitionId == exhibitionId && b.GroupId == groupId)
            .Select(b => (int?)b.Id).FirstOrDefaultAsync(ct)
            ?? throw new NotFoundException(ServiceMessages.OwnBoothNone);
        return await BoothAsync(db, boothId, ct);
    }

    /// <summary>One booth: staff any, a member only their own group's (another group's is <see cref="NotFoundException"/>).</summary>
    public async Task<BoothStats> GetBoothAsync(Actor actor, int boothId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var groupId = await db.Booths.AsNoTracking().Where(b => b.Id == boothId).Select(b => (int?)b.GroupId).FirstOrDefaultAsync(ct);
        if (groupId is null || !actor.MayActFor(groupId.Value)) throw new NotFoundException(ServiceMessages.BoothNotFound);
        return await BoothAsync(db, boothId, ct);
    }

    private static async Task<BoothStats> BoothAsync(AppDbContext db, int boothId, CancellationToken ct)
    {
        var booth = await BoothRows(db.Booths.Where(b => b.Id == boothId)).FirstAsync(ct);
        var exhibition = await db.Exhibitions.AsNoTracking().Where(e => e.Id == booth.ExhibitionId)
            .Select(e => new ExhibitionRow(e.Id, e.Slug, e.Title, e.StartsAt, e.EndsAt)).FirstAsync(ct);
        var counters = await db.DailyCounters.AsNoTracking()
            .Where(c => c.SubjectId == boothId && BoothKinds.Contains(c.Kind))
            .Select(c => new CounterRow(c.Day, c.Kind, c.SubjectId, c.Count)).ToListAsync(ct);
        var uniques = await db.VisitorSightings.AsNoTracking().Where(v => v.ExhibitionId == exhibition.Id && v.BoothId == boothId)
            .GroupBy(v => v.Day).Select(g => new { Day = g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Day, x => (long)x.Count, ct);
        var inquiries = await InquiriesAsync(db, exhibition.Id, ct);
        inquiries.RemoveAll(i => i.BoothId != boothId);

        var days = DayRange(exhibition, counters.Select(c => c.Day).Concat(uniques.Keys).Concat(inquiries.Select(i => i.Day)))
            .Select(day => new DayFigures(day, BoothFiguresOf(counters.Where(c => c.Day == day), uniques.GetValueOrDefault(day),
                inquiries.Count(i => i.Day == day))))
            .ToList();
        var total = BoothFiguresOf(counters, uniques.Values.Sum(), inquiries.Count);
        return new BoothStats(exhibition.Id, exhibition.Slug, exhibition.Title, exhibition.StartsAt, exhibition.EndsAt,
            booth.ToFigures(total), days);
    }

    private static async Task<ExhibitionStats> BuildAsync(AppDbContext db, ExhibitionRow exhibition, CancellationToken ct)
    {
        var id = exhibition.Id;
        var booths = await BoothRows(db.Booths.Where(b => b.ExhibitionId == id)).ToListAsync(ct);
        var boothIds = booths.Select(b => b.Id).ToList();
        var counters = await db.DailyCounters.AsNoTracking()
            .Where(c => (c.Kind == CounterKind.HallVisit && c.SubjectId == id) || (BoothKinds.Contains(c.Kind) && boothIds.Contains(c.SubjectId)))
            .Select(c => new CounterRow(c.Day, c.Kind, c.SubjectId, c.Count)).ToListAsync(ct);
        var sightings = db.VisitorSightings.AsNoTracking().Where(v => v.ExhibitionId == id);
        var hallUniques = await sightings.Where(v => v.BoothId == 0).GroupBy(v => v.Day)
            .Select(g => new { Day = g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Day, x => (long)x.Count, ct);
        // A visitor who opened five booths on one day is one unique booth visitor of that day.
        var boothUniquesByDay = await sightings.Where(v => v.BoothId != 0).GroupBy(v => v.Day)
            .Select(g => new { Day = g.Key, Count = g.Select(v => v.VisitorHash).Distinct().Count() })
            .ToDictionaryAsync(x => x.Day, x => (long)x.Count, ct);
        var boothUniques = await sightings.Where(v => v.BoothId != 0).GroupBy(v => v.BoothId)
            .Select(g => new { Booth = g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Booth, x => (long)x.Count, ct);
        var regencyUniques = await (
                from v in sightings
                where v.BoothId != 0
                join b in db.Booths on v.BoothId equals b.Id
                group v.VisitorHash by new { b.Group!.RegencyId, v.Day } into g
                select new { g.Key.RegencyId, Count = g.Distinct().Count() })
            .ToListAsync(ct);
        var inquiries = await InquiriesAsync(db, id, ct);

        var days = DayRange(exhibition, counters.Select(c => c.Day).Concat(hallUniques.Keys).Concat(boothUniquesByDay.Keys).Concat(inquiries.Select(i => i.Day)))
            .Select(day =>
            {
                var ofDay = counters.Where(c => c.Day == day).ToList();
                var boothPart = BoothFiguresOf(ofDay.Where(c => c.Kind != CounterKind.HallVisit), boothUniquesByDay.GetValueOrDefault(day),
                    inquiries.Count(i => i.Day == day));
                return new DayFigures(day, boothPart with
                {
                    HallVisits = ofDay.Where(c => c.Kind == CounterKind.HallVisit).Sum(c => c.Count),
                    UniqueHallVisitors = hallUniques.GetValueOrDefault(day),
                });
            })
            .ToList();

        var boothFigures = booths
            .Select(b => b.ToFigures(BoothFiguresOf(counters.Where(c => c.SubjectId == b.Id && c.Kind != CounterKind.HallVisit),
                boothUniques.GetValueOrDefault(b.Id), inquiries.Count(i => i.BoothId == b.Id))))
            // Accepted booths always; an application or a removed booth only if it was visited (e.g. removed mid-way).
            .Where(f => booths.First(b => b.Id == f.BoothId).Status == BoothStatus.Accepted || f.Figures != VisitFigures.Zero)
            .OrderByDescending(f => f.Figures.BoothVisits).ThenByDescending(f => f.Figures.WhatsAppClicks)
            .ThenBy(f => f.Number ?? "~", StringComparer.Ordinal).ThenBy(f => f.GroupName, StringComparer.CurrentCulture)
            .ToList();

        var regencies = boothFigures
            .GroupBy(f => booths.First(b => b.Id == f.BoothId).RegencyId)
            .Select(g => new RegencyFigures(
                g.First().RegencyName,
                g.Count(),
                g.Select(f => f.Figures).Aggregate(VisitFigures.Zero, (a, b) => a.Plus(b)) with
                {
                    UniqueBoothVisitors = regencyUniques.Where(r => r.RegencyId == g.Key).Sum(r => (long)r.Count),
                }))
            .OrderByDescending(r => r.Figures.BoothVisits).ThenBy(r => r.RegencyName, StringComparer.CurrentCulture)
            .ToList();

        var totals = days.Select(d => d.Figures).Aggregate(VisitFigures.Zero, (a, b) => a.Plus(b));
        return new ExhibitionStats(id, exhibition.Slug, exhibition.Title, exhibition.StartsAt, exhibition.EndsAt, totals, days, boothFigures, regencies);
    }

    /// <summary>Every WIB day of the exhibition, zero days included, widened to any day that has figures (e.g. preview visits before opening).</summary>
    private static List<DateOnly> DayRange(ExhibitionRow e, IEnumerable<DateOnly> counted)
    {
        var first = Wib.DayOf(e.StartsAt);
        var last = Wib.DayOf(e.EndsAt > e.StartsAt ? e.EndsAt.AddTicks(-1) : e.StartsAt);
        foreach (var day in counted)
        {
            if (day < first) first = day;
            if (day > last) last = day;
        }

        var days = new List<DateOnly>();
        for (var day = first; day <= last && days.Count < MaxDays; day = day.AddDays(1)) days.Add(day);
        return days;
    }

    private static VisitFigures BoothFiguresOf(IEnumerable<CounterRow> counters, long uniques, long inquiries)
    {
        long visits = 0, views = 0, clicks = 0;
        foreach (var c in counters)
        {
            switch (c.Kind)
            {
                case CounterKind.BoothVisit: visits += c.Count; break;
                case CounterKind.BoothProductView: views += c.Count; break;
                case CounterKind.WhatsAppClick: clicks += c.Count; break;
            }
        }

        return new VisitFigures(0, 0, visits, uniques, views, clicks, inquiries);
    }

    /// <summary>Inquiries sent from the exhibition's booths (not spam), each on its WIB day.</summary>
    private static async Task<List<InquiryRow>> InquiriesAsync(AppDbContext db, int exhibitionId, CancellationToken ct)
    {
        // CreatedAt is read and turned into a WIB day here: SQLite cannot do offset arithmetic on the stored text.
        var rows = await db.Inquiries.AsNoTracking()
            .Where(i => i.BoothId != null && i.Booth!.ExhibitionId == exhibitionId && i.Status != InquiryStatus.Spam)
            .Select(i => new { BoothId = i.BoothId!.Value, i.CreatedAt }).ToListAsync(ct);
        return rows.Select(r => new InquiryRow(r.BoothId, Wib.DayOf(r.CreatedAt))).ToList();
    }

    private static IQueryable<BoothRow> BoothRows(IQueryable<Booth> booths) => booths.AsNoTracking().Select(b => new BoothRow(
        b.Id, b.ExhibitionId, b.Number, b.Hall == null ? null : b.Hall.Name, b.Status, b.Group!.Name, b.Group.Slug, b.Group.RegencyId, b.Group.Regency!.Name));

    private sealed record ExhibitionRow(int Id, string Slug, string Title, DateTimeOffset StartsAt, DateTimeOffset EndsAt);

    private sealed record CounterRow(DateOnly Day, CounterKind Kind, int SubjectId, long Count);

    private sealed record InquiryRow(int BoothId, DateOnly Day);

    private sealed record BoothRow(int Id, int ExhibitionId, string? Number, string? HallName, BoothStatus Status, string GroupName, string GroupSlug,
        int RegencyId, string RegencyName)
    {
        public BoothFigures ToFigures(VisitFigures figures) => new(Id, Number, HallName, GroupName, GroupSlug, RegencyName, figures);
    }
}
