using Microsoft.AspNetCore.Identity;
using UppkaCatalog.Core.Common;

namespace UppkaCatalog.Core.Accounts;

/// <summary>Identity's messages in the caller's language (the ones members can actually meet), from <see cref="ServiceMessages"/>.</summary>
public sealed class LocalizedIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) =>
        new() { Code = nameof(PasswordTooShort), Description = ServiceMessages.PasswordTooShort(length) };

    public override IdentityError PasswordMismatch() =>
        new() { Code = nameof(PasswordMismatch), Description = ServiceMessages.CurrentPasswordWrong };

    public override IdentityError DuplicateUserName(string userName) =>
        new() { Code = nameof(DuplicateUserName), Description = ServiceMessages.UserNameTaken };

    public override IdentityError DuplicateEmail(string email) =>
        new() { Code = nameof(DuplicateEmail), Description = ServiceMessages.EmailTaken };

    public override IdentityError InvalidEmail(string? email) =>
        new() { Code = nameof(InvalidEmail), Description = ServiceMessages.EmailInvalid };

    public override IdentityError InvalidUserName(string? userName) =>
        new() { Code = nameof(InvalidUserName), Description = ServiceMessages.UserNameInvalid };

    public override IdentityError UserLockoutNotEnabled() =>
        new() { Code = nameof(UserLockoutNotEnabled), Description = ServiceMessages.LockoutNotEnabled };

    public override IdentityError ConcurrencyFailure() =>
        new() { Code = nameof(ConcurrencyFailure), Description = ServiceMessages.AccountChangedElsewhere };
}
