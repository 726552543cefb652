using Microsoft.EntityFrameworkCore;
using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Data;
using UppkaCatalog.Core.Media;

namespace UppkaCatalog.Core.Exhibitions;

/// <summary>
/// Public reads of virtual exhibitions: only published exhibitions, only accepted booths, only
/// published products. Phases (upcoming / ongoing / past) are computed from <see cref="TimeProvider"/>.
/// </summary>
public sealed class ExhibitionService(IDbContextFactory<AppDbContext> dbFactory, TimeProvider time)
{
    /// <summary>Ongoing first (ending soonest), then upcoming (starting soonest), then past (most recent first).</summary>
    public async Task<IReadOnlyList<ExhibitionSummary>> ListPublicAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var now = time.GetUtcNow();
        var rows = await db.Exhibitions.AsNoTracking()
            .Where(e => e.Status == ExhibitionStatus.Published)
            .Select(e => new
            {
                Exhibition = e,
                Booths = db.Booths.Count(b => b.ExhibitionId == e.Id && b.Status == BoothStatus.Accepted && b.Group!.IsActive),
                Halls = e.Halls.Count,
            })
            .ToListAsync(ct);
        return rows
            .Select(r => Summarize(r.Exhibition, now, r.Booths, r.Halls))
            .OrderBy(s => s.Phase switch { ExhibitionPhase.Ongoing => 0, ExhibitionPhase.Upcoming => 1, _ => 2 })
            .ThenBy(s => s.Phase == ExhibitionPhase.Past ? -s.EndsAt.UtcTicks : s.Phase == ExhibitionPhase.Ongoing ? s.EndsAt.UtcTicks : s.StartsAt.UtcTicks)
            .ToList();
    }

    /// <summary>The hall page: halls in order, each with its accepted booths.</summary>
    public async Task<ExhibitionHallView?> GetHallAsync(string slug, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var e = await db.Exhibitions.AsNoTracking()
            .Include(x => x.Halls).ThenInclude(h => h.Booths.Where(b => b.Status == BoothStatus.Accepted && b.Group!.IsActive)).ThenInclude(b => b.Group!.Regency)
            .Include(x => x.Halls).ThenInclude(h => h.Booths).ThenInclude(b => b.Products.Where(bp => bp.Product!.Status == ProductStatus.Published))
            .AsSplitQuery()
            .FirstOrDefaultAsync(x => x.Slug == slug && x.Status == ExhibitionStatus.Published, ct);
        if (e is null) return null;
        var halls = e.Halls.OrderBy(h => h.SortOrder).Select(h => new HallView(h.Slug, h.Name, h.Description,
            h.Booths.OrderBy(b => b.Number, StringComparer.Ordinal)
                .Select(b => new BoothSummary(b.Number!, b.Group!.Name, b.Group.Slug, b.Group.Regency!.Name, b.Tagline, b.Products.Count))
                .ToList())).ToList();
        return new ExhibitionHallView(Summarize(e, time.GetUtcNow(), halls.Sum(h => h.Booths.Count), halls.Count), halls);
    }

    public async Task<BoothView?> GetBoothAsync(string exhibitionSlug, string groupSlug, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var booth = await db.Booths.AsNoTracking()
            .Where(b => b.Status == BoothStatus.Accepted && b.Group!.Slug == groupSlug && b.Group.IsActive
                && b.HallId != null && b.Exhibition!.Slug == exhibitionSlug && b.Exhibition.Status == ExhibitionStatus.Published)
            .Include(b => b.Hall).Include(b => b.Exhibition)
            .Include(b => b.Group!.Regency)
            .Include(b => b.Products.Where(bp => bp.Product!.Status == ProductStatus.Published).OrderBy(bp => bp.SortOrder))
                .ThenInclude(bp => bp.Product!.Photos)
            .Include(b => b.Products).ThenInclude(bp => bp.Product!.Category)
            .AsSplitQuery()
            .FirstOrDefaultAsync(ct);
        if (booth is null) return null;
        var e = booth.Exhibition!;
        var g = booth.Group!;
        var boothCount = await db.Booths.CountAsync(b => b.ExhibitionId == e.Id && b.Status == BoothStatus.Accepted && b.Group!.IsActive, ct);
        var hallCount = await db.Halls.CountAsync(h => h.ExhibitionId == e.Id, ct);
        var products = booth.Products.Select(bp =>
        {
            var p = bp.Product!;
            var cover = p.Photos.OrderBy(ph => ph.SortOrder).FirstOrDefault();
            var card = new ProductCard(p.Id, p.Slug, p.Name, p.Price, p.Unit, p.Availability, p.PreOrderDays, g.Name, g.Slug,
                g.Regency!.Name, p.Category!.Name, cover is null ? null : PhotoView.From(cover));
            return (card, bp.ExhibitionPrice);
        }).ToList();
        return new BoothView(Summarize(e, time.GetUtcNow(), boothCount, hallCount), booth.Hall!.Name, booth.Number!, booth.Tagline,
            g.Name, g.Slug, g.Regency!.Name, g.Story, g.PublicWhatsApp, products);
    }

    private static ExhibitionSummary Summarize(Exhibition e, DateTimeOffset now, int booths, int halls) =>
        new(e.Slug, e.Title, e.Theme, e.Description, e.StartsAt, e.EndsAt, e.PhaseAt(now), booths, halls);
}
