using Microsoft.EntityFrameworkCore;
using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Data;

namespace UppkaCatalog.Core.Groups;

/// <summary>A group's public page: who they are, where, how to reach them, and what they sell.</summary>
public sealed record GroupStorefront(
    string Slug,
    string Name,
    string Story,
    /// <summary>What the group makes: its own words, else its sector's name.</summary>
    string Specialty,
    string Village,
    string District,
    string RegencyName,
    int? FoundingYear,
    int MemberCount,
    string? PublicWhatsApp,
    IReadOnlyList<ProductCard> Products);

/// <summary>Public reads of groups: only active groups, only their published products.</summary>
public sealed class StorefrontService(IDbContextFactory<AppDbContext> dbFactory, TimeProvider time)
{
    /// <summary>A storefront shows at most this many products (a group has tens).</summary>
    public const int MaxProducts = 200;

    /// <summary>The active group <paramref name="slug"/> with its published products (newest first); null if unknown or inactive.</summary>
    public async Task<GroupStorefront?> GetAsync(string slug, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var g = await db.Groups.AsNoTracking().Where(x => x.Slug == slug && x.IsActive)
            .Select(x => new { x.Id, x.Slug, x.Name, x.Story, x.Sector, x.Specialty, x.Village, x.District, RegencyName = x.Regency!.Name, x.FoundingYear, x.MemberCount, x.PublicWhatsApp })
            .FirstOrDefaultAsync(ct);
        if (g is null) return null;
        var products = await ProductCards.ToCardsAsync(
            db,
            ProductCards.Public(db).Where(p => p.GroupId == g.Id).OrderByDescending(p => p.PublishedAt).ThenByDescending(p => p.Id).Take(MaxProducts),
            Wib.DayOf(time.GetUtcNow()), ct);
        var specialty = g.Specialty.Length > 0 ? g.Specialty : RegistryNames.Name(g.Sector);
        return new GroupStorefront(g.Slug, g.Name, g.Story, specialty, g.Village, g.District, g.RegencyName, g.FoundingYear, g.MemberCount, g.PublicWhatsApp, products);
    }
}
