using Microsoft.EntityFrameworkCore;
using UppkaCatalog.Core.Data;
using UppkaCatalog.Core.Exhibitions;

namespace UppkaCatalog.Core.Reporting;

/// <summary>Where a booth's WhatsApp button leads: the group's public number, for an accepted booth of a public exhibition.</summary>
public sealed record BoothContact(int BoothId, int ExhibitionId, string ExhibitionTitle, string GroupName, string? BoothNumber, string WhatsApp);

/// <summary>Looks up the booth behind the counting WhatsApp redirect (<c>/pameran/{slug}/stan/{groupSlug}/whatsapp</c>).</summary>
public sealed class BoothWhatsAppService(IDbContextFactory<AppDbContext> dbFactory)
{
    /// <summary>
    /// The booth's contact, or null when there is nothing public to send the buyer to: no such booth, a booth not
    /// accepted, an exhibition still a draft, an inactive group, or a group without a public WhatsApp number.
    /// An archived exhibition stays readable (and reachable) as an archive.
    /// </summary>
    public async Task<BoothContact?> FindAsync(string exhibitionSlug, string groupSlug, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var row = await db.Booths.AsNoTracking()
            .Where(b => b.Exhibition!.Slug == exhibitionSlug && b.Group!.Slug == groupSlug && b.Status == BoothStatus.Accepted
                && b.Group.IsActive && b.Exhibition.Status != ExhibitionStatus.Draft)
            .Select(b => new { b.Id, b.ExhibitionId, b.Exhibition!.Title, GroupName = b.Group!.Name, b.Number, b.Group.PublicWhatsApp })
            .FirstOrDefaultAsync(ct);
        return row is { PublicWhatsApp: { Length: > 0 } phone }
            ? new BoothContact(row.Id, row.ExhibitionId, row.Title, row.GroupName, row.Number, phone)
            : null;
    }
}
