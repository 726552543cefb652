using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UppkaCatalog.Core.Accounts;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Tests.Support;

namespace UppkaCatalog.Core.Tests.Accounts;

/// <summary>Staff invite a member into a group; the member sets phone and password through a single-use, 7-day link.</summary>
public sealed class InvitationServiceTests(MemberWorld w) : IClassFixture<MemberWorld>
{
    private const string GoodPassword = "Lempok-Durian-Manis-2026";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Staff_create_an_invitation_whose_token_is_stored_only_as_a_hash()
    {
        var created = await Invitations(s => s.CreateAsync(w.Staff, w.GroupA.Id, "  Ibu Siti  ", Ct));

        Assert.Matches("^[A-Za-z0-9_-]{43}$", created.Token);
        Assert.Equal(w.Host.Time.GetUtcNow() + TimeSpan.FromDays(7), created.ExpiresAt);
        await using var db = await w.Host.DbFactory.CreateDbContextAsync(Ct);
        var row = await db.Invitations.SingleAsync(i => i.Id == created.Id, Ct);
        Assert.NotEqual(created.Token, row.TokenHash);
        Assert.DoesNotContain(created.Token, row.TokenHash);
        Assert.Equal("Ibu Siti", row.DisplayName);
        Assert.Equal(w.Staff.UserId, row.CreatedById);
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "invitation.create" && a.Subject == $"Group:{w.GroupA.Id}", Ct));
        var preview = await Invitations(s => s.PreviewAsync(created.Token, Ct));
        Assert.Equal((w.GroupA.Name, "Ibu Siti"), (preview.GroupName, preview.DisplayName));
    }

    [Fact]
    public async Task Accepting_creates_a_member_of_the_invitations_group_signed_in_by_phone()
    {
        var created = await InviteAsync("Pak Rahman");

        var user = await Invitations(s => s.AcceptAsync(created.Token, "0812-3456-7890", null, GoodPassword, ct: Ct));

        var stored = await FindByPhoneAsync("+6281234567890");
        Assert.NotNull(stored);
        Assert.Equal(user.Id, stored.Id);
        Assert.Equal("+6281234567890", stored.UserName);
        Assert.Equal("+6281234567890", stored.PhoneNumber);
        Assert.Null(stored.Email);
        Assert.Equal(w.GroupA.Id, stored.GroupId);
        Assert.Equal("Pak Rahman", stored.DisplayName);
        Assert.Equal([Roles.Member], await Users(u => u.GetRolesAsync(stored)));
        Assert.True(await Users(u => u.CheckPasswordAsync(stored, GoodPassword)));
        await using var db = await w.Host.DbFactory.CreateDbContextAsync(Ct);
        var invitation = await db.Invitations.SingleAsync(i => i.Id == created.Id, Ct);
        Assert.Equal(w.Host.Time.GetUtcNow(), invitation.UsedAt);
        Assert.Equal(user.Id, invitation.UserId);
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "invitation.accept" && a.ActorId == user.Id, Ct));
    }

    [Fact]
    public async Task A_used_invitation_cannot_be_used_again()
    {
        var created = await InviteAsync("Sekali Pakai");
        await Invitations(s => s.AcceptAsync(created.Token, "081300000001", null, GoodPassword, ct: Ct));

        var again = await Assert.ThrowsAsync<ValidationException>(() =>
            Invitations(s => s.AcceptAsync(created.Token, "081300000002", null, GoodPassword, ct: Ct)));
        var preview = await Assert.ThrowsAsync<ValidationException>(() => Invitations(s => s.PreviewAsync(created.Token, Ct)));

        Assert.Equal(["token"], again.Errors.Keys);
        Assert.Contains("sudah dipakai", again.Errors["token"]);
        Assert.Contains("sudah dipakai", preview.Errors["token"]);
        Assert.Null(await FindByPhoneAsync("+6281300000002"));
    }

    [Fact]
    public async Task An_invitation_works_until_one_second_before_7_days_and_not_after()
    {
        var early = await InviteAsync("Masih Berlaku");
        var late = await InviteAsync("Sudah Lewat");

        w.Host.Time.Advance(TimeSpan.FromDays(7) - TimeSpan.FromSeconds(1));
        await Invitations(s => s.AcceptAsync(early.Token, "081300000011", null, GoodPassword, ct: Ct));
        w.Host.Time.Advance(TimeSpan.FromSeconds(2));

        var preview = await Assert.ThrowsAsync<ValidationException>(() => Invitations(s => s.PreviewAsync(late.Token, Ct)));
        var accept = await Assert.ThrowsAsync<ValidationException>(() =>
            Invitations(s => s.AcceptAsync(late.Token, "081300000012", null, GoodPassword, ct: Ct)));

        Assert.NotNull(await FindByPhoneAsync("+6281300000011"));
        Assert.Contains("kedaluwarsa", preview.Errors["token"]);
        Assert.Equal(["token"], accept.Errors.Keys);
        Assert.Contains("kedaluwarsa", accept.Errors["token"]);
        Assert.Null(await FindByPhoneAsync("+6281300000012"));
    }

    [Theory]
    [InlineData("password123", "081300000021")]
    [InlineData("12345678", "081300000022")]
    [InlineData("PASSWORD123", "081300000023")]
    [InlineData("pendek", "081300000024")]
    [InlineData("081300000025", "081300000025")] // the phone as typed
    [InlineData("hp6281300000026!", "081300000026")] // the phone as stored, without the plus
    [InlineData("Kode 81300000027", "081300000027")] // the phone without any prefix
    public async Task A_weak_password_creates_no_account_and_leaves_the_invitation_usable(string password, string phone)
    {
        var created = await InviteAsync("Sandi Lemah");
        var e164 = "+62" + phone[1..];

        var e = await Assert.ThrowsAsync<ValidationException>(() =>
            Invitations(s => s.AcceptAsync(created.Token, phone, null, password, ct: Ct)));

        Assert.Equal(["password"], e.Errors.Keys);
        Assert.Null(await FindByPhoneAsync(e164));
        await Invitations(s => s.PreviewAsync(created.Token, Ct));
        await using (var db = await w.Host.DbFactory.CreateDbContextAsync(Ct))
        {
            Assert.Null((await db.Invitations.SingleAsync(i => i.Id == created.Id, Ct)).UsedAt);
        }

        // The same link, now with a good password.
        var user = await Invitations(s => s.AcceptAsync(created.Token, phone, null, GoodPassword, ct: Ct));
        Assert.Equal(e164, user.UserName);
    }

    [Fact]
    public async Task A_phone_number_already_in_use_is_refused()
    {
        var first = await InviteAsync("Pemilik Nomor");
        var second = await InviteAsync("Peniru Nomor");
        await Invitations(s => s.AcceptAsync(first.Token, "081300000031", null, GoodPassword, ct: Ct));

        var e = await Assert.ThrowsAsync<ValidationException>(() =>
            Invitations(s => s.AcceptAsync(second.Token, "+62 813-0000-0031", null, GoodPassword, ct: Ct)));

        Assert.Equal(["phone"], e.Errors.Keys);
        await Invitations(s => s.PreviewAsync(second.Token, Ct));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("12345")]
    [InlineData("0212345678")]
    [InlineData("bukan nomor")]
    public async Task A_phone_that_is_not_an_Indonesian_mobile_number_is_refused(string? phone)
    {
        var created = await InviteAsync("Nomor Salah");

        var e = await Assert.ThrowsAsync<ValidationException>(() => Invitations(s => s.AcceptAsync(created.Token, phone, null, GoodPassword, ct: Ct)));

        Assert.Equal(["phone"], e.Errors.Keys);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("tidak-ada-undangan-seperti-ini")]
    public async Task An_unknown_token_is_refused(string? token)
    {
        var accept = await Assert.ThrowsAsync<ValidationException>(() => Invitations(s => s.AcceptAsync(token, "081300000041", null, GoodPassword, ct: Ct)));
        var preview = await Assert.ThrowsAsync<ValidationException>(() => Invitations(s => s.PreviewAsync(token, Ct)));

        Assert.Equal(["token"], accept.Errors.Keys);
        Assert.Contains("tidak dikenal", preview.Errors["token"]);
        Assert.Null(await FindByPhoneAsync("+6281300000041"));
    }

    [Fact]
    public async Task Two_people_accepting_the_same_link_at_once_make_exactly_one_account()
    {
        for (var round = 0; round < 5; round++)
        {
            var created = await InviteAsync($"Rebutan {round}");
            string[] phones = [$"08135000{round}001", $"08135000{round}002"];

            var results = await Task.WhenAll(phones.Select(phone => Attempt(() =>
                Invitations(s => s.AcceptAsync(created.Token, phone, null, GoodPassword, ct: Ct)))));

            Assert.Single(results, r => r is null);
            var refused = Assert.IsType<ValidationException>(Assert.Single(results, r => r is not null));
            Assert.Equal(["token"], refused.Errors.Keys);
            var accounts = 0;
            foreach (var phone in phones)
            {
                if (await FindByPhoneAsync("+62" + phone[1..]) is not null) accounts++;
            }

            Assert.Equal(1, accounts);
        }
    }

    [Fact]
    public async Task Members_cannot_create_or_list_invitations()
    {
        await Assert.ThrowsAsync<ForbiddenException>(() => Invitations(s => s.CreateAsync(w.MemberA, w.GroupA.Id, "Teman Saya", Ct)));
        await Assert.ThrowsAsync<ForbiddenException>(() => Invitations(s => s.ListAsync(w.MemberA, w.GroupA.Id, Ct)));
    }

    [Fact]
    public async Task Staff_list_a_groups_invitations_with_their_use()
    {
        var used = await Invitations(s => s.CreateAsync(w.Staff, w.GroupB.Id, "Dipakai", Ct));
        var open = await Invitations(s => s.CreateAsync(w.Staff, w.GroupB.Id, "Belum Dipakai", Ct));
        await Invitations(s => s.AcceptAsync(used.Token, "081300000051", null, GoodPassword, ct: Ct));

        var list = await Invitations(s => s.ListAsync(w.Staff, w.GroupB.Id, Ct));

        Assert.Contains(list, i => i.Id == used.Id && i.UsedAt is not null && i.GroupName == w.GroupB.Name);
        Assert.Contains(list, i => i.Id == open.Id && i.UsedAt is null);
        Assert.All(list, i => Assert.Equal(w.GroupB.Name, i.GroupName));
    }

    [Fact]
    public async Task Inviting_needs_a_name_and_an_existing_group()
    {
        var noName = await Assert.ThrowsAsync<ValidationException>(() => Invitations(s => s.CreateAsync(w.Staff, w.GroupA.Id, "  ", Ct)));
        await Assert.ThrowsAsync<NotFoundException>(() => Invitations(s => s.CreateAsync(w.Staff, 987_654, "Tanpa Kelompok", Ct)));

        Assert.Equal(["displayName"], noName.Errors.Keys);
    }

    private Task<CreatedInvitation> InviteAsync(string name) => Invitations(s => s.CreateAsync(w.Staff, w.GroupA.Id, name, Ct));

    /// <summary>The service is scoped (it holds a UserManager): a scope per call, as per request.</summary>
    private async Task<T> Invitations<T>(Func<InvitationService, Task<T>> call)
    {
        await using var scope = w.Host.Services.CreateAsyncScope();
        return await call(scope.ServiceProvider.GetRequiredService<InvitationService>());
    }

    private async Task<T> Users<T>(Func<UserManager<AppUser>, Task<T>> call)
    {
        await using var scope = w.Host.Services.CreateAsyncScope();
        return await call(scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>());
    }

    private Task<AppUser?> FindByPhoneAsync(string e164) => Users(u => u.FindByNameAsync(e164));

    private static async Task<Exception?> Attempt(Func<Task> call)
    {
        try
        {
            await call();
            return null;
        }
        catch (Exception e)
        {
            return e;
        }
    }
}
