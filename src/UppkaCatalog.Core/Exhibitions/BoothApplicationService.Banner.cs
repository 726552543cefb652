using Microsoft.EntityFrameworkCore;
using UppkaCatalog.Core.Auditing;
using UppkaCatalog.Core.Common;

namespace UppkaCatalog.Core.Exhibitions;

/// <summary>The booth's banner: stored through the photo pipeline; the old files go only after the row stops pointing at them.</summary>
public sealed partial class BoothApplicationService
{
    /// <summary>Replaces the booth's banner with an uploaded image (same editing window as the rest of the booth).</summary>
    /// <exception cref="ValidationException">On field <c>banner</c> for an unusable image, <c>status</c> outside the window.</exception>
    /// <exception cref="ConflictException">When the booth changed since the page showed <paramref name="expectedVersion"/>.</exception>
    public async Task<BoothEditorView> ReplaceBannerAsync(Actor actor, int exhibitionId, Stream upload, Guid expectedVersion, CancellationToken ct = default)
    {
        var groupId = actor.RequireGroup(ServiceMessages.BoothMembersOnly);
        // Checked before the image work too, so a refused upload costs no processing and leaves no files.
        await CheckEditableAsync(groupId, exhibitionId, expectedVersion, ct);
        var stored = await banners.StoreAsync(upload, ct);
        string? old;
        try
        {
            old = await SetBannerAsync(actor, groupId, exhibitionId, stored, expectedVersion, ct);
        }
        catch
        {
            await banners.DeleteAsync(stored, CancellationToken.None);
            throw;
        }

        await banners.DeleteAsync(old, CancellationToken.None);
        return await GetAsync(actor, exhibitionId, ct);
    }

    /// <summary>Takes the banner away (the booth shows the group's name on a plain band instead).</summary>
    public async Task<BoothEditorView> RemoveBannerAsync(Actor actor, int exhibitionId, Guid expectedVersion, CancellationToken ct = default)
    {
        var groupId = actor.RequireGroup(ServiceMessages.BoothMembersOnly);
        var old = await SetBannerAsync(actor, groupId, exhibitionId, null, expectedVersion, ct);
        await banners.DeleteAsync(old, CancellationToken.None);
        return await GetAsync(actor, exhibitionId, ct);
    }

    private async Task CheckEditableAsync(int groupId, int exhibitionId, Guid expectedVersion, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var (exhibition, booth) = await LoadBoothAsync(db, exhibitionId, groupId, ct);
        if (BoothRules.WhyNotEdit(exhibition, booth.Status, time.GetUtcNow()) is { } refused) throw new ValidationException("status", refused);
        // Nothing is saved here: the claim only refuses a stale page before the image work.
        ExhibitionVersions.Claim(booth, expectedVersion);
    }

    /// <summary>Points the booth at <paramref name="bannerKey"/> (checking the window again: the upload took a while); returns the old key.</summary>
    private async Task<string?> SetBannerAsync(Actor actor, int groupId, int exhibitionId, string? bannerKey, Guid expectedVersion, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var now = time.GetUtcNow();
        var (exhibition, booth) = await LoadBoothAsync(db, exhibitionId, groupId, ct);
        if (BoothRules.WhyNotEdit(exhibition, booth.Status, now) is { } refused) throw new ValidationException("status", refused);
        ExhibitionVersions.Claim(booth, expectedVersion);
        var old = booth.BannerKey;
        booth.BannerKey = bannerKey;
        AuditLog.Record(db, now, actor.UserId, bannerKey is null ? "booth.banner-remove" : "booth.banner", $"Booth:{booth.Id}");
        await ExhibitionVersions.SaveAsync(db, ServiceMessages.BoothChanged, ct);
        return old;
    }
}
