using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UppkaCatalog.Core.Accounts;
using UppkaCatalog.Core.Common;

namespace UppkaCatalog.Web.Tests.Support;

/// <summary>What the account and staff HTTP tests do again and again: fill forms as a browser does, make invitations and members.</summary>
internal static class AccountFlows
{
    public const string DemoPassword = "Demo-UPPKA-2026";
    public const string StaffEmail = "staf@uppka.test";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>GETs <paramref name="page"/>, keeps its hidden fields (form name, antiforgery) and cookies, POSTs the given fields.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string page, IReadOnlyDictionary<string, string?> fields)
    {
        var form = await client.GetStringAsync(page, Ct);
        var values = Html.HiddenInputs(form);
        foreach (var (name, value) in fields) values[name] = value ?? "";
        return await client.PostAsync(page, new FormUrlEncodedContent(values), Ct);
    }

    public static Task<HttpResponseMessage> SignInAsync(HttpClient client, string login, string password) =>
        PostFormAsync(client, "/masuk", new Dictionary<string, string?> { ["Input.Login"] = login, ["Input.Password"] = password });

    /// <summary>A client signed in as <paramref name="login"/> (asserting that the sign-in worked).</summary>
    public static async Task<HttpClient> SignedInAsync(AppFactory app, string login, string password = DemoPassword)
    {
        var client = app.Browser();
        using var response = await SignInAsync(client, login, password);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"sign-in as {login} answered {(int)response.StatusCode}, not a redirect");
        return client;
    }

    /// <summary>Where a redirect goes, as a local path: an absolute Location must point at this same site.</summary>
    public static string Target(HttpResponseMessage response)
    {
        var location = response.Headers.Location;
        Assert.NotNull(location);
        if (!location.IsAbsoluteUri) return location.OriginalString;
        Assert.Equal("localhost", location.Host);
        return location.PathAndQuery;
    }

    /// <summary>
    /// A staff page or download sends an anonymous visitor to sign in and a signed-in member to the "staff only" page
    /// (the endpoints' role policy; the services check again).
    /// </summary>
    public static async Task AssertStaffOnlyAsync(AppFactory app, string path)
    {
        using var anonymous = app.Browser();
        using var member = await SignedInAsync(app, "anggota1@uppka.test");

        using var refusedAnonymous = await anonymous.GetAsync(path, Ct);
        using var refusedMember = await member.GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.Redirect, refusedAnonymous.StatusCode);
        Assert.StartsWith("/masuk", Target(refusedAnonymous));
        Assert.Equal(HttpStatusCode.Redirect, refusedMember.StatusCode);
        Assert.StartsWith("/akun/ditolak", Target(refusedMember));
    }

    public static async Task<string> BodyAsync(HttpResponseMessage response) => Html.Text(await response.Content.ReadAsStringAsync(Ct));

    public static async Task<Actor> StaffActorAsync(AppFactory app)
    {
        var id = await app.QueryAsync(db => db.Users.Where(u => u.Email == StaffEmail).Select(u => u.Id).SingleAsync(Ct));
        return new Actor(id, null, IsStaff: true);
    }

    /// <summary>The demo member <c>anggotaN@uppka.test</c> as a service actor.</summary>
    public static async Task<Actor> MemberActorAsync(AppFactory app, int n)
    {
        var email = $"anggota{n}@uppka.test";
        var user = await app.QueryAsync(db => db.Users.Where(u => u.Email == email).Select(u => new { u.Id, u.GroupId }).SingleAsync(Ct));
        return new Actor(user.Id, user.GroupId, IsStaff: false);
    }

    /// <summary>A group id and name from the demo data (the <paramref name="index"/>-th by id).</summary>
    public static Task<(int Id, string Name)> GroupAsync(AppFactory app, int index = 0) =>
        app.QueryAsync(async db =>
        {
            var g = await db.Groups.OrderBy(x => x.Id).Skip(index).Select(x => new { x.Id, x.Name }).FirstAsync(Ct);
            return (g.Id, g.Name);
        });

    /// <summary>An invitation made by the demo staff member through the real service; returns the token from the link.</summary>
    public static async Task<CreatedInvitation> InviteAsync(AppFactory app, int groupId, string inviteeName)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var invitations = scope.ServiceProvider.GetRequiredService<InvitationService>();
        return await invitations.CreateAsync(await StaffActorAsync(app), groupId, inviteeName, Ct);
    }

    /// <summary>A fresh member (invited and accepted through the services) for tests that change an account.</summary>
    public static async Task<AppUser> NewMemberAsync(AppFactory app, string phone, string password, int groupIndex = 0)
    {
        var group = await GroupAsync(app, groupIndex);
        var invitation = await InviteAsync(app, group.Id, "Anggota Uji " + phone[^4..]);
        await using var scope = app.Services.CreateAsyncScope();
        var invitations = scope.ServiceProvider.GetRequiredService<InvitationService>();
        return await invitations.AcceptAsync(invitation.Token, phone, null, password, null, Ct);
    }

    public static Task<int> UserCountAsync(AppFactory app) => app.QueryAsync(db => db.Users.CountAsync(Ct));
}
