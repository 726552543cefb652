using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using UppkaCatalog.Core.Auditing;
using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Data;
using UppkaCatalog.Core.Resources;

namespace UppkaCatalog.Core.Accounts;

public sealed record CreatedInvitation(int Id, string Token, DateTimeOffset ExpiresAt);

/// <summary>One invitation of a group. <see cref="EndedAt"/>: when staff ended the link early (a new one was sent, the group deactivated).</summary>
public sealed record InvitationView(int Id, string GroupName, string DisplayName, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt, DateTimeOffset? UsedAt,
    DateTimeOffset? EndedAt = null);

/// <summary>
/// What the invitation page shows before the member sets a password. <see cref="GroupName"/>: the group, or for a partner
/// officer's invitation (<see cref="ForPartner"/>) the partner organisation.
/// </summary>
public sealed record InvitationPreview(string GroupName, string DisplayName, DateTimeOffset ExpiresAt, bool ForPartner = false);

/// <summary>
/// No open registration: staff invite a member into a group with a single-use link that expires
/// after <see cref="Lifetime"/>; the member opens it and sets a phone number and password.
/// </summary>
public sealed partial class InvitationService(IDbContextFactory<AppDbContext> dbFactory, UserManager<AppUser> users, TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    public async Task<CreatedInvitation> CreateAsync(Actor actor, int groupId, string? displayName, CancellationToken ct = default)
    {
        actor.RequireStaff();
        var name = displayName?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > 120) throw new ValidationException("displayName", ServiceMessages.InviteeNameInvalid);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (!await db.Groups.AnyAsync(g => g.Id == groupId && g.IsActive, ct)) throw new NotFoundException(ServiceMessages.GroupNotFound);
        // 32 random bytes: unguessable; only its hash is stored.
        var token = Base64Url(RandomNumberGenerator.GetBytes(32));
        var now = time.GetUtcNow();
        var invitation = new Invitation
        {
            TokenHash = Hash(token), GroupId = groupId, DisplayName = name, CreatedById = actor.UserId,
            CreatedAt = now, ExpiresAt = now + Lifetime,
        };
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            db.Invitations.Add(invitation);
            await db.SaveChangesAsync(ct);
            AuditLog.Record(db, now, actor.UserId, "invitation.create", $"Group:{groupId}", $"Invitation:{invitation.Id}");
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        return new CreatedInvitation(invitation.Id, token, invitation.ExpiresAt);
    }

    public async Task<IReadOnlyList<InvitationView>> ListAsync(Actor actor, int groupId, CancellationToken ct = default)
    {
        actor.RequireStaff();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Invitations.AsNoTracking().Where(i => i.GroupId == groupId).OrderByDescending(i => i.CreatedAt)
            .Select(i => new InvitationView(i.Id, i.Group!.Name, i.DisplayName, i.CreatedAt, i.ExpiresAt, i.UsedAt, i.EndedAt)).ToListAsync(ct);
    }

    /// <summary>The invitation behind a link, or a <see cref="ValidationException"/> saying why it cannot be used.</summary>
    public async Task<InvitationPreview> PreviewAsync(string? token, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var invitation = await FindUsableAsync(db, token, ct);
        var name = invitation.PartnerId is { } partnerId
            ? await db.Partners.Where(p => p.Id == partnerId).Select(p => p.Name).FirstAsync(ct)
            : await db.Groups.Where(g => g.Id == invitation.GroupId).Select(g => g.Name).FirstAsync(ct);
        return new InvitationPreview(name, invitation.DisplayName, invitation.ExpiresAt, invitation.PartnerId is not null);
    }

    /// <summary>
    /// Creates the member's account and uses up the invitation, or changes nothing. The phone
    /// (Indonesian mobile, stored as E.164) is the sign-in name; the email is optional. A partner officer's invitation makes
    /// an account in role Partner tied to its partner (no group), in the same way.
    /// </summary>
    public async Task<AppUser> AcceptAsync(string? token, string? phone, string? email, string? password, string? displayName = null, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var invitation = await FindUsableAsync(db, token, ct);
        var errors = new Dictionary<string, string>();
        if (!PhoneNumber.TryNormalize(phone, out var e164)) errors["phone"] = ServiceMessages.MobileNumberInvalid;
        var mail = string.IsNullOrWhiteSpace(email) ? null : email.Trim();
        if (mail is not null && (!mail.Contains('@') || mail.Length > 200)) errors["email"] = ServiceMessages.InvitationEmailInvalid;
        if (errors.Count == 0 && await users.FindByNameAsync(e164) is not null) errors["phone"] = ServiceMessages.MobileNumberTaken;
        if (mail is not null && !errors.ContainsKey("email") && await users.FindByEmailAsync(mail) is not null) errors["email"] = ServiceMessages.EmailTaken;
        if (errors.Count > 0) throw new ValidationException(errors);

        var name = string.IsNullOrWhiteSpace(displayName) ? invitation.DisplayName : displayName.Trim();
        var now = time.GetUtcNow();
        var user = new AppUser
        {
            UserName = e164, PhoneNumber = e164, Email = mail, DisplayName = name.Length > 120 ? name[..120] : name,
            GroupId = invitation.GroupId, PartnerId = invitation.PartnerId, CreatedAt = now,
        };
        await CheckPasswordAsync(user, password);

        // Claim the invitation atomically first: two people opening the same link cannot both use it.
        var claimed = await db.Invitations.Where(i => i.Id == invitation.Id && i.UsedAt == null && i.EndedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.UsedAt, now), ct);
        if (claimed == 0) throw new ValidationException("token", ServiceMessages.InvitationJustUsed);
        var created = await users.CreateAsync(user, password!);
        if (created.Succeeded) created = await users.AddToRoleAsync(user, invitation.PartnerId is null ? Roles.Member : Roles.Partner);
        if (!created.Succeeded)
        {
            await db.Invitations.Where(i => i.Id == invitation.Id).ExecuteUpdateAsync(s => s.SetProperty(i => i.UsedAt, (DateTimeOffset?)null), ct);
            if (user.Id is not null && await users.FindByIdAsync(user.Id) is { } partial) await users.DeleteAsync(partial);
            var field = created.Errors.All(e => e.Code.Contains("Email", StringComparison.Ordinal)) ? "email" : "password";
            throw new ValidationException(field, string.Join(" ", created.Errors.Select(e => e.Description)));
        }

        await db.Invitations.Where(i => i.Id == invitation.Id).ExecuteUpdateAsync(s => s.SetProperty(i => i.UserId, user.Id), ct);
        AuditLog.Record(db, now, user.Id, "invitation.accept", Owner(invitation), $"Invitation:{invitation.Id}");
        await db.SaveChangesAsync(ct);
        return user;
    }

    private async Task CheckPasswordAsync(AppUser user, string? password)
    {
        if (string.IsNullOrEmpty(password)) throw new ValidationException("password", ServiceMessages.PasswordMissing);
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, user, password);
            if (!result.Succeeded) throw new ValidationException("password", string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }

    private async Task<Invitation> FindUsableAsync(AppDbContext db, string? token, CancellationToken ct)
    {
        var invitation = string.IsNullOrWhiteSpace(token) || token.Length > 100 ? null
            : await db.Invitations.AsNoTracking().FirstOrDefaultAsync(i => i.TokenHash == Hash(token), ct);
        if (invitation is null) throw new ValidationException("token", ServiceMessages.InvitationUnknown);
        if (invitation.UsedAt is not null) throw new ValidationException("token", ServiceMessages.InvitationUsed);
        if (invitation.EndedAt is not null) throw new ValidationException("token", RegistryMessages.InvitationEnded);
        if (invitation.ExpiresAt <= time.GetUtcNow()) throw new ValidationException("token", ServiceMessages.InvitationExpired);
        // A partner that stopped working with BKKBN takes in no more officers, as a deactivated group takes in no more members.
        if (invitation.PartnerId is { } partnerId && !await db.Partners.AnyAsync(p => p.Id == partnerId && p.IsActive, ct))
        {
            throw new ValidationException("token", RegistryMessages.InvitationEnded);
        }

        return invitation;
    }

    // The audit subject of what the invitation lets somebody into.
    private static string Owner(Invitation i) => i.PartnerId is { } partnerId ? $"Partner:{partnerId}" : $"Group:{i.GroupId}";

    internal static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token))).ToLowerInvariant();

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
