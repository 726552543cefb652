using Microsoft.AspNetCore.Identity;
using UppkaCatalog.Core.Common;

namespace UppkaCatalog.Core.Accounts;

/// <summary>
/// ASVS 2.1.7: refuse passwords found in breach lists and the obvious ones people in Indonesia
/// pick, and a password that repeats the account's own name, phone or email.
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<AppUser>
{
    private static readonly Lazy<HashSet<string>> Common = new(Load);

    public static bool IsCommon(string password) => Common.Value.Contains(password.Trim().ToLowerInvariant());

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password)
    {
        if (string.IsNullOrEmpty(password)) return Task.FromResult(IdentityResult.Success);
        var lower = password.ToLowerInvariant();
        if (IsCommon(password))
        {
            return Fail("CommonPassword", ServiceMessages.PasswordCommon);
        }

        // The phone without "+62" too: it is inside the number as members type it (08…) and as stored (+628…).
        var localPhone = user.PhoneNumber is { } phone && phone.StartsWith("+62", StringComparison.Ordinal) ? phone[3..] : null;
        var personal = new[] { user.UserName, user.Email?.Split('@')[0], user.PhoneNumber?.TrimStart('+'), localPhone, user.DisplayName }
            .Where(s => !string.IsNullOrWhiteSpace(s) && s.Length >= 4).Select(s => s!.ToLowerInvariant());
        if (personal.Any(lower.Contains))
        {
            return Fail("PersonalPassword", ServiceMessages.PasswordPersonal);
        }

        return Task.FromResult(IdentityResult.Success);
    }

    private static Task<IdentityResult> Fail(string code, string message) =>
        Task.FromResult(IdentityResult.Failed(new IdentityError { Code = code, Description = message }));

    private static HashSet<string> Load()
    {
        using var stream = typeof(CommonPasswordValidator).Assembly.GetManifestResourceStream("UppkaCatalog.Core.Accounts.common-passwords.txt")
            ?? throw new InvalidOperationException("common-passwords.txt is not embedded.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#') set.Add(line.Trim().ToLowerInvariant());
        }

        return set;
    }
}
