using UppkaCatalog.Core.Accounts;

namespace UppkaCatalog.Core.Tests.Accounts;

/// <summary>ASVS 2.1.7: common and personal passwords are refused; long unusual ones pass.</summary>
public sealed class CommonPasswordValidatorTests
{
    private static readonly AppUser Member = new()
    {
        UserName = "+6281234567890", PhoneNumber = "+6281234567890", Email = "siti.aminah@contoh.id", DisplayName = "Siti Aminah",
    };

    [Theory]
    [InlineData("password123")]
    [InlineData("12345678")]
    [InlineData("Password123")]
    [InlineData(" bismillah ")]
    [InlineData("Indonesia123")]
    [InlineData("katasandi")]
    [InlineData("uppkajambi")]
    public async Task Common_passwords_are_refused(string password)
    {
        var result = await Validate(Member, password);

        Assert.False(result.Succeeded);
        Assert.Equal("CommonPassword", Assert.Single(result.Errors).Code);
        Assert.Contains("terlalu umum", result.Errors.Single().Description);
    }

    [Theory]
    [InlineData("081234567890")] // as the member types it
    [InlineData("+6281234567890")] // as stored
    [InlineData("6281234567890")]
    [InlineData("sandi81234567890")] // without any prefix
    [InlineData("Siti.Aminah!2026")] // the email's local part
    [InlineData("siti aminah jambi")] // the display name
    public async Task Passwords_that_contain_the_phone_email_or_name_are_refused(string password)
    {
        var result = await Validate(Member, password);

        Assert.False(result.Succeeded);
        Assert.Equal("PersonalPassword", Assert.Single(result.Errors).Code);
    }

    [Theory]
    [InlineData("Lempok-Durian-Manis-2026")]
    [InlineData("kopi liberika tungkal pagi")]
    public async Task Long_unusual_passwords_pass(string password)
    {
        Assert.True((await Validate(Member, password)).Succeeded);
    }

    private static Task<Microsoft.AspNetCore.Identity.IdentityResult> Validate(AppUser user, string password) =>
        new CommonPasswordValidator().ValidateAsync(null!, user, password);
}
