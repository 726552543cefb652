using System.Net;
using UppkaCatalog.Web.Tests.Support;
using static UppkaCatalog.Web.Tests.Support.AccountFlows;

namespace UppkaCatalog.Web.Tests.Components.Pages.Account;

/// <summary><c>/akun/sandi</c>: a signed-in user changes their password (static form).</summary>
[Collection(DemoAppCollection.Name)]
public sealed class ChangePasswordTests(AppFactory app)
{
    private const string OldPassword = "Sambal lado mudo enak";
    private const string NewPassword = "Tempoyak durian Jambi";

    private static Dictionary<string, string?> Form(string? current, string? next, string? repeat = null) => new()
    {
        ["Input.Current"] = current,
        ["Input.New"] = next,
        ["Input.Repeat"] = repeat ?? next,
    };

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in()
    {
        using var client = app.Browser();

        using var response = await client.GetAsync("/akun/sandi", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/masuk?kembali=%2Fakun%2Fsandi", Target(response));
    }

    [Theory]
    [InlineData("6281273000001", "current", "Kata sandi lama salah.", "Salah sekali kata sandi", NewPassword, null)]
    [InlineData("6281273000002", "new", "terlalu umum", OldPassword, "password123", null)]
    [InlineData("6281273000003", "new", "paling sedikit 8 karakter", OldPassword, "pendek", null)]
    [InlineData("6281273000004", "repeat", "Kedua kata sandi tidak sama", OldPassword, NewPassword, "Tempoyak durian")]
    public async Task A_refused_change_names_the_field_and_keeps_the_old_password(string phone, string field, string message,
        string current, string next, string? repeat)
    {
        await NewMemberAsync(app, "+" + phone, OldPassword);
        using var client = await SignedInAsync(app, "0" + phone[2..], OldPassword);

        using var response = await PostFormAsync(client, "/akun/sandi", Form(current, next, repeat));

        var html = await BodyAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches($"<p id=\"{field}-error\" class=\"field__error\"[^>]*>[^<]*{message}", html);
        Assert.Matches($"<input[^>]*id=\"{field}\"[^>]*aria-invalid=\"true\"", html);
        Assert.DoesNotContain($"value=\"{next}\"", html);
        using var oldStillWorks = await SignInAsync(app.Browser(), "+" + phone, OldPassword);
        Assert.Equal(HttpStatusCode.Redirect, oldStillWorks.StatusCode);
    }

    [Fact]
    public async Task A_successful_change_says_so_keeps_the_user_signed_in_and_only_the_new_password_works()
    {
        const string phone = "+6281273000009";
        await NewMemberAsync(app, phone, OldPassword);
        using var client = await SignedInAsync(app, phone, OldPassword);

        using var response = await PostFormAsync(client, "/akun/sandi", Form(OldPassword, NewPassword));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Kata sandi sudah diganti", await BodyAsync(response));
        using (var account = await client.GetAsync("/akun", TestContext.Current.CancellationToken))
        {
            Assert.Equal(HttpStatusCode.OK, account.StatusCode);
        }

        using var withNew = await SignInAsync(app.Browser(), "0812 7300 0009", NewPassword);
        Assert.Equal(HttpStatusCode.Redirect, withNew.StatusCode);
        using var withOld = await SignInAsync(app.Browser(), phone, OldPassword);
        Assert.Equal(HttpStatusCode.OK, withOld.StatusCode);
        Assert.Contains("Email/nomor HP atau kata sandi salah.", await BodyAsync(withOld));
    }
}
