using UppkaCatalog.Core.Data;

namespace UppkaCatalog.Core.Groups;

/// <summary>
/// The one meaning of a group being "online", for the registry's filter and sort, invitations at scale and the regency
/// dashboard: the group has a member account — one of its invitations was accepted, or a member user belongs to it
/// (accounts made before invitations were recorded per group have no accepted invitation row).
/// </summary>
public static class OnlineGroups
{
    public static IQueryable<Group> WhereOnline(this IQueryable<Group> groups, AppDbContext db, bool online = true) =>
        online
            ? groups.Where(g => db.Invitations.Any(i => i.GroupId == g.Id && i.UsedAt != null) || db.Users.Any(u => u.GroupId == g.Id))
            : groups.Where(g => !db.Invitations.Any(i => i.GroupId == g.Id && i.UsedAt != null) && !db.Users.Any(u => u.GroupId == g.Id));

    /// <summary>The group ids that are online, for queries that need the set rather than a filter.</summary>
    /// <remarks>
    /// A partner officer's invitation has no group and never makes one online.
    /// </remarks>
    public static IQueryable<int> Ids(AppDbContext db) =>
        db.Invitations.Where(i => i.UsedAt != null && i.GroupId != null).Select(i => i.GroupId!.Value)
            .Union(db.Users.Where(u => u.GroupId != null).Select(u => u.GroupId!.Value));
}
