using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UppkaCatalog.Core.Accounts;
using UppkaCatalog.Web.Tests.Support;
using static UppkaCatalog.Web.Tests.Support.AccountFlows;

namespace UppkaCatalog.Web.Tests.Components.Pages.Account;

/// <summary><c>/undangan/{token}</c>: a static form through which an invited member creates their account.</summary>
[Collection(DemoAppCollection.Name)]
public sealed class InvitationPageTests(AppFactory app)
{
    private const string GoodPassword = "Kopi pagi di Sengeti";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Dictionary<string, string?> Form(string? phone, string? password, string? repeat = null, string? email = null, string? name = null) => new()
    {
        ["Input.Phone"] = phone,
        ["Input.Email"] = email,
        ["Input.Password"] = password,
        ["Input.Repeat"] = repeat ?? password,
        ["Input.DisplayName"] = name,
    };

    private Task<DateTimeOffset?> UsedAtAsync(int invitationId) =>
        app.QueryAsync(db => db.Invitations.Where(i => i.Id == invitationId).Select(i => i.UsedAt).SingleAsync(Ct));

    [Fact]
    public async Task A_valid_link_shows_the_group_the_invitee_and_the_form()
    {
        var group = await GroupAsync(app, 0);
        var invitation = await InviteAsync(app, group.Id, "Ibu Sari Rahayu");
        using var client = app.Browser();

        using var response = await client.GetAsync($"/undangan/{invitation.Token}", Ct);

        var html = await BodyAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(group.Name, html);
        Assert.Contains("Ibu Sari Rahayu", html);
        Assert.Contains("WIB", html);
        var inputs = Html.InputNames(html);
        Assert.Contains("Input.Phone", inputs);
        Assert.Contains("Input.Password", inputs);
        Assert.Contains("Input.Repeat", inputs);
        Assert.Contains("Input.Email", inputs);
        Assert.Equal("undangan", Html.HiddenInputs(html)["_handler"]);
        // The token is a key to an account: no referrer to other sites, no search engine.
        Assert.Contains("<meta name=\"referrer\" content=\"no-referrer\"", html);
        Assert.Contains("noindex", html);
    }

    [Theory]
    [InlineData("12345", "phone", "Isi nomor HP Indonesia")]
    [InlineData("0212345678", "phone", "Isi nomor HP Indonesia")]
    [InlineData("0812 7100 0001", "password", "paling sedikit 8 karakter", "pendek1")]
    [InlineData("0812 7100 0002", "password", "terlalu umum", "password123")]
    [InlineData("0812 7100 0003", "repeat", "Kedua kata sandi tidak sama", GoodPassword, "Kopi pagi di Sengeti!")]
    [InlineData("0812 7100 0004", "email", "Alamat email tidak valid", GoodPassword, null, "bukan-email")]
    public async Task A_bad_field_is_named_beside_it_and_nobody_is_created(string phone, string field, string message,
        string password = GoodPassword, string? repeat = null, string? email = null)
    {
        var group = await GroupAsync(app, 1);
        var invitation = await InviteAsync(app, group.Id, "Bapak Uji " + field);
        var usersBefore = await UserCountAsync(app);
        using var client = app.Browser();

        using var response = await PostFormAsync(client, $"/undangan/{invitation.Token}", Form(phone, password, repeat, email));

        var html = await BodyAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // The message sits right under its own field, which is marked invalid and points at it.
        var fieldError = System.Text.RegularExpressions.Regex.Match(html, $"<p id=\"{field}-error\" class=\"field__error\"[^>]*>([^<]*)</p>");
        Assert.True(fieldError.Success, $"no message under the {field} field");
        Assert.Contains(message, fieldError.Groups[1].Value);
        Assert.Matches($"<input[^>]*id=\"{field}\"[^>]*aria-invalid=\"true\"", html);
        Assert.Equal(usersBefore, await UserCountAsync(app));
        Assert.Null(await UsedAtAsync(invitation.Id));
        // Passwords are never sent back in the page.
        Assert.DoesNotContain($"value=\"{password}\"", html);
    }

    [Fact]
    public async Task Accepting_creates_a_member_of_the_group_with_the_phone_in_E164_and_signs_them_in()
    {
        var group = await GroupAsync(app, 2);
        var invitation = await InviteAsync(app, group.Id, "Ibu Nurhayati");
        using var client = app.Browser();

        using var response = await PostFormAsync(client, $"/undangan/{invitation.Token}",
            Form("0812-7200-0001", GoodPassword, name: "Nurhayati (Bendahara)"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/kelola", Target(response));
        var user = await app.QueryAsync(db => db.Users.SingleAsync(u => u.PhoneNumber == "+6281272000001", Ct));
        Assert.Equal("+6281272000001", user.UserName);
        Assert.Equal(group.Id, user.GroupId);
        Assert.Equal("Nurhayati (Bendahara)", user.DisplayName);
        Assert.Null(user.Email);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            Assert.Equal([Roles.Member], await users.GetRolesAsync((await users.FindByIdAsync(user.Id))!));
        }

        Assert.NotNull(await UsedAtAsync(invitation.Id));
        // Signed in: the account page opens and names the new member and their group.
        using var account = await client.GetAsync("/akun", Ct);
        var html = await BodyAsync(account);
        Assert.Equal(HttpStatusCode.OK, account.StatusCode);
        Assert.Contains("Nurhayati (Bendahara)", html);
        Assert.Contains(group.Name, html);
    }

    [Fact]
    public async Task The_same_link_a_second_time_says_it_was_already_used()
    {
        var group = await GroupAsync(app, 0);
        var invitation = await InviteAsync(app, group.Id, "Ibu Dua Kali");
        using (var first = app.Browser())
        using (var accepted = await PostFormAsync(first, $"/undangan/{invitation.Token}", Form("0812 7200 0002", GoodPassword)))
        {
            Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        }

        var usersAfterFirst = await UserCountAsync(app);
        using var client = app.Browser();

        using var again = await client.GetAsync($"/undangan/{invitation.Token}", Ct);

        var html = await BodyAsync(again);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("sudah dipakai", html);
        Assert.DoesNotContain("Input.Phone", Html.InputNames(html));
        Assert.Equal(usersAfterFirst, await UserCountAsync(app));
    }

    [Fact]
    public async Task An_expired_link_says_so_and_cannot_be_used()
    {
        var group = await GroupAsync(app, 0);
        var invitation = await InviteAsync(app, group.Id, "Ibu Terlambat");
        using var client = app.Browser();
        // Open the form while the link is still valid, then let the 7 days pass before posting.
        var form = Html.HiddenInputs(await client.GetStringAsync($"/undangan/{invitation.Token}", Ct));
        await app.QueryAsync(db => db.Invitations.Where(i => i.Id == invitation.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.ExpiresAt, DateTimeOffset.UtcNow.AddMinutes(-1)), Ct));
        var usersBefore = await UserCountAsync(app);
        foreach (var (name, value) in Form("0812 7200 0003", GoodPassword)) form[name] = value ?? "";

        using var post = await client.PostAsync($"/undangan/{invitation.Token}", new FormUrlEncodedContent(form), Ct);
        using var get = await client.GetAsync($"/undangan/{invitation.Token}", Ct);

        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        Assert.Contains("kedaluwarsa", await BodyAsync(post));
        Assert.Contains("kedaluwarsa", await BodyAsync(get));
        Assert.DoesNotContain("Input.Phone", Html.InputNames(await BodyAsync(get)));
        Assert.Equal(usersBefore, await UserCountAsync(app));
    }

    [Fact]
    public async Task An_unknown_token_says_the_link_is_not_known()
    {
        using var client = app.Browser();

        using var response = await client.GetAsync("/undangan/bukan-token-yang-ada", Ct);

        var html = await BodyAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("tidak dikenal", html);
        Assert.DoesNotContain("Input.Phone", Html.InputNames(html));
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused_and_creates_nobody()
    {
        var group = await GroupAsync(app, 0);
        var invitation = await InviteAsync(app, group.Id, "Ibu Tanpa Token");
        var usersBefore = await UserCountAsync(app);
        using var client = app.Browser();
        var fields = Html.HiddenInputs(await client.GetStringAsync($"/undangan/{invitation.Token}", Ct));
        fields.Remove("__RequestVerificationToken");
        foreach (var (name, value) in Form("0812 7200 0004", GoodPassword)) fields[name] = value ?? "";

        using var response = await client.PostAsync($"/undangan/{invitation.Token}", new FormUrlEncodedContent(fields), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(usersBefore, await UserCountAsync(app));
        Assert.Null(await UsedAtAsync(invitation.Id));
    }
}
