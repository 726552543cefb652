using Microsoft.EntityFrameworkCore;
using UppkaCatalog.Core.Auditing;
using UppkaCatalog.Core.Common;

namespace UppkaCatalog.Core.Exhibitions;

/// <summary>The exhibition's banner, through the product-photo pipeline (<see cref="Media.BannerImages"/>).</summary>
public sealed partial class ExhibitionCurationService
{
    /// <summary>
    /// Stores a new banner and points the exhibition at it; the old banner's files are deleted only after
    /// the row is saved, so a failed save never leaves the exhibition pointing at deleted files (the new
    /// files are deleted instead).
    /// </summary>
    /// <exception cref="ValidationException">On field <c>banner</c> when the picture is refused.</exception>
    public async Task<string> SetBannerAsync(Actor actor, int exhibitionId, Stream upload, CancellationToken ct = default)
    {
        actor.RequireStaff(ServiceMessages.StaffCuratesExhibitions);
        await RequireEditableAsync(exhibitionId, ct);
        var key = await banners.StoreAsync(upload, ct);
        string? old;
        try
        {
            old = await ReplaceBannerKeyAsync(actor, exhibitionId, key, ct);
        }
        catch
        {
            await banners.DeleteAsync(key, CancellationToken.None);
            throw;
        }

        await banners.DeleteAsync(old, CancellationToken.None);
        return key;
    }

    public async Task RemoveBannerAsync(Actor actor, int exhibitionId, CancellationToken ct = default)
    {
        actor.RequireStaff(ServiceMessages.StaffCuratesExhibitions);
        var old = await ReplaceBannerKeyAsync(actor, exhibitionId, null, ct);
        await banners.DeleteAsync(old, CancellationToken.None);
    }

    private async Task RequireEditableAsync(int exhibitionId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var exhibition = await db.Exhibitions.AsNoTracking().FirstOrDefaultAsync(x => x.Id == exhibitionId, ct) ?? throw NotFound();
        RequireNotArchived(exhibition);
    }

    private async Task<string?> ReplaceBannerKeyAsync(Actor actor, int exhibitionId, string? key, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var exhibition = await db.Exhibitions.FirstOrDefaultAsync(x => x.Id == exhibitionId, ct) ?? throw NotFound();
        RequireNotArchived(exhibition);
        var old = exhibition.BannerKey;
        exhibition.BannerKey = key;
        AuditLog.Record(db, time.GetUtcNow(), actor.UserId, key is null ? "exhibition.banner-remove" : "exhibition.banner-set", Subject(exhibitionId));
        await db.SaveChangesAsync(ct);
        return old;
    }
}
