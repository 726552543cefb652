using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UppkaCatalog.Core.Accounts;
using UppkaCatalog.Web.Tests.Support;
using static UppkaCatalog.Web.Tests.Endpoints.Api.Api;

namespace UppkaCatalog.Web.Tests.Endpoints.Api;

[Collection(ApiAppCollection.Name)]
public sealed class AuthApiTests(AppFactory app)
{
    [Fact]
    public async Task Login_returns_a_bearer_token_valid_for_8_hours_that_opens_the_member_API()
    {
        using var client = Anonymous(app);

        using var response = await client.PostAsJsonAsync("/api/auth/login", new { email = Member(1), password = Password }, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        var body = await JsonAsync(response);
        Assert.Equal("Bearer", body.GetProperty("tokenType").GetString());
        Assert.Equal(8 * 3600, body.GetProperty("expiresIn").GetInt32());
        var token = body.GetProperty("accessToken").GetString();
        Assert.False(string.IsNullOrEmpty(token));
        // The handler's JSON is the whole answer: nothing written after it.
        Assert.Equal(body.GetRawText().Length, (await response.Content.ReadAsStringAsync(Ct)).Trim().Length);

        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var list = await client.GetAsync("/api/v1/me/products", Ct);
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
    }

    [Fact]
    public async Task The_email_field_may_hold_the_members_phone_number_in_08_form()
    {
        // A member invited by phone: the user name is the E.164 number, and there is no email.
        var groupId = await app.QueryAsync(db => db.Users.Where(u => u.Email == Member(5)).Select(u => u.GroupId).SingleAsync(Ct));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = new AppUser { UserName = "+6281277770001", PhoneNumber = "+6281277770001", DisplayName = "Anggota lewat HP", GroupId = groupId, CreatedAt = DateTimeOffset.UtcNow };
            var created = await users.CreateAsync(user, Password);
            Assert.True(created.Succeeded, string.Join(" ", created.Errors.Select(e => e.Description)));
            Assert.True((await users.AddToRoleAsync(user, Roles.Member)).Succeeded);
        }

        using var byPhone = await SignedInAsync(app, "0812-7777-0001");
        using var byEmail = await SignedInAsync(app, Member(5));

        var own = await JsonAsync(await byPhone.GetAsync("/api/v1/me/products", Ct));
        var sameGroup = await JsonAsync(await byEmail.GetAsync("/api/v1/me/products", Ct));
        Assert.NotEqual(0, own.GetArrayLength());
        Assert.Equal(sameGroup.EnumerateArray().Select(p => p.GetProperty("id").GetInt32()), own.EnumerateArray().Select(p => p.GetProperty("id").GetInt32()));
    }

    [Fact]
    public async Task Wrong_password_is_a_401_problem_in_Indonesian_with_no_token()
    {
        using var client = Anonymous(app);

        using var response = await client.PostAsJsonAsync("/api/auth/login", new { email = Member(2), password = "Demo-UPPKA-2025" }, Ct);

        var problem = await ProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.Equal("Email/nomor HP atau kata sandi salah.", problem.GetProperty("detail").GetString());
        Assert.False(problem.TryGetProperty("accessToken", out _));
    }

    [Fact]
    public async Task Unknown_account_gets_exactly_the_answer_of_a_wrong_password()
    {
        using var client = Anonymous(app);

        using var unknown = await client.PostAsJsonAsync("/api/auth/login", new { email = "tidak-ada@uppka.test", password = Password }, Ct);
        using var wrong = await client.PostAsJsonAsync("/api/auth/login", new { email = Member(2), password = "Demo-UPPKA-2025" }, Ct);

        var a = await ProblemAsync(unknown, HttpStatusCode.Unauthorized);
        var b = await ProblemAsync(wrong, HttpStatusCode.Unauthorized);
        Assert.Equal(b.GetProperty("title").GetString(), a.GetProperty("title").GetString());
        Assert.Equal(b.GetProperty("detail").GetString(), a.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Missing_fields_are_a_400_naming_each_field()
    {
        using var client = Anonymous(app);

        using var response = await client.PostAsJsonAsync("/api/auth/login", new { email = " " }, Ct);

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("Isi email atau nomor HP.", FieldError(problem, "email"));
        Assert.Equal("Isi kata sandi.", FieldError(problem, "password"));
    }

    [Fact]
    public async Task Five_failures_lock_the_account_and_the_answer_says_so_and_for_how_long()
    {
        // A member of its own (the demo accounts are shared by the collection; a locked one would fail later tests).
        const string phone = "+6281279000007";
        var groupId = await app.QueryAsync(db => db.Users.Where(u => u.Email == Member(7)).Select(u => u.GroupId).SingleAsync(Ct));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = new AppUser { UserName = phone, PhoneNumber = phone, DisplayName = "Anggota uji kunci", GroupId = groupId, CreatedAt = DateTimeOffset.UtcNow };
            Assert.True((await users.CreateAsync(user, Password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, Roles.Member)).Succeeded);
        }

        const string email = "081279000007";
        using var client = Anonymous(app);
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            using var wrong = await client.PostAsJsonAsync("/api/auth/login", new { email, password = "salah-salah-" + attempt }, Ct);
            await ProblemAsync(wrong, HttpStatusCode.Unauthorized);
        }

        using var fifth = await client.PostAsJsonAsync("/api/auth/login", new { email, password = "salah-salah-5" }, Ct);
        await ProblemAsync(fifth, HttpStatusCode.TooManyRequests);

        // Even the right password is refused now.
        using var right = await client.PostAsJsonAsync("/api/auth/login", new { email, password = Password }, Ct);
        var problem = await ProblemAsync(right, HttpStatusCode.TooManyRequests);
        var detail = problem.GetProperty("detail").GetString()!;
        Assert.Contains("dikunci", detail);
        Assert.Contains("5 menit", detail);
        Assert.Equal(TimeSpan.FromMinutes(5), right.Headers.RetryAfter?.Delta);
        Assert.False(problem.TryGetProperty("accessToken", out _));
        var lockoutEnd = await app.QueryAsync(db => db.Users.Where(u => u.UserName == phone).Select(u => u.LockoutEnd).SingleAsync(Ct));
        Assert.True(lockoutEnd > DateTimeOffset.UtcNow);
    }

    [Fact]
    public async Task Malformed_JSON_is_a_400_problem_in_Indonesian_not_a_stack_trace()
    {
        using var client = Anonymous(app);

        using var response = await client.PostAsync("/api/auth/login",
            new StringContent("{\"email\": \"anggota1@uppka.test\", \"password\": ", System.Text.Encoding.UTF8, "application/json"), Ct);

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("Permintaan tidak bisa dibaca.", problem.GetProperty("title").GetString());
        Assert.Contains("bukan JSON yang sah", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_form_post_instead_of_JSON_is_a_415_problem()
    {
        using var client = Anonymous(app);

        using var response = await client.PostAsync("/api/auth/login",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["email"] = Member(1), ["password"] = Password }), Ct);

        var problem = await ProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
        Assert.Contains("application/json", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Sign_in_cookie_of_the_pages_does_not_open_the_API()
    {
        // A browser signed in on /masuk: were the cookie honoured, any other site could drive the API with it.
        using var browser = app.Browser();
        var page = await browser.GetStringAsync("/masuk", Ct);
        var form = Html.HiddenInputs(page);
        form[Html.InputNames(page).Single(n => n is "Input.Login" or "Input.Email")] = Member(1);
        form["Input.Password"] = Password;
        using (var signIn = await browser.PostAsync("/masuk", new FormUrlEncodedContent(form), Ct))
        {
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        }

        using (var account = await browser.GetAsync("/akun", Ct))
        {
            Assert.Equal(HttpStatusCode.OK, account.StatusCode); // the cookie works where it belongs
        }

        var before = await app.QueryAsync(db => db.Products.CountAsync(Ct));
        using var list = await browser.GetAsync("/api/v1/me/products", Ct);
        using var create = await browser.PostAsJsonAsync("/api/v1/products", new { name = "Lewat cookie" }, Ct);

        await ProblemAsync(list, HttpStatusCode.Unauthorized);
        await ProblemAsync(create, HttpStatusCode.Unauthorized);
        Assert.Equal(before, await app.QueryAsync(db => db.Products.CountAsync(Ct)));
    }

    [Fact]
    public async Task A_password_change_ends_the_tokens_issued_before_it()
    {
        using var client = await BearerClientAsync(Member(14));
        using (var before = await client.GetAsync("/api/v1/me/products", Ct))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = await users.FindByEmailAsync(Member(14));
            var changed = await users.ChangePasswordAsync(user!, Password, "Sandi-Baru-Anggota-14");
            Assert.True(changed.Succeeded, string.Join("; ", changed.Errors.Select(e => e.Description)));
        }

        using var after = await client.GetAsync("/api/v1/me/products", Ct);
        await ProblemAsync(after, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_locked_out_account_cannot_use_its_earlier_token()
    {
        using var client = await BearerClientAsync(Member(15));

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = await users.FindByEmailAsync(Member(15));
            await users.SetLockoutEndDateAsync(user!, DateTimeOffset.UtcNow.AddMinutes(5));
        }

        using var after = await client.GetAsync("/api/v1/me/products", Ct);
        await ProblemAsync(after, HttpStatusCode.Unauthorized);
    }

    private async Task<HttpClient> BearerClientAsync(string login)
    {
        var client = Anonymous(app);
        using var response = await client.PostAsJsonAsync("/api/auth/login", new { email = login, password = Password }, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var token = (await JsonAsync(response)).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
