using System.Security.Claims;
using UppkaCatalog.Core.Accounts;

namespace UppkaCatalog.Core.Common;

/// <summary>
/// Who is calling a service. Services decide permissions from this alone, because interactive
/// components call them in-process, past any endpoint policy.
/// </summary>
public sealed record Actor(string UserId, int? GroupId, bool IsStaff)
{
    /// <summary>The claim carrying a member's group id (added at sign-in).</summary>
    public const string GroupClaim = "uppka:group";

    public bool IsMemberOf(int groupId) => GroupId == groupId;

    /// <summary>Reads the actor from a signed-in principal; null for an anonymous one.</summary>
    public static Actor? From(ClaimsPrincipal principal)
    {
        var id = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        if (id is null) return null;
        var group = int.TryParse(principal.FindFirstValue(GroupClaim), out var g) ? g : (int?)null;
        return new Actor(id, group, principal.IsInRole(Roles.Staff));
    }
}
