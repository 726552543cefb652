using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using UppkaCatalog.Core.Auditing;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Resources;

namespace UppkaCatalog.Core.Accounts;

/// <summary>One officer invitation of a partner, as the staff partner page lists it.</summary>
public sealed record OfficerInvitationView(int Id, string DisplayName, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt, DateTimeOffset? UsedAt,
    DateTimeOffset? EndedAt);

/// <summary>
/// Partner officers are invited as members are: staff make a single-use link that expires after <see cref="Lifetime"/>, it is
/// accepted on the same invitation page (<see cref="AcceptAsync"/>), and the account it makes is in role Partner with the
/// partner's id. The rows have no group: every member invitation query (group lists, "online", the dashboard) passes them by.
/// </summary>
public sealed partial class InvitationService
{
    /// <summary>
    /// A new officer link for <paramref name="partnerId"/> (staff only; an unknown or inactive partner: not found). A usable
    /// link of the same partner for the same name ends now (a resend): only the newest one lets that officer in.
    /// </summary>
    public async Task<CreatedInvitation> CreateOfficerAsync(Actor actor, int partnerId, string? displayName, CancellationToken ct = default)
    {
        actor.RequireStaff(ProgrammeMessages.StaffOnlyPartners);
        var name = displayName?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > 120) throw new ValidationException("displayName", ServiceMessages.InviteeNameInvalid);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (!await db.Partners.AnyAsync(p => p.Id == partnerId && p.IsActive, ct)) throw new NotFoundException(ProgrammeMessages.PartnerNotFound);
        var token = Base64Url(RandomNumberGenerator.GetBytes(32));
        var now = time.GetUtcNow();
        var invitation = new Invitation
        {
            TokenHash = Hash(token), PartnerId = partnerId, DisplayName = name, CreatedById = actor.UserId, CreatedAt = now, ExpiresAt = now + Lifetime,
        };
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            // Names compared in memory: SQLite's lower() knows ASCII only, and a partner has a handful of links.
            var open = await db.Invitations.Where(i => i.PartnerId == partnerId && i.UsedAt == null && i.EndedAt == null && i.ExpiresAt > now)
                .Select(i => new { i.Id, i.DisplayName }).ToListAsync(ct);
            var ending = open.Where(i => string.Equals(i.DisplayName, name, StringComparison.CurrentCultureIgnoreCase)).Select(i => i.Id).ToList();
            if (ending.Count > 0) await db.Invitations.Where(i => ending.Contains(i.Id)).ExecuteUpdateAsync(s => s.SetProperty(i => i.EndedAt, now), ct);
            db.Invitations.Add(invitation);
            await db.SaveChangesAsync(ct);
            AuditLog.Record(db, now, actor.UserId, ending.Count > 0 ? "invitation.resend" : "invitation.create", $"Partner:{partnerId}",
                ending.Count > 0 ? $"Invitation:{invitation.Id}, ends {string.Join(", ", ending.Select(id => $"Invitation:{id}"))}" : $"Invitation:{invitation.Id}");
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }

        return new CreatedInvitation(invitation.Id, token, invitation.ExpiresAt);
    }

    /// <summary>A partner's officer invitations, newest first (staff only).</summary>
    public async Task<IReadOnlyList<OfficerInvitationView>> ListOfficerInvitationsAsync(Actor actor, int partnerId, CancellationToken ct = default)
    {
        actor.RequireStaff(ProgrammeMessages.StaffOnlyPartners);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Invitations.AsNoTracking().Where(i => i.PartnerId == partnerId).OrderByDescending(i => i.CreatedAt).ThenByDescending(i => i.Id)
            .Select(i => new OfficerInvitationView(i.Id, i.DisplayName, i.CreatedAt, i.ExpiresAt, i.UsedAt, i.EndedAt)).ToListAsync(ct);
    }
}
