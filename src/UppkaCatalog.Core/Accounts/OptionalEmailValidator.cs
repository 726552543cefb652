using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;

namespace UppkaCatalog.Core.Accounts;

/// <summary>
/// Members are invited by phone and the email is optional, but Identity's <c>RequireUniqueEmail</c> also makes
/// an email mandatory (every invitation accepted without one failed with "Alamat email tidak valid").
/// This keeps what that option meant to keep — an email, when there is one, well-formed and unique — without requiring one.
/// </summary>
public sealed class OptionalEmailValidator : IUserValidator<AppUser>
{
    private static readonly EmailAddressAttribute Format = new();

    public async Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user)
    {
        var email = await manager.GetEmailAsync(user);
        if (string.IsNullOrEmpty(email)) return IdentityResult.Success;
        if (string.IsNullOrWhiteSpace(email) || !Format.IsValid(email)) return IdentityResult.Failed(manager.ErrorDescriber.InvalidEmail(email));
        var owner = await manager.FindByEmailAsync(email);
        return owner is not null && await manager.GetUserIdAsync(owner) != await manager.GetUserIdAsync(user)
            ? IdentityResult.Failed(manager.ErrorDescriber.DuplicateEmail(email))
            : IdentityResult.Success;
    }
}
