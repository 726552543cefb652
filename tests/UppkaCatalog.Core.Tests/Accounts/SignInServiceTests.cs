using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using UppkaCatalog.Core.Accounts;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Tests.Support;
using SignInResult = Microsoft.AspNetCore.Identity.SignInResult;

namespace UppkaCatalog.Core.Tests.Accounts;

/// <summary>
/// Sign-in by email or phone with lockout, and password change, through the real SignInManager and cookie
/// handler (each call in its own scope with its own HttpContext, as a request has).
/// </summary>
public sealed class SignInServiceTests(MemberWorld w) : IClassFixture<MemberWorld>
{
    private const string Password = "Kopi-Kerinci-Pagi-Hari";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Staff_sign_in_by_email_and_get_the_identity_cookie()
    {
        await CreateUserAsync("masuk-email@uppka.test", null);

        var (result, setCookie) = await SignInAsync(" masuk-email@uppka.test ", Password);

        Assert.True(result.Succeeded);
        Assert.Contains(".AspNetCore.Identity.Application=", setCookie);
    }

    [Theory]
    [InlineData("081311110001")]
    [InlineData("0813-1111-0001")]
    [InlineData("+62 813 1111 0001")]
    [InlineData("6281311110001")]
    public async Task Members_sign_in_by_phone_in_any_common_form(string login)
    {
        if (await FindAsync("+6281311110001") is null) await CreateUserAsync(null, "+6281311110001");

        var (result, setCookie) = await SignInAsync(login, Password);

        Assert.True(result.Succeeded);
        Assert.Contains(".AspNetCore.Identity.Application=", setCookie);
    }

    [Theory]
    [InlineData("tidak-ada@uppka.test")]
    [InlineData("081399999999")]
    [InlineData("bukan login")]
    [InlineData("")]
    public async Task An_unknown_login_fails_like_a_wrong_password(string login)
    {
        var (result, setCookie) = await SignInAsync(login, Password);

        Assert.False(result.Succeeded);
        Assert.False(result.IsLockedOut);
        Assert.Equal("", setCookie);
    }

    [Fact]
    public async Task Wrong_passwords_are_counted_and_a_success_resets_the_count()
    {
        var user = await CreateUserAsync("hitung@uppka.test", "+6281311110002");

        await SignInAsync("hitung@uppka.test", "salah-satu");
        await SignInAsync("081311110002", "salah-dua");
        Assert.Equal(2, (await FindAsync(user.UserName!))!.AccessFailedCount);

        var (result, _) = await SignInAsync("081311110002", Password);

        Assert.True(result.Succeeded);
        Assert.Equal(0, (await FindAsync(user.UserName!))!.AccessFailedCount);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_for_five_minutes_even_against_the_right_password()
    {
        var user = await CreateUserAsync("kunci@uppka.test", "+6281311110003");

        for (var i = 1; i <= 4; i++)
        {
            var (wrong, _) = await SignInAsync("081311110003", $"salah-{i}");
            Assert.False(wrong.IsLockedOut);
            Assert.Equal(i, (await FindAsync(user.UserName!))!.AccessFailedCount);
        }

        var (fifth, _) = await SignInAsync("081311110003", "salah-5");
        var (right, setCookie) = await SignInAsync("kunci@uppka.test", Password);

        Assert.True(fifth.IsLockedOut);
        Assert.True(right.IsLockedOut);
        Assert.False(right.Succeeded);
        Assert.Equal("", setCookie);
        var locked = (await FindAsync(user.UserName!))!;
        // Identity 10 reads the lockout clock from DateTimeOffset.UtcNow, not from TimeProvider: the real clock.
        Assert.InRange(locked.LockoutEnd!.Value, DateTimeOffset.UtcNow.AddMinutes(4), DateTimeOffset.UtcNow.AddMinutes(5));
    }

    [Fact]
    public async Task After_the_lockout_ends_the_right_password_works_again()
    {
        var user = await CreateUserAsync("buka@uppka.test", "+6281311110004");
        for (var i = 0; i < 5; i++) await SignInAsync("buka@uppka.test", "salah");
        Assert.True((await SignInAsync("buka@uppka.test", Password)).Result.IsLockedOut);

        // Five minutes pass: Identity's lockout ignores the fake clock, so the lockout end is moved into the past instead.
        await Users(async u =>
        {
            var stored = (await u.FindByIdAsync(user.Id))!;
            return await u.SetLockoutEndDateAsync(stored, DateTimeOffset.UtcNow.AddSeconds(-1));
        });
        var (result, _) = await SignInAsync("buka@uppka.test", Password);

        Assert.True(result.Succeeded);
    }

    [Fact]
    public async Task Changing_the_password_needs_the_right_current_one_and_refuses_a_common_new_one()
    {
        var user = await CreateUserAsync("ganti@uppka.test", "+6281311110005");
        var actor = new Actor(user.Id, w.GroupA.Id, IsStaff: false);

        var wrongCurrent = await Assert.ThrowsAsync<ValidationException>(() => SignIn(s => s.ChangePasswordAsync(actor, "bukan-sandi-lama", "Sandi-Baru-Yang-Panjang")));
        var common = await Assert.ThrowsAsync<ValidationException>(() => SignIn(s => s.ChangePasswordAsync(actor, Password, "password123")));
        var shortOne = await Assert.ThrowsAsync<ValidationException>(() => SignIn(s => s.ChangePasswordAsync(actor, Password, "pendek")));
        var empty = await Assert.ThrowsAsync<ValidationException>(() => SignIn(s => s.ChangePasswordAsync(actor, Password, "")));

        Assert.Equal(["currentPassword"], wrongCurrent.Errors.Keys);
        Assert.Equal("Kata sandi lama salah.", wrongCurrent.Errors["currentPassword"]);
        Assert.Equal(["newPassword"], common.Errors.Keys);
        Assert.Contains("terlalu umum", common.Errors["newPassword"]);
        Assert.Equal(["newPassword"], shortOne.Errors.Keys);
        Assert.Equal(["newPassword"], empty.Errors.Keys);
        Assert.True((await SignInAsync("ganti@uppka.test", Password)).Result.Succeeded);

        await SignIn(s => s.ChangePasswordAsync(actor, Password, "Sandi-Baru-Yang-Panjang"));

        Assert.False((await SignInAsync("ganti@uppka.test", Password)).Result.Succeeded);
        Assert.True((await SignInAsync("ganti@uppka.test", "Sandi-Baru-Yang-Panjang")).Result.Succeeded);
    }

    private async Task<AppUser> CreateUserAsync(string? email, string? phone)
    {
        var user = new AppUser
        {
            UserName = phone ?? email, Email = email, PhoneNumber = phone, DisplayName = "Pengguna Uji",
            GroupId = phone is null ? null : w.GroupA.Id, CreatedAt = w.Host.Time.GetUtcNow(),
        };
        var result = await Users(u => u.CreateAsync(user, Password));
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
        return user;
    }

    private Task<AppUser?> FindAsync(string userName) => Users(u => u.FindByNameAsync(userName));

    /// <summary>One sign-in attempt as one request: a new scope and HttpContext; returns what the response set as cookies.</summary>
    private async Task<(SignInResult Result, string SetCookie)> SignInAsync(string login, string password)
    {
        var context = default(HttpContext);
        var result = await SignIn(s => s.PasswordSignInAsync(login, password, remember: false), c => context = c);
        return (result, context!.Response.Headers.SetCookie.ToString());
    }

    private Task SignIn(Func<SignInService, Task> call) => SignIn(async s =>
    {
        await call(s);
        return true;
    });

    private async Task<T> SignIn<T>(Func<SignInService, Task<T>> call, Action<HttpContext>? seen = null)
    {
        await using var scope = w.Host.Services.CreateAsyncScope();
        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext = context;
        seen?.Invoke(context);
        return await call(scope.ServiceProvider.GetRequiredService<SignInService>());
    }

    private async Task<T> Users<T>(Func<UserManager<AppUser>, Task<T>> call)
    {
        await using var scope = w.Host.Services.CreateAsyncScope();
        return await call(scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>());
    }
}
