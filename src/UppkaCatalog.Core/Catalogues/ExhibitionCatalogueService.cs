using Microsoft.EntityFrameworkCore;
using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Data;
using UppkaCatalog.Core.Exhibitions;
using UppkaCatalog.Core.Media;

namespace UppkaCatalog.Core.Catalogues;

/// <summary>What an exhibition's printable catalogue shows: the exhibition, then its halls with their booths.</summary>
public sealed record ExhibitionCatalogue(
    string Slug,
    string Title,
    string Theme,
    string Description,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    bool IsArchived,
    IReadOnlyList<CatalogueHall> Halls)
{
    public int BoothCount => Halls.Sum(h => h.Booths.Count);
}

public sealed record CatalogueHall(string Name, IReadOnlyList<CatalogueBooth> Booths);

/// <summary>A booth: its number, its group and the featured products in the booth's order.</summary>
public sealed record CatalogueBooth(
    string Number,
    string GroupName,
    string GroupSlug,
    string RegencyName,
    string Tagline,
    string? PublicWhatsApp,
    IReadOnlyList<BoothCatalogueProduct> Products);

/// <summary>A featured product: its normal price and, when the booth set one, its exhibition price.</summary>
public sealed record BoothCatalogueProduct(string Slug, string Name, long Price, long? ExhibitionPrice, string Unit, IReadOnlyList<PhotoVariant> Cover);

/// <summary>
/// Public reads for the exhibition catalogue PDF. The same rules as the hall page, which it reads through
/// (<see cref="ExhibitionService.GetHallAsync"/>, no previewer: published and archived exhibitions only, accepted
/// booths of active groups, published products of the booth's own group), plus the units, WhatsApp numbers and
/// photo renditions the page does not need: two more queries, however many booths.
/// </summary>
public sealed class ExhibitionCatalogueService(ExhibitionService exhibitions, IDbContextFactory<AppDbContext> dbFactory)
{
    /// <summary>The public exhibition <paramref name="slug"/>; null if unknown or a draft.</summary>
    public async Task<ExhibitionCatalogue?> GetAsync(string slug, CancellationToken ct = default)
    {
        var hall = await exhibitions.GetHallAsync(slug, ct: ct);
        if (hall is null) return null;
        var productIds = hall.Halls.SelectMany(h => h.Booths).SelectMany(b => b.Products).Select(p => p.ProductId).Distinct().ToList();
        var groupSlugs = hall.Halls.SelectMany(h => h.Booths).Select(b => b.GroupSlug).Distinct().ToList();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var units = await db.Products.AsNoTracking().Where(p => productIds.Contains(p.Id)).Select(p => new { p.Id, p.Unit }).ToDictionaryAsync(p => p.Id, p => p.Unit, ct);
        var whatsApp = await db.Groups.AsNoTracking().Where(g => groupSlugs.Contains(g.Slug)).Select(g => new { g.Slug, g.PublicWhatsApp })
            .ToDictionaryAsync(g => g.Slug, g => g.PublicWhatsApp, ct);
        var covers = await ProductCards.CoversAsync(db, productIds, ct);
        var e = hall.Exhibition;
        return new ExhibitionCatalogue(e.Slug, e.Title, e.Theme, e.Description, e.StartsAt, e.EndsAt, e.IsArchived,
            hall.Halls.Where(h => h.Booths.Count > 0).Select(h => new CatalogueHall(h.Name, h.Booths
                .Select(b => new CatalogueBooth(b.Number, b.GroupName, b.GroupSlug, b.RegencyName, b.Tagline, whatsApp.GetValueOrDefault(b.GroupSlug),
                    b.Products.Select(p => new BoothCatalogueProduct(p.Slug, p.Name, p.Price, p.ExhibitionPrice, units.GetValueOrDefault(p.ProductId, ""),
                        covers.TryGetValue(p.ProductId, out var cover) ? cover.Variants.Where(v => v.Format == "jpg").OrderBy(v => v.Width).ToList() : []))
                        .ToList()))
                .ToList()))
            .ToList());
    }
}
