using Microsoft.AspNetCore.Identity;

namespace UppkaCatalog.Core.Accounts;

/// <summary>Identity's messages in the users' language (the ones members can actually meet).</summary>
public sealed class IndonesianIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) =>
        new() { Code = nameof(PasswordTooShort), Description = $"Kata sandi paling sedikit {length} karakter. Kalimat pendek yang mudah Anda ingat lebih aman." };

    public override IdentityError PasswordMismatch() =>
        new() { Code = nameof(PasswordMismatch), Description = "Kata sandi lama salah." };

    public override IdentityError DuplicateUserName(string userName) =>
        new() { Code = nameof(DuplicateUserName), Description = "Nomor HP atau nama akun ini sudah dipakai." };

    public override IdentityError DuplicateEmail(string email) =>
        new() { Code = nameof(DuplicateEmail), Description = "Email ini sudah dipakai akun lain." };

    public override IdentityError InvalidEmail(string? email) =>
        new() { Code = nameof(InvalidEmail), Description = "Alamat email tidak valid." };

    public override IdentityError InvalidUserName(string? userName) =>
        new() { Code = nameof(InvalidUserName), Description = "Nama akun tidak valid." };

    public override IdentityError UserLockoutNotEnabled() =>
        new() { Code = nameof(UserLockoutNotEnabled), Description = "Penguncian akun tidak aktif." };

    public override IdentityError ConcurrencyFailure() =>
        new() { Code = nameof(ConcurrencyFailure), Description = "Akun baru saja diubah di tempat lain. Coba lagi." };
}
