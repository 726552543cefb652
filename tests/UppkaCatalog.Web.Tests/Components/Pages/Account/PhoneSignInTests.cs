using System.Net;
using Microsoft.EntityFrameworkCore;
using UppkaCatalog.Web.Tests.Support;
using static UppkaCatalog.Web.Tests.Support.AccountFlows;

namespace UppkaCatalog.Web.Tests.Components.Pages.Account;

/// <summary><c>/masuk</c> takes an email or an Indonesian phone number in any usual spelling.</summary>
[Collection(DemoAppCollection.Name)]
public sealed class PhoneSignInTests(AppFactory app)
{
    private const string Password = "Pempek dan teh talua";

    [Theory]
    [InlineData("081274000001")]
    [InlineData("0812 7400 0001")]
    [InlineData("+62 812-7400-0001")]
    [InlineData("6281274000001")]
    public async Task A_member_signs_in_with_their_phone_number(string typed)
    {
        await EnsureMemberAsync();
        using var client = app.Browser();

        using var response = await SignInAsync(client, typed, Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/akun", Target(response));
        using var account = await client.GetAsync("/akun", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, account.StatusCode);
    }

    [Fact]
    public async Task Something_that_is_neither_email_nor_phone_is_named_beside_the_field()
    {
        using var client = app.Browser();

        using var response = await SignInAsync(client, "budi", Password);

        var html = await BodyAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches("<p id=\"login-error\" class=\"field__error\"[^>]*>Tulis alamat email", html);
        Assert.Contains("Email atau nomor HP", html);
    }

    [Fact]
    public async Task A_wrong_password_for_a_phone_gets_the_same_message_as_an_unknown_phone()
    {
        await EnsureMemberAsync();

        using var wrong = await SignInAsync(app.Browser(), "081274000001", "Pempek dan teh manis");
        using var unknown = await SignInAsync(app.Browser(), "081274999999", Password);

        Assert.Contains("Email/nomor HP atau kata sandi salah.", await BodyAsync(wrong));
        Assert.Contains("Email/nomor HP atau kata sandi salah.", await BodyAsync(unknown));
    }

    /// <summary>The member this class signs in as, created once through the invitation service (tests in the collection run one by one).</summary>
    private async Task EnsureMemberAsync()
    {
        const string phone = "+6281274000001";
        if (!await app.QueryAsync(db => db.Users.AnyAsync(u => u.UserName == phone, TestContext.Current.CancellationToken)))
        {
            await NewMemberAsync(app, phone, Password);
        }
    }
}
