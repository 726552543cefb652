using Microsoft.AspNetCore.Identity;
using UppkaCatalog.Core.Common;

namespace UppkaCatalog.Core.Accounts;

/// <summary>
/// Sign-in by email or Indonesian phone number (members are invited by phone; email is optional),
/// with lockout counting every failure. The scheme decides cookie (pages) or bearer token (API).
/// </summary>
public sealed class SignInService(SignInManager<AppUser> signIn, UserManager<AppUser> users)
{
    public async Task<SignInResult> PasswordSignInAsync(string? login, string? password, bool remember, string? scheme = null)
    {
        if (string.IsNullOrWhiteSpace(login) || string.IsNullOrEmpty(password)) return SignInResult.Failed;
        var user = await FindAsync(login);
        // An unknown login fails the same way as a wrong password: no hint that an account exists.
        if (user is null) return SignInResult.Failed;
        if (scheme is not null) signIn.AuthenticationScheme = scheme;
        return await signIn.PasswordSignInAsync(user, password, remember, lockoutOnFailure: true);
    }

    /// <summary>
    /// Whether the account signing in by <paramref name="login"/> has <paramref name="role"/>: after a successful sign-in
    /// without a return address, it decides where the user lands (a partner officer on their own area).
    /// </summary>
    public async Task<bool> IsInRoleAsync(string? login, string role) =>
        !string.IsNullOrWhiteSpace(login) && await FindAsync(login) is { } user && await users.IsInRoleAsync(user, role);

    public Task SignOutAsync() => signIn.SignOutAsync();

    private async Task<AppUser?> FindAsync(string login) =>
        login.Contains('@')
            ? await users.FindByEmailAsync(login.Trim())
            : PhoneNumber.TryNormalize(login, out var e164) ? await users.FindByNameAsync(e164) : null;

    public async Task ChangePasswordAsync(Actor actor, string? current, string? next)
    {
        var user = await users.FindByIdAsync(actor.UserId) ?? throw new NotFoundException(ServiceMessages.AccountNotFound);
        if (string.IsNullOrEmpty(current)) throw new ValidationException("currentPassword", ServiceMessages.CurrentPasswordMissing);
        if (string.IsNullOrEmpty(next)) throw new ValidationException("newPassword", ServiceMessages.NewPasswordMissing);
        var result = await users.ChangePasswordAsync(user, current, next);
        if (result.Succeeded)
        {
            await signIn.RefreshSignInAsync(user);
            return;
        }

        var field = result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch)) ? "currentPassword" : "newPassword";
        throw new ValidationException(field, string.Join(" ", result.Errors.Select(e => e.Description)));
    }
}
