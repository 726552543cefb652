using Microsoft.EntityFrameworkCore;
using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Data;
using UppkaCatalog.Core.Media;

namespace UppkaCatalog.Core.Catalogues;

/// <summary>What a group's printable catalogue shows: the group, then each published product.</summary>
public sealed record GroupCatalogue(
    string Slug,
    string Name,
    string Story,
    string RegencyName,
    string? PublicWhatsApp,
    IReadOnlyList<CatalogueProduct> Products);

/// <summary>One product in a catalogue; <see cref="Cover"/> is its cover photo's JPEG renditions (none without a photo).</summary>
public sealed record CatalogueProduct(
    string Slug,
    string Name,
    string Description,
    long Price,
    string Unit,
    int MinimumOrder,
    Availability Availability,
    int? PreOrderDays,
    string? NetContent,
    string? PirtNumber,
    string? HalalNumber,
    string? BpomNumber,
    IReadOnlyList<PhotoVariant> Cover);

/// <summary>
/// Public reads for the group catalogue PDF: the same rules as the storefront (active group, published products
/// only), newest first, at most <see cref="Groups.StorefrontService.MaxProducts"/>. No actor: it is public content.
/// </summary>
public sealed class GroupCatalogueService(IDbContextFactory<AppDbContext> dbFactory)
{
    /// <summary>The active group <paramref name="slug"/> and its published products; null if unknown or inactive.</summary>
    public async Task<GroupCatalogue?> GetAsync(string slug, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var g = await db.Groups.AsNoTracking().Where(x => x.Slug == slug && x.IsActive)
            .Select(x => new { x.Id, x.Slug, x.Name, x.Story, RegencyName = x.Regency!.Name, x.PublicWhatsApp })
            .FirstOrDefaultAsync(ct);
        if (g is null) return null;
        var rows = await ProductCards.Public(db).Where(p => p.GroupId == g.Id)
            .OrderByDescending(p => p.PublishedAt).ThenByDescending(p => p.Id)
            .Take(Groups.StorefrontService.MaxProducts)
            .Select(p => new
            {
                p.Id, p.Slug, p.Name, p.Description, p.Price, p.Unit, p.MinimumOrder, p.Availability, p.PreOrderDays,
                p.NetContent, p.PirtNumber, p.HalalNumber, p.BpomNumber,
            })
            .ToListAsync(ct);
        var covers = await ProductCards.CoversAsync(db, rows.Select(r => r.Id).ToList(), ct);
        var products = rows.Select(p => new CatalogueProduct(p.Slug, p.Name, p.Description, p.Price, p.Unit, p.MinimumOrder,
            p.Availability, p.PreOrderDays, p.NetContent, p.PirtNumber, p.HalalNumber, p.BpomNumber,
            covers.TryGetValue(p.Id, out var cover) ? cover.Variants.Where(v => v.Format == "jpg").OrderBy(v => v.Width).ToList() : [])).ToList();
        return new GroupCatalogue(g.Slug, g.Name, g.Story, g.RegencyName, g.PublicWhatsApp, products);
    }

    /// <summary>
    /// The JPEG rendition sharp at <paramref name="pixelsWide"/> and no larger: the narrowest at least that wide, else
    /// the widest there is. Null when the photo has no JPEG.
    /// </summary>
    public static PhotoVariant? Rendition(IReadOnlyList<PhotoVariant> jpegs, int pixelsWide) =>
        jpegs.Where(v => v.Format == "jpg").OrderBy(v => v.Width).FirstOrDefault(v => v.Width >= pixelsWide)
        ?? jpegs.Where(v => v.Format == "jpg").MaxBy(v => v.Width);
}
