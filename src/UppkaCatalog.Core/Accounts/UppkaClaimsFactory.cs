using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using UppkaCatalog.Core.Common;

namespace UppkaCatalog.Core.Accounts;

/// <summary>Adds the member's group and display name to the sign-in principal, so services get an <see cref="Actor"/> without a query.</summary>
public sealed class UppkaClaimsFactory(UserManager<AppUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.GroupId is { } groupId) identity.AddClaim(new Claim(Actor.GroupClaim, groupId.ToString(CultureInfo.InvariantCulture)));
        if (user.PartnerId is { } partnerId) identity.AddClaim(new Claim(Actor.PartnerClaim, partnerId.ToString(CultureInfo.InvariantCulture)));
        if (!string.IsNullOrEmpty(user.DisplayName)) identity.AddClaim(new Claim("uppka:name", user.DisplayName));
        return identity;
    }
}
