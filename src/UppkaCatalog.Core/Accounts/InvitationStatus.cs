namespace UppkaCatalog.Core.Accounts;

/// <summary>Where a group stands with its invitations, as the registry list and the group page show it.</summary>
public enum InvitationState
{
    /// <summary>No invitation was ever made for the group.</summary>
    NotInvited,

    /// <summary>A link is out and still usable (not used, not ended, not expired).</summary>
    Invited,

    /// <summary>An invitation was accepted: the group is online.</summary>
    Accepted,

    /// <summary>Links were made, but none was accepted and none is usable any more.</summary>
    Expired,
}

/// <summary>
/// A group's invitation status. <see cref="InvitedAt"/>/<see cref="ExpiresAt"/>: the newest usable link (Invited) or the newest
/// link of all (Expired; its end is the expiry, or when it was ended early). <see cref="AcceptedAt"/>: the first acceptance,
/// "online since".
/// </summary>
public sealed record InvitationStatus(InvitationState State, DateTimeOffset? InvitedAt, DateTimeOffset? ExpiresAt, DateTimeOffset? AcceptedAt)
{
    public static readonly InvitationStatus None = new(InvitationState.NotInvited, null, null, null);

    /// <summary>The one rule, over a group's invitations (any order).</summary>
    public static InvitationStatus Of(IEnumerable<Invitation> invitations, DateTimeOffset now)
    {
        var all = invitations.ToList();
        if (all.Count == 0) return None;
        if (all.Where(i => i.UsedAt is not null).Select(i => i.UsedAt).Min() is { } accepted)
        {
            var first = all.Where(i => i.UsedAt == accepted).First();
            return new(InvitationState.Accepted, first.CreatedAt, first.ExpiresAt, accepted);
        }

        if (all.Where(i => IsUsable(i, now)).MaxBy(i => i.CreatedAt) is { } open) return new(InvitationState.Invited, open.CreatedAt, open.ExpiresAt, null);
        var last = all.MaxBy(i => i.CreatedAt)!;
        return new(InvitationState.Expired, last.CreatedAt, last.EndedAt is { } ended && ended < last.ExpiresAt ? ended : last.ExpiresAt, null);
    }

    /// <summary>A link that can still be opened and accepted.</summary>
    public static bool IsUsable(Invitation i, DateTimeOffset now) => i.UsedAt is null && i.EndedAt is null && i.ExpiresAt > now;
}
