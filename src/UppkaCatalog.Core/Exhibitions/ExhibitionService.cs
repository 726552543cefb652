using Microsoft.EntityFrameworkCore;
using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Data;
using UppkaCatalog.Core.Media;

namespace UppkaCatalog.Core.Exhibitions;

/// <summary>
/// Buyers' reads of virtual exhibitions (the pages under <c>/pameran</c> and the public API). Buyers see Published
/// exhibitions (a preview before they open) and Archived ones (closed, readable as an archive); a Draft only a staff
/// member asking for a preview. Booths: only accepted ones, placed in a hall, of active groups; products: only
/// published ones of the booth's own group. Phases come from the injected <see cref="TimeProvider"/>.
/// Every read runs a fixed number of queries, however many booths an exhibition has.
/// </summary>
public sealed class ExhibitionService(IDbContextFactory<AppDbContext> dbFactory, TimeProvider time)
{
    /// <summary>How many product photos a booth tile in the hall shows.</summary>
    public const int TilePhotoCount = 4;

    /// <summary>Ongoing first (ending soonest), then upcoming (starting soonest), then past (most recent first).</summary>
    public async Task<IReadOnlyList<ExhibitionSummary>> ListPublicAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var now = time.GetUtcNow();
        var rows = await Visible(db, includeDrafts: false)
            .Select(e => new
            {
                Exhibition = e,
                Booths = PublicBooths(db).Count(b => b.ExhibitionId == e.Id),
                Halls = e.Halls.Count,
            })
            .ToListAsync(ct);
        return rows
            .Select(r => Summarize(r.Exhibition, now, r.Booths, r.Halls))
            .OrderBy(s => s.Phase switch { ExhibitionPhase.Ongoing => 0, ExhibitionPhase.Upcoming => 1, _ => 2 })
            .ThenBy(s => s.Phase == ExhibitionPhase.Past ? -s.EndsAt.UtcTicks : s.Phase == ExhibitionPhase.Ongoing ? s.EndsAt.UtcTicks : s.StartsAt.UtcTicks)
            .ToList();
    }

    /// <summary>
    /// The hall page: halls in order, each with its booths by number, narrowed by <paramref name="filter"/>.
    /// <paramref name="previewer"/> is who asked for a preview (<c>?pratinjau=1</c>): a staff member also sees a draft.
    /// Five queries: the exhibition, its halls, its booths, their featured products, the covers shown on tiles.
    /// </summary>
    public async Task<ExhibitionHallView?> GetHallAsync(string slug, HallFilter? filter = null, Actor? previewer = null, CancellationToken ct = default)
    {
        filter ??= HallFilter.None;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var e = await Visible(db, IncludeDrafts(previewer)).Where(x => x.Slug == slug).FirstOrDefaultAsync(ct);
        if (e is null) return null;
        var halls = await db.Halls.AsNoTracking().Where(h => h.ExhibitionId == e.Id)
            .OrderBy(h => h.SortOrder).ThenBy(h => h.Id)
            .Select(h => new { h.Id, h.Slug, h.Name, h.Description })
            .ToListAsync(ct);

        var booths = await PublicBooths(db).Where(b => b.ExhibitionId == e.Id)
            .Select(b => new
            {
                b.Id, HallId = b.HallId!.Value, b.Number, b.Tagline, b.BannerKey,
                GroupName = b.Group!.Name, GroupSlug = b.Group.Slug, RegencyName = b.Group.Regency!.Name, RegencySlug = b.Group.Regency.Slug,
            })
            .ToListAsync(ct);

        // Only what the tiles, the filter and the API need: no product entities, no descriptions.
        var items = (await FeaturedProducts(db).Where(bp => bp.Booth!.ExhibitionId == e.Id)
                .Select(bp => new
                {
                    bp.BoothId, bp.SortOrder, bp.Id, bp.ProductId, bp.Product!.Slug, bp.Product.Name, bp.Product.Price, bp.ExhibitionPrice,
                    Category = new { bp.Product.Category!.Slug, bp.Product.Category.Name, bp.Product.Category.NameEn, bp.Product.Category.SortOrder },
                })
                .ToListAsync(ct))
            .GroupBy(i => i.BoothId)
            .ToDictionary(g => g.Key, g => g.OrderBy(i => i.SortOrder).ThenBy(i => i.Id).ToList());

        // Filter choices from all booths, so choosing one regency still offers the others.
        var hallIdsWithBooths = booths.Select(b => b.HallId).ToHashSet();
        var options = new HallFilterOptions(
            halls.Where(h => hallIdsWithBooths.Contains(h.Id)).Select(h => new FilterOption(h.Slug, h.Name, h.Name)).ToList(),
            booths.Select(b => new FilterOption(b.RegencySlug, b.RegencyName, b.RegencyName)).DistinctBy(o => o.Slug).OrderBy(o => o.Name, StringComparer.Ordinal).ToList(),
            items.Values.SelectMany(l => l).Select(i => i.Category).DistinctBy(c => c.Slug).OrderBy(c => c.SortOrder).ThenBy(c => c.Name, StringComparer.Ordinal)
                .Select(c => new FilterOption(c.Slug, c.Name, c.NameEn)).ToList());
        // A slug that is not on offer (typed by hand, or from an old link) is dropped, not an empty page.
        var applied = new HallFilter(
            options.Halls.FirstOrDefault(o => o.Slug == filter.Hall?.Trim())?.Slug,
            options.Regencies.FirstOrDefault(o => o.Slug == filter.Regency?.Trim())?.Slug,
            options.Categories.FirstOrDefault(o => o.Slug == filter.Category?.Trim())?.Slug);

        var hallSlugs = halls.ToDictionary(h => h.Id, h => h.Slug);
        var shown = booths
            .Where(b => applied.Hall is null || hallSlugs.GetValueOrDefault(b.HallId) == applied.Hall)
            .Where(b => applied.Regency is null || b.RegencySlug == applied.Regency)
            .Where(b => applied.Category is null || items.GetValueOrDefault(b.Id)?.Any(i => i.Category.Slug == applied.Category) == true)
            .ToList();
        var tileProductIds = shown.SelectMany(b => items.GetValueOrDefault(b.Id)?.Take(TilePhotoCount).Select(i => i.ProductId) ?? []).Distinct().ToList();
        var covers = await ProductCards.CoversAsync(db, tileProductIds, ct);

        var hallViews = halls
            .Select(h => new HallView(h.Slug, h.Name, h.Description, shown.Where(b => b.HallId == h.Id)
                .OrderBy(b => b.Number, NaturalOrder)
                .Select(b =>
                {
                    var list = items.GetValueOrDefault(b.Id) ?? [];
                    var photos = list.Take(TilePhotoCount).Select(i => covers.GetValueOrDefault(i.ProductId)).OfType<PhotoView>().ToList();
                    return new BoothSummary(b.Id, b.Number ?? "", b.GroupName, b.GroupSlug, b.RegencyName, b.RegencySlug, b.Tagline,
                        Banner(b.BannerKey, photos.FirstOrDefault()),
                        list.Select(i => new BoothItem(i.ProductId, i.Slug, i.Name, i.Price, i.ExhibitionPrice)).ToList(), photos);
                })
                .ToList()))
            .Where(h => h.Booths.Count > 0 || applied.IsEmpty)
            .ToList();
        var summary = Summarize(e, time.GetUtcNow(), booths.Count, halls.Count);
        // Shared links show the exhibition's own banner (a JPEG), else the first booth picture.
        var share = (summary.Banner?.Fallback(800) is { Length: > 0 } banner ? banner : null)
            ?? hallViews.SelectMany(h => h.Booths).Select(b => b.Banner.JpegPath(800) ?? b.Photos.FirstOrDefault()?.Fallback(800))
                .FirstOrDefault(p => !string.IsNullOrEmpty(p));
        return new ExhibitionHallView(summary, hallViews, applied, options, share);
    }

    /// <summary>
    /// A booth page: the group, its featured products in the booth's order with their exhibition prices.
    /// Three queries: the booth with its exhibition, hall and group; the product cards; their covers.
    /// </summary>
    public async Task<BoothView?> GetBoothAsync(string exhibitionSlug, string groupSlug, Actor? previewer = null, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var visible = Visible(db, IncludeDrafts(previewer));
        var booth = await PublicBooths(db)
            .Where(b => b.Group!.Slug == groupSlug && b.Exhibition!.Slug == exhibitionSlug && visible.Any(e => e.Id == b.ExhibitionId))
            .Select(b => new
            {
                b.Id, b.Number, b.Tagline, b.BannerKey, Exhibition = b.Exhibition!, HallName = b.Hall!.Name, HallSlug = b.Hall.Slug,
                GroupName = b.Group!.Name, GroupSlug = b.Group.Slug, RegencyName = b.Group.Regency!.Name, b.Group.Story, b.Group.PublicWhatsApp,
                Products = b.Products
                    .Where(bp => bp.Product!.Status == ProductStatus.Published && bp.Product.GroupId == b.GroupId)
                    .OrderBy(bp => bp.SortOrder).ThenBy(bp => bp.Id)
                    .Select(bp => new { bp.ProductId, bp.ExhibitionPrice })
                    .ToList(),
            })
            .FirstOrDefaultAsync(ct);
        if (booth is null) return null;
        var cards = await ProductCards.ByIdsAsync(db, booth.Products.Select(p => p.ProductId).ToList(), Wib.DayOf(time.GetUtcNow()), ct);
        var prices = booth.Products.ToDictionary(p => p.ProductId, p => p.ExhibitionPrice);
        var products = cards.Select(c => new FeaturedProduct(c, prices[c.Id])).ToList();
        // The booth page shows no counts: the summary's are left at zero rather than costing two more queries.
        return new BoothView(Summarize(booth.Exhibition, time.GetUtcNow(), 0, 0), booth.Id, booth.HallName, booth.HallSlug, booth.Number ?? "",
            booth.Tagline, Banner(booth.BannerKey, products.Select(p => p.Product.Cover).FirstOrDefault(c => c is not null)),
            booth.GroupName, booth.GroupSlug, booth.RegencyName, booth.Story, booth.PublicWhatsApp, products);
    }

    /// <summary>A preview of drafts is for staff only: the page passes whoever asked, the decision is made here.</summary>
    private static bool IncludeDrafts(Actor? previewer) => previewer?.IsStaff == true;

    private static IQueryable<Exhibition> Visible(AppDbContext db, bool includeDrafts) =>
        db.Exhibitions.AsNoTracking().Where(e =>
            e.Status == ExhibitionStatus.Published || e.Status == ExhibitionStatus.Archived || (includeDrafts && e.Status == ExhibitionStatus.Draft));

    /// <summary>Booths buyers may see: accepted, placed in a hall, of an active group.</summary>
    private static IQueryable<Booth> PublicBooths(AppDbContext db) =>
        db.Booths.AsNoTracking().Where(b => b.Status == BoothStatus.Accepted && b.HallId != null && b.Group!.IsActive);

    /// <summary>Featured products buyers may see: published, the booth group's own, on a booth buyers may see.</summary>
    private static IQueryable<BoothProduct> FeaturedProducts(AppDbContext db) =>
        db.BoothProducts.AsNoTracking().Where(bp => bp.Product!.Status == ProductStatus.Published && bp.Product.GroupId == bp.Booth!.GroupId
            && bp.Booth.Status == BoothStatus.Accepted && bp.Booth.HallId != null && bp.Booth.Group!.IsActive);

    /// <summary>
    /// A banner key naming one stored file (<c>banner/…/800.jpg</c>) is shown as it is. A key without a file name
    /// (a storage prefix whose variants this read model cannot know) gives way to the first product photo.
    /// </summary>
    private static BoothBanner Banner(string? key, PhotoView? firstPhoto) =>
        key is null ? BoothBanner.None
        : BannerImages.View(key, "") is { } stored ? new BoothBanner(stored, null)
        : new BoothBanner(null, firstPhoto);

    private static ExhibitionSummary Summarize(Exhibition e, DateTimeOffset now, int booths, int halls)
    {
        // Archived means closed for good, whatever its dates say.
        var phase = e.Status == ExhibitionStatus.Archived ? ExhibitionPhase.Past : e.PhaseAt(now);
        return new(e.Slug, e.Title, e.Theme, e.Description, e.StartsAt, e.EndsAt, phase, booths, halls,
            phase == ExhibitionPhase.Upcoming ? e.StartsAt - now : null, e.Status == ExhibitionStatus.Draft, e.Status == ExhibitionStatus.Archived,
            BannerImages.View(e.BannerKey, ""));
    }

    /// <summary>Booth numbers as people read them: "A-2" before "A-10".</summary>
    private static readonly StringComparer NaturalOrder = StringComparer.Create(System.Globalization.CultureInfo.InvariantCulture,
        System.Globalization.CompareOptions.NumericOrdering);
}
