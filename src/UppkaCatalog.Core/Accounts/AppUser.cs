using Microsoft.AspNetCore.Identity;
using UppkaCatalog.Core.Groups;

namespace UppkaCatalog.Core.Accounts;

/// <summary>A member or staff account. A member belongs to exactly one group; staff to none.</summary>
public sealed class AppUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    public int? GroupId { get; set; }

    public Group? Group { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
