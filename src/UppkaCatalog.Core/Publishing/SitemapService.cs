using Microsoft.EntityFrameworkCore;
using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Data;
using UppkaCatalog.Core.Exhibitions;
using UppkaCatalog.Core.Programmes;

namespace UppkaCatalog.Core.Publishing;

/// <summary>One public page for search engines: a site-relative path and when its content last changed (if known).</summary>
public sealed record SitemapEntry(string Path, DateTimeOffset? LastModified);

/// <summary>Every public page worth indexing: the fixed pages, each published product, active group, published or archived exhibition and its accepted booths, each programme taking applications.</summary>
public sealed class SitemapService(IDbContextFactory<AppDbContext> dbFactory, TimeProvider time)
{
    public async Task<IReadOnlyList<SitemapEntry>> ListAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var entries = new List<SitemapEntry> { new("/", null), new("/katalog", null), new("/pameran", null) };

        var products = await db.Products.AsNoTracking()
            .Where(p => p.Status == ProductStatus.Published && p.Group!.IsActive)
            .OrderBy(p => p.Id)
            .Select(p => new { p.Slug, p.UpdatedAt })
            .ToListAsync(ct);
        entries.AddRange(products.Select(p => new SitemapEntry($"/produk/{p.Slug}", p.UpdatedAt)));

        var groups = await db.Groups.AsNoTracking()
            .Where(g => g.IsActive && db.Products.Any(p => p.GroupId == g.Id && p.Status == ProductStatus.Published))
            .OrderBy(g => g.Id)
            .Select(g => g.Slug)
            .ToListAsync(ct);
        entries.AddRange(groups.Select(slug => new SitemapEntry($"/kelompok/{slug}", null)));

        var exhibitions = await db.Exhibitions.AsNoTracking()
            // Archived exhibitions stay readable (closed), so they stay findable too; drafts never.
            .Where(e => e.Status == ExhibitionStatus.Published || e.Status == ExhibitionStatus.Archived)
            .OrderBy(e => e.Id)
            .Select(e => new
            {
                e.Slug,
                Booths = e.Halls.SelectMany(h => h.Booths)
                    .Where(b => b.Status == BoothStatus.Accepted && b.Group!.IsActive)
                    .Select(b => b.Group!.Slug)
                    .ToList(),
            })
            .ToListAsync(ct);
        foreach (var e in exhibitions)
        {
            entries.Add(new SitemapEntry($"/pameran/{e.Slug}", null));
            entries.AddRange(e.Booths.Order(StringComparer.Ordinal).Select(g => new SitemapEntry($"/pameran/{e.Slug}/stan/{g}", null)));
        }

        // Programmes taking applications (now or later); a closed one's page stays readable but is no longer offered.
        var now = time.GetUtcNow();
        entries.Add(new SitemapEntry("/program", null));
        var programmes = await db.Programmes.AsNoTracking()
            .Where(p => p.Status == ProgrammeStatus.Open && p.ApplicationClosesAt > now)
            .OrderBy(p => p.Id)
            .Select(p => new { p.Slug, p.UpdatedAt })
            .ToListAsync(ct);
        entries.AddRange(programmes.Select(p => new SitemapEntry($"/program/{p.Slug}", p.UpdatedAt)));

        return entries;
    }
}
