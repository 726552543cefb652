using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Data;
using UppkaCatalog.Core.Exhibitions;

namespace UppkaCatalog.Core.Reporting;

/// <summary>
/// Empties <see cref="VisitRecorder"/>'s queue into the database: the visits are added up in memory and written in one
/// transaction — one upsert per (day, kind, place) counter and one insert per new (day, place, visitor) sighting — so a
/// busy opening day costs a handful of statements every few seconds instead of a write per page view.
/// Slugs are resolved to ids here (cached); visits to places that do not exist are dropped.
/// </summary>
public sealed class VisitFlusher(VisitRecorder recorder, IDbContextFactory<AppDbContext> dbFactory, TimeProvider time, ILogger<VisitFlusher> log)
{
    private const int MaxCachedPlaces = 10_000;

    // Exhibition slug → id; (exhibition slug, group slug) → (booth id, exhibition id); booth id → exhibition id.
    private readonly ConcurrentDictionary<string, int> _halls = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string, string), (int Booth, int Exhibition)> _booths = new();
    private readonly ConcurrentDictionary<int, int> _boothExhibitions = new();
    private readonly SemaphoreSlim _gate = new(1, 1);
    private DateOnly _saltsPurgedBefore;

    /// <summary>Writes every queued visit; returns how many were taken from the queue.</summary>
    public async Task<int> FlushAsync(CancellationToken ct = default)
    {
        await _gate.WaitAsync(ct);
        try
        {
            var batch = new List<VisitEvent>();
            while (recorder.Reader.TryRead(out var visit)) batch.Add(visit);
            if (batch.Count > 0)
            {
                await WriteAsync(batch, ct);
            }
            else if (Wib.DayOf(time.GetUtcNow()) > _saltsPurgedBefore)
            {
                // A quiet day still ends yesterday's salt: purge once a day even when nobody visits.
                await using var db = await dbFactory.CreateDbContextAsync(ct);
                await PurgeOldSaltsAsync(db, ct);
            }

            return batch.Count;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task WriteAsync(List<VisitEvent> batch, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var salts = new Dictionary<DateOnly, byte[]>();
        var counters = new Dictionary<(DateOnly Day, CounterKind Kind, int Subject), long>();
        var sightings = new HashSet<(DateOnly Day, int Exhibition, int Booth, string Hash)>();
        var dropped = 0;

        foreach (var visit in batch)
        {
            var place = await ResolveAsync(db, visit, ct);
            if (place is null)
            {
                dropped++;
                continue;
            }

            var day = Wib.DayOf(visit.At);
            var key = (day, place.Value.Kind, place.Value.Subject);
            counters[key] = counters.GetValueOrDefault(key) + 1;
            // Unique visitors are estimated for the hall and for booths; clicks and product views are counts only.
            if (place.Value.Kind is CounterKind.HallVisit or CounterKind.BoothVisit)
            {
                if (!salts.TryGetValue(day, out var salt)) salts[day] = salt = await SaltOfAsync(db, day, ct);
                var booth = place.Value.Kind == CounterKind.HallVisit ? 0 : place.Value.Subject;
                sightings.Add((day, place.Value.Exhibition, booth, VisitorHash.Compute(salt, visit.Visitor)));
            }
        }

        foreach (var ((day, kind, subject), count) in counters)
        {
            await db.Database.ExecuteSqlAsync(
                $"""
                INSERT INTO "DailyCounters" ("Day", "Kind", "SubjectId", "Count") VALUES ({day}, {(int)kind}, {subject}, {count})
                ON CONFLICT ("Day", "Kind", "SubjectId") DO UPDATE SET "Count" = "DailyCounters"."Count" + excluded."Count"
                """, ct);
        }

        foreach (var (day, exhibition, booth, hash) in sightings)
        {
            await db.Database.ExecuteSqlAsync(
                $"""
                INSERT INTO "VisitorSightings" ("Day", "ExhibitionId", "BoothId", "VisitorHash") VALUES ({day}, {exhibition}, {booth}, {hash})
                ON CONFLICT DO NOTHING
                """, ct);
        }

        await PurgeOldSaltsAsync(db, ct);
        await transaction.CommitAsync(ct);
        if (dropped > 0) log.LogDebug("{Dropped} visits to unknown places dropped", dropped);
    }

    /// <summary>Yesterday's salt goes as soon as today has begun: from then on no hash of an earlier day can be recomputed.</summary>
    private async Task PurgeOldSaltsAsync(AppDbContext db, CancellationToken ct)
    {
        var today = Wib.DayOf(time.GetUtcNow());
        await db.DailySalts.Where(s => s.Day < today).ExecuteDeleteAsync(ct);
        _saltsPurgedBefore = today;
    }

    /// <summary>
    /// The day's salt: read, or made and stored (so a restart keeps hashing visitors the same way). Stored with
    /// insert-or-ignore and read back: another node flushing at the same moment may make it first (on PostgreSQL a
    /// plain insert then failed the whole batch on the key), and every node must hash with the one salt of the day.
    /// </summary>
    private static async Task<byte[]> SaltOfAsync(AppDbContext db, DateOnly day, CancellationToken ct)
    {
        var existing = await db.DailySalts.AsNoTracking().Where(s => s.Day == day).Select(s => s.Salt).FirstOrDefaultAsync(ct);
        if (existing is not null) return existing;
        var salt = VisitorHash.NewSalt();
        await db.Database.ExecuteSqlAsync(
            $"""INSERT INTO "DailySalts" ("Day", "Salt") VALUES ({day}, {salt}) ON CONFLICT ("Day") DO NOTHING""", ct);
        return await db.DailySalts.AsNoTracking().Where(s => s.Day == day).Select(s => s.Salt).FirstAsync(ct);
    }

    private async Task<(CounterKind Kind, int Subject, int Exhibition)?> ResolveAsync(AppDbContext db, VisitEvent visit, CancellationToken ct)
    {
        switch (visit.Kind)
        {
            case VisitKind.HallVisit:
                var hall = await HallAsync(db, visit.ExhibitionSlug!, ct);
                return hall is { } e ? (CounterKind.HallVisit, e, e) : null;
            case VisitKind.BoothVisit:
                var booth = await BoothAsync(db, visit.ExhibitionSlug!, visit.GroupSlug!, ct);
                return booth is { } b ? (CounterKind.BoothVisit, b.Booth, b.Exhibition) : null;
            case VisitKind.BoothProductView:
            case VisitKind.WhatsAppClick:
                var exhibition = await ExhibitionOfBoothAsync(db, visit.BoothId!.Value, ct);
                var kind = visit.Kind == VisitKind.WhatsAppClick ? CounterKind.WhatsAppClick : CounterKind.BoothProductView;
                return exhibition is { } x ? (kind, visit.BoothId.Value, x) : null;
            default:
                return null;
        }
    }

    private async Task<int?> HallAsync(AppDbContext db, string slug, CancellationToken ct)
    {
        if (_halls.TryGetValue(slug, out var id)) return id;
        var found = await db.Exhibitions.AsNoTracking().Where(e => e.Slug == slug).Select(e => (int?)e.Id).FirstOrDefaultAsync(ct);
        if (found is { } f) Remember(_halls, slug, f);
        return found;
    }

    private async Task<(int Booth, int Exhibition)?> BoothAsync(AppDbContext db, string exhibitionSlug, string groupSlug, CancellationToken ct)
    {
        if (_booths.TryGetValue((exhibitionSlug, groupSlug), out var cached)) return cached;
        var found = await db.Booths.AsNoTracking()
            .Where(b => b.Exhibition!.Slug == exhibitionSlug && b.Group!.Slug == groupSlug && b.Status == BoothStatus.Accepted)
            .Select(b => new { b.Id, b.ExhibitionId })
            .FirstOrDefaultAsync(ct);
        if (found is null) return null;
        Remember(_booths, (exhibitionSlug, groupSlug), (found.Id, found.ExhibitionId));
        return (found.Id, found.ExhibitionId);
    }

    /// <summary>An accepted booth's exhibition; a made-up <c>?stan=</c> number resolves to nothing.</summary>
    private async Task<int?> ExhibitionOfBoothAsync(AppDbContext db, int boothId, CancellationToken ct)
    {
        if (_boothExhibitions.TryGetValue(boothId, out var id)) return id;
        var found = await db.Booths.AsNoTracking().Where(b => b.Id == boothId && b.Status == BoothStatus.Accepted)
            .Select(b => (int?)b.ExhibitionId).FirstOrDefaultAsync(ct);
        if (found is { } f) Remember(_boothExhibitions, boothId, f);
        return found;
    }

    // Only places that exist are cached, and the caches are bounded: a slug changed by staff falls out on the next reset.
    private static void Remember<TKey, TValue>(ConcurrentDictionary<TKey, TValue> cache, TKey key, TValue value)
        where TKey : notnull
    {
        if (cache.Count >= MaxCachedPlaces) cache.Clear();
        cache[key] = value;
    }
}
