using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using UppkaCatalog.Core.Accounts;
using UppkaCatalog.Core.Tests.Support;

namespace UppkaCatalog.Core.Tests.Accounts;

/// <summary>An account needs no email (members sign in by phone), but an email it has is well-formed and unique.</summary>
public sealed class OptionalEmailValidatorTests(MemberWorld w) : IClassFixture<MemberWorld>
{
    private const string Password = "Tempoyak-Ikan-Patin-Pedas";

    [Fact]
    public async Task An_account_without_an_email_is_created()
    {
        var result = await CreateAsync("+6281322220001", null);

        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
    }

    [Fact]
    public async Task A_second_account_with_the_same_email_is_refused_in_any_case()
    {
        Assert.True((await CreateAsync("+6281322220002", "sama@uppka.test")).Succeeded);

        var result = await CreateAsync("+6281322220003", "SAMA@uppka.test");

        Assert.Equal("DuplicateEmail", Assert.Single(result.Errors).Code);
    }

    [Theory]
    [InlineData("bukan-email")]
    [InlineData("@uppka.test")]
    [InlineData(" ")]
    public async Task A_malformed_email_is_refused(string email)
    {
        var result = await CreateAsync("+6281322220004", email);

        Assert.Equal("InvalidEmail", Assert.Single(result.Errors).Code);
    }

    private async Task<IdentityResult> CreateAsync(string phone, string? email)
    {
        await using var scope = w.Host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        return await users.CreateAsync(new AppUser { UserName = phone, PhoneNumber = phone, Email = email, DisplayName = "Uji Email" }, Password);
    }
}
