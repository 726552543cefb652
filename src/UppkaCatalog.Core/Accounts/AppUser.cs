using Microsoft.AspNetCore.Identity;
using UppkaCatalog.Core.Groups;

namespace UppkaCatalog.Core.Accounts;

/// <summary>A member, staff or partner account. A member belongs to exactly one group, a partner officer to one partner; staff to none.</summary>
public sealed class AppUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    public int? GroupId { get; set; }

    public Group? Group { get; set; }

    /// <summary>A partner officer's organisation (role <see cref="Roles.Partner"/>); null for members and staff.</summary>
    public int? PartnerId { get; set; }

    public Partners.Partner? Partner { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
