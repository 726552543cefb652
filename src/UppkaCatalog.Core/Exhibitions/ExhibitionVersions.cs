using Microsoft.EntityFrameworkCore;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Data;

namespace UppkaCatalog.Core.Exhibitions;

/// <summary>
/// The optimistic-concurrency checks of <see cref="Exhibition.Version"/> and <see cref="Booth.Version"/>, shared by
/// staff's and the group's services. A change is checked twice: against the loaded row here (a stale page is refused
/// before anything is written), and again in the UPDATE itself, because EF compares the loaded token there, so a
/// change racing this one between the read and the write still loses cleanly instead of overwriting.
/// </summary>
internal static class ExhibitionVersions
{
    /// <summary>Refuses a stale <paramref name="expected"/>; otherwise gives the booth the version its change will carry.</summary>
    public static void Claim(Booth booth, Guid expected)
    {
        if (booth.Version != expected) throw new ConflictException(ServiceMessages.BoothChanged);
        booth.Version = Guid.NewGuid();
    }

    public static void Claim(Exhibition exhibition, Guid expected)
    {
        if (exhibition.Version != expected) throw new ConflictException(ServiceMessages.ExhibitionChanged);
        exhibition.Version = Guid.NewGuid();
    }

    /// <summary>Saves; a token changed since the row was read ends in <paramref name="message"/>, never in an overwrite.</summary>
    public static async Task SaveAsync(AppDbContext db, string message, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException(message);
        }
    }
}
