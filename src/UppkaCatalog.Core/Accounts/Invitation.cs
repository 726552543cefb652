using UppkaCatalog.Core.Groups;

namespace UppkaCatalog.Core.Accounts;

/// <summary>
/// A single-use link with which staff let a member into a group, or an officer into a partner organisation: exactly one of
/// <see cref="GroupId"/> and <see cref="PartnerId"/> is set (a check constraint says so). Only a hash of the token is
/// stored: a leaked database does not hand out accounts.
/// </summary>
public sealed class Invitation
{
    public int Id { get; set; }

    /// <summary>SHA-256 of the token in the link, hex.</summary>
    public required string TokenHash { get; set; }

    /// <summary>A member's group; null for a partner officer's invitation.</summary>
    public int? GroupId { get; set; }

    public Group? Group { get; set; }

    /// <summary>A partner officer's organisation (the account gets role Partner); null for a member's invitation.</summary>
    public int? PartnerId { get; set; }

    public Partners.Partner? Partner { get; set; }

    /// <summary>How staff named the invitee; the member can keep or change it.</summary>
    public required string DisplayName { get; set; }

    public required string CreatedById { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? UsedAt { get; set; }

    /// <summary>
    /// When staff ended the link before it expired: a new one was sent to the group (resend), or the group was deactivated.
    /// An ended link cannot be used, as a used or an expired one cannot.
    /// </summary>
    public DateTimeOffset? EndedAt { get; set; }

    /// <summary>The account the invitation created.</summary>
    public string? UserId { get; set; }
}
