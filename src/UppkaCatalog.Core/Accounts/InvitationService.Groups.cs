using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using UppkaCatalog.Core.Auditing;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Data;
using UppkaCatalog.Core.Regions;
using UppkaCatalog.Core.Resources;

namespace UppkaCatalog.Core.Accounts;

/// <summary>
/// A group's new invitation link, for staff to send on: the token exists only here (the database keeps its hash). The leader's
/// name and phone come with it so the front door can offer a WhatsApp message to the leader; null when the registry has none.
/// </summary>
public sealed record IssuedInvitation(int GroupId, string GroupName, string RegistrationNumber, string? LeaderName, string? LeaderPhone,
    string Token, DateTimeOffset ExpiresAt);

/// <summary>Why a group got no invitation in a step that invites many.</summary>
public enum InvitationSkip
{
    NotFound,
    Inactive,

    /// <summary>An invitation of the group was accepted already.</summary>
    Online,
}

public sealed record SkippedGroup(int GroupId, string? GroupName, InvitationSkip Reason)
{
    /// <summary>The reason in the reader's language.</summary>
    public string Message => RegistryMessages.Skip(Reason);
}

/// <summary>What one invitation step made (in the order of the registry list: by name) and which groups it left out, and why.</summary>
public sealed record BulkInvitationResult(IReadOnlyList<IssuedInvitation> Issued, IReadOnlyList<SkippedGroup> Skipped);

public sealed partial class InvitationService
{
    /// <summary>The most groups one step invites: the links are shown on one page, and one transaction writes them.</summary>
    public const int MaxGroupsPerStep = 1_000;

    /// <summary>
    /// Invites each of <paramref name="groupIds"/> with a new link to its leader, in one transaction: every link is made or none.
    /// A group that is unknown, inactive or already online gets none and is reported in <see cref="BulkInvitationResult.Skipped"/>.
    /// A group with a usable link gets a new one and the old one ends (resend).
    /// </summary>
    public async Task<BulkInvitationResult> InviteGroupsAsync(Actor actor, IEnumerable<int> groupIds, CancellationToken ct = default)
    {
        actor.RequireStaff();
        var ids = groupIds.Distinct().ToList();
        if (ids.Count == 0) throw new ValidationException("groupIds", RegistryMessages.NothingToInvite);
        if (ids.Count > MaxGroupsPerStep) throw new ValidationException("groupIds", RegistryMessages.TooManyToInvite(MaxGroupsPerStep));
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await InviteAsync(db, actor, db.Groups.Where(g => ids.Contains(g.Id)), ids, ct);
    }

    /// <summary>
    /// Invites every active group of the regency or city <paramref name="regency"/> (BPS code or name) that is not online yet, in one
    /// transaction; its inactive and online groups are reported as skipped.
    /// </summary>
    public async Task<BulkInvitationResult> InviteNotYetOnlineAsync(Actor actor, string? regency, CancellationToken ct = default)
    {
        actor.RequireStaff();
        if (string.IsNullOrWhiteSpace(regency)) throw new ValidationException("regency", RegistryMessages.RegencyRequired);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var found = new RegencyNames(await db.Regencies.AsNoTracking().ToListAsync(ct)).Find(regency)
            ?? throw new ValidationException("regency", RegistryMessages.UnknownRegency(regency.Trim()));
        var now = time.GetUtcNow();
        var waiting = await db.Groups.CountAsync(g => g.RegencyId == found.Id && g.IsActive && !db.Invitations.Any(i => i.GroupId == g.Id && i.UsedAt != null), ct);
        if (waiting > MaxGroupsPerStep) throw new ValidationException("regency", RegistryMessages.TooManyToInvite(MaxGroupsPerStep));
        return await InviteAsync(db, actor, db.Groups.Where(g => g.RegencyId == found.Id), null, ct);
    }

    /// <summary>
    /// One group's new link (the list's "invite", the group page's "resend", the API): the group's usable links end. Refused for
    /// an unknown group (<see cref="NotFoundException"/>) and for an inactive or online one (<see cref="ConflictException"/>).
    /// </summary>
    public async Task<IssuedInvitation> InviteGroupAsync(Actor actor, int groupId, CancellationToken ct = default)
    {
        var result = await InviteGroupsAsync(actor, [groupId], ct);
        if (result.Issued.Count == 1) return result.Issued[0];
        var skipped = result.Skipped.Single();
        if (skipped.Reason == InvitationSkip.NotFound) throw new NotFoundException(skipped.Message);
        throw new ConflictException(skipped.Message);
    }

    /// <summary>The invitation status of one group (the group page; the list reads the same rule for a page of rows).</summary>
    public async Task<InvitationStatus> StatusAsync(Actor actor, int groupId, CancellationToken ct = default)
    {
        actor.RequireStaff();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return InvitationStatus.Of(await db.Invitations.AsNoTracking().Where(i => i.GroupId == groupId).ToListAsync(ct), time.GetUtcNow());
    }

    private async Task<BulkInvitationResult> InviteAsync(AppDbContext db, Actor actor, IQueryable<Groups.Group> candidates, List<int>? askedFor, CancellationToken ct)
    {
        var groups = await candidates.AsNoTracking().OrderBy(g => g.Name).ThenBy(g => g.Id).Select(g => new
        {
            g.Id, g.Name, g.RegistrationNumber, g.LeaderName, g.LeaderPhone, g.IsActive,
            Online = Groups.OnlineGroups.Ids(db).Contains(g.Id),
        }).ToListAsync(ct);
        var skipped = new List<SkippedGroup>();
        if (askedFor is not null)
        {
            var known = groups.Select(g => g.Id).ToHashSet();
            skipped.AddRange(askedFor.Where(id => !known.Contains(id)).Select(id => new SkippedGroup(id, null, InvitationSkip.NotFound)));
        }

        skipped.AddRange(groups.Where(g => !g.IsActive || g.Online)
            .Select(g => new SkippedGroup(g.Id, g.Name, g.IsActive ? InvitationSkip.Online : InvitationSkip.Inactive)));
        var invited = groups.Where(g => g.IsActive && !g.Online).ToList();
        if (invited.Count == 0) return new([], skipped);

        var now = time.GetUtcNow();
        var ids = invited.Select(g => g.Id).ToList();
        var rows = invited.Select(g =>
        {
            var token = Base64Url(RandomNumberGenerator.GetBytes(32));
            var name = g.LeaderName ?? RegistryMessages.InviteeFallback(g.Name);
            var invitation = new Invitation
            {
                TokenHash = Hash(token), GroupId = g.Id, DisplayName = name.Length > 120 ? name[..120] : name, CreatedById = actor.UserId,
                CreatedAt = now, ExpiresAt = now + Lifetime,
            };
            return (Group: g, Token: token, Invitation: invitation);
        }).ToList();

        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            // Resend: the links still out for these groups end now, so only the newest one can let anybody in.
            var ending = await db.Invitations.Where(i => i.GroupId != null && ids.Contains(i.GroupId.Value) && i.UsedAt == null && i.EndedAt == null && i.ExpiresAt > now)
                .Select(i => new { i.Id, i.GroupId }).ToListAsync(ct);
            var endingIds = ending.Select(i => i.Id).ToList();
            await db.Invitations.Where(i => endingIds.Contains(i.Id)).ExecuteUpdateAsync(s => s.SetProperty(i => i.EndedAt, now), ct);
            db.Invitations.AddRange(rows.Select(r => r.Invitation));
            await db.SaveChangesAsync(ct);
            var ended = ending.ToLookup(i => i.GroupId, i => i.Id);
            foreach (var (group, _, invitation) in rows)
            {
                var replaced = ended[group.Id].ToList();
                AuditLog.Record(db, now, actor.UserId, replaced.Count > 0 ? "invitation.resend" : "invitation.create", $"Group:{group.Id}",
                    replaced.Count > 0 ? $"Invitation:{invitation.Id}, ends {string.Join(", ", replaced.Select(id => $"Invitation:{id}"))}" : $"Invitation:{invitation.Id}");
            }

            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }

        return new(rows.Select(r => new IssuedInvitation(r.Group.Id, r.Group.Name, r.Group.RegistrationNumber, r.Group.LeaderName, r.Group.LeaderPhone,
            r.Token, r.Invitation.ExpiresAt)).ToList(), skipped);
    }
}
