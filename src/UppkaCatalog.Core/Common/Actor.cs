using System.Security.Claims;
using UppkaCatalog.Core.Accounts;

namespace UppkaCatalog.Core.Common;

/// <summary>
/// Who is calling a service, and the one home of the rules on who may do what. Services decide permissions
/// from this alone, because interactive components call them in-process, past any endpoint policy; every
/// service method starts with one of the <c>Require…</c> checks below (the refusal texts are in
/// <see cref="ServiceMessages"/>).
/// </summary>
/// <remarks>
/// Two kinds of rule: a role (<see cref="RequireStaff"/>: staff act for every group) and a scope
/// (<see cref="RequireGroup"/>: a member acts only for the one group their account belongs to, and gets its id
/// back to filter by). A role scoped to one organisation — e.g. a partner agency — is one more nullable id
/// read from its claim in <see cref="From"/> and one more <c>Require…</c> beside <see cref="RequireGroup"/>,
/// both through <see cref="Scope"/>; no service writes its own check.
/// </remarks>
public sealed record Actor(string UserId, int? GroupId, bool IsStaff, int? PartnerId = null)
{
    /// <summary>The claim carrying a member's group id (added at sign-in).</summary>
    public const string GroupClaim = "uppka:group";

    /// <summary>The claim carrying a partner officer's organisation id (added at sign-in).</summary>
    public const string PartnerClaim = "uppka:partner";

    /// <summary>Staff manage every partner's programmes; a partner officer only their own organisation's.</summary>
    public bool MayManagePartner(int partnerId) => IsStaff || PartnerId == partnerId;

    /// <summary>Refuses anyone who is neither staff nor a partner officer.</summary>
    public void RequireStaffOrPartner(string refusal)
    {
        if (!IsStaff && PartnerId is null) throw new ForbiddenException(refusal);
    }

    /// <summary>Refuses anyone but staff and the officers of <paramref name="partnerId"/>.</summary>
    public void RequirePartner(int partnerId, string refusal)
    {
        if (!MayManagePartner(partnerId)) throw new ForbiddenException(refusal);
    }

    public bool IsMemberOf(int groupId) => GroupId == groupId;

    /// <summary>Staff oversee every group; a member only their own.</summary>
    public bool MayActFor(int groupId) => IsStaff || IsMemberOf(groupId);

    /// <summary>Refuses anyone but staff, with the words of the operation at hand.</summary>
    public void RequireStaff(string? refusal = null)
    {
        if (!IsStaff) throw new ForbiddenException(refusal ?? ServiceMessages.StaffOnly);
    }

    /// <summary>Refuses anyone without a group (staff included); returns the caller's group id.</summary>
    public int RequireGroup(string refusal) => Scope(GroupId, refusal);

    /// <summary>Reads the actor from a signed-in principal; null for an anonymous one.</summary>
    public static Actor? From(ClaimsPrincipal principal)
    {
        var id = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        if (id is null) return null;
        return new Actor(id, ScopeClaim(principal, GroupClaim), principal.IsInRole(Roles.Staff),
            principal.IsInRole(Roles.Partner) ? ScopeClaim(principal, PartnerClaim) : null);
    }

    // A scoped role's organisation id, or a refusal: the same for every organisation a role may be tied to.
    private static int Scope(int? organisationId, string refusal) => organisationId ?? throw new ForbiddenException(refusal);

    private static int? ScopeClaim(ClaimsPrincipal principal, string claim) =>
        int.TryParse(principal.FindFirstValue(claim), out var id) ? id : null;
}
