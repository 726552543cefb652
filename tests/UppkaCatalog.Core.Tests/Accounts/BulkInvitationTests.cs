using UppkaCatalog.Tests.Shared;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using UppkaCatalog.Core.Accounts;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Groups;
using UppkaCatalog.Core.Tests.Groups;
using UppkaCatalog.Core.Tests.Support;

namespace UppkaCatalog.Core.Tests.Accounts;

/// <summary>
/// Invitations at scale: a selection of groups, or every group of a regency not online yet, in one transaction; inactive and
/// online groups skipped and reported; resend ends the old link; the status per group. Each test works on groups of its own,
/// in a regency of its own where it invites a whole regency.
/// </summary>
public sealed class BulkInvitationTests(RegistryWorld w) : IClassFixture<RegistryWorld>
{
    private const string GoodPassword = "Lempok-Durian-Manis-2026";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private InvitationService Invitations => w.Get<InvitationService>();

    [Fact]
    public async Task A_selection_invites_the_active_groups_not_online_and_reports_the_rest_with_reasons()
    {
        var first = await w.AddGroupAsync("UPPKA Pilih A", leaderName: "Ibu Aminah", leaderPhone: "+6281211110001");
        var second = await w.AddGroupAsync("UPPKA Pilih B", leaderName: null, leaderPhone: null);
        var inactive = await w.AddGroupAsync("UPPKA Pilih C", active: false);
        var online = await OnlineGroupAsync("UPPKA Pilih D");

        var result = await Invitations.InviteGroupsAsync(w.Staff, [second.Id, first.Id, inactive.Id, online.Id, 987_654, first.Id], Ct);

        Assert.Equal([(first.Id, "Ibu Aminah", "+6281211110001"), (second.Id, null, null)],
            result.Issued.Select(i => (i.GroupId, i.LeaderName, i.LeaderPhone)));
        Assert.All(result.Issued, i => Assert.Equal(w.Now + InvitationService.Lifetime, i.ExpiresAt));
        Assert.Equal([(987_654, null, InvitationSkip.NotFound), (inactive.Id, inactive.Name, InvitationSkip.Inactive), (online.Id, online.Name, InvitationSkip.Online)],
            result.Skipped.Select(s => (s.GroupId, s.GroupName, s.Reason)));
        Assert.Contains("nonaktif", result.Skipped[1].Message);
        Assert.Contains("sudah online", result.Skipped[2].Message);
        // Each link works, and names the leader (or the group's leader, when the registry has no name).
        Assert.Equal("Ibu Aminah", (await Invitations.PreviewAsync(result.Issued[0].Token, Ct)).DisplayName);
        Assert.Equal($"Pengurus {second.Name}", (await Invitations.PreviewAsync(result.Issued[1].Token, Ct)).DisplayName);
        Assert.Equal(0, await InvitationCountAsync(inactive.Id));
        Assert.Equal(1, await InvitationCountAsync(online.Id));
        Assert.Equal(["invitation.create"], await AuditActionsAsync(first.Id));
        Assert.Equal(["invitation.create"], await AuditActionsAsync(second.Id));
    }

    [Fact]
    public async Task All_not_yet_online_in_a_regency_invites_only_that_regencys_active_groups_without_an_accepted_invitation()
    {
        var waiting = await w.AddGroupAsync("UPPKA Sarolangun A", regency: "1503");
        var waitingToo = await w.AddGroupAsync("UPPKA Sarolangun B", regency: "1503");
        var inactive = await w.AddGroupAsync("UPPKA Sarolangun C", regency: "1503", active: false);
        var online = await OnlineGroupAsync("UPPKA Sarolangun D", regency: "1503");
        var elsewhere = await w.AddGroupAsync("UPPKA Batang Hari", regency: "1504");

        var result = await Invitations.InviteNotYetOnlineAsync(w.Staff, "Kabupaten Sarolangun", Ct);

        Assert.Equal([waiting.Id, waitingToo.Id], result.Issued.Select(i => i.GroupId));
        Assert.Equal([(inactive.Id, InvitationSkip.Inactive), (online.Id, InvitationSkip.Online)], result.Skipped.Select(s => (s.GroupId, s.Reason)));
        Assert.Equal(0, await InvitationCountAsync(elsewhere.Id));
        Assert.Equal(0, await InvitationCountAsync(inactive.Id));
        var status = await Invitations.StatusAsync(w.Staff, waiting.Id, Ct);
        Assert.Equal(new InvitationStatus(InvitationState.Invited, w.Now, w.Now + InvitationService.Lifetime, null), status);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(" ")]
    [InlineData("Atlantis")]
    public async Task A_regency_that_is_missing_or_unknown_is_refused_and_nothing_is_written(string? regency)
    {
        var before = await TotalInvitationsAsync();

        var e = await Assert.ThrowsAsync<ValidationException>(() => Invitations.InviteNotYetOnlineAsync(w.Staff, regency, Ct));

        Assert.Equal(["regency"], e.Errors.Keys);
        Assert.Equal(before, await TotalInvitationsAsync());
    }

    [Fact]
    public async Task Resend_makes_a_new_link_and_the_old_one_cannot_be_used_any_more()
    {
        var group = await w.AddGroupAsync("UPPKA Kirim Ulang");
        var old = await Invitations.InviteGroupAsync(w.Staff, group.Id, Ct);
        w.Host.Time.Advance(TimeSpan.FromHours(1));

        var renewed = await Invitations.InviteGroupAsync(w.Staff, group.Id, Ct);

        Assert.NotEqual(old.Token, renewed.Token);
        Assert.Equal(w.Now + InvitationService.Lifetime, renewed.ExpiresAt);
        var preview = await Assert.ThrowsAsync<ValidationException>(() => Invitations.PreviewAsync(old.Token, Ct));
        Assert.Contains("tautan baru", preview.Errors["token"]);
        var accept = await Assert.ThrowsAsync<ValidationException>(() => Invitations.AcceptAsync(old.Token, "081355550001", null, GoodPassword, ct: Ct));
        Assert.Equal(["token"], accept.Errors.Keys);
        var list = await Invitations.ListAsync(w.Staff, group.Id, Ct);
        Assert.Equal([(null, (DateTimeOffset?)null), (null, w.Now)], list.Select(i => (i.UsedAt, i.EndedAt)));
        Assert.Equal(new InvitationStatus(InvitationState.Invited, w.Now, renewed.ExpiresAt, null), await Invitations.StatusAsync(w.Staff, group.Id, Ct));
        Assert.Equal(["invitation.create", "invitation.resend"], await AuditActionsAsync(group.Id));
        await using (var db = await w.Host.DbFactory.CreateDbContextAsync(Ct))
        {
            var subject = $"Group:{group.Id}";
            var resend = await db.AuditEntries.SingleAsync(a => a.Subject == subject && a.Action == "invitation.resend", Ct);
            Assert.Contains($"ends Invitation:{list[1].Id}", resend.Details);
        }

        // The new link lets the leader in.
        await Invitations.AcceptAsync(renewed.Token, "081355550002", null, GoodPassword, ct: Ct);
        Assert.Equal(InvitationState.Accepted, (await Invitations.StatusAsync(w.Staff, group.Id, Ct)).State);
    }

    [Fact]
    public async Task The_status_goes_from_not_invited_to_invited_to_expired_and_once_accepted_stays_accepted()
    {
        var group = await w.AddGroupAsync("UPPKA Status");
        Assert.Equal(InvitationStatus.None, await Invitations.StatusAsync(w.Staff, group.Id, Ct));

        var first = await Invitations.InviteGroupAsync(w.Staff, group.Id, Ct);
        Assert.Equal(new InvitationStatus(InvitationState.Invited, w.Now, first.ExpiresAt, null), await Invitations.StatusAsync(w.Staff, group.Id, Ct));

        w.Host.Time.Advance(InvitationService.Lifetime);
        Assert.Equal(new InvitationStatus(InvitationState.Expired, first.ExpiresAt - InvitationService.Lifetime, first.ExpiresAt, null),
            await Invitations.StatusAsync(w.Staff, group.Id, Ct));
        await Assert.ThrowsAsync<ValidationException>(() => Invitations.PreviewAsync(first.Token, Ct));

        var second = await Invitations.InviteGroupAsync(w.Staff, group.Id, Ct);
        await Invitations.AcceptAsync(second.Token, "081355550011", null, GoodPassword, ct: Ct);
        var accepted = new InvitationStatus(InvitationState.Accepted, w.Now, second.ExpiresAt, w.Now);
        Assert.Equal(accepted, await Invitations.StatusAsync(w.Staff, group.Id, Ct));

        w.Host.Time.Advance(TimeSpan.FromDays(30));
        Assert.Equal(accepted, await Invitations.StatusAsync(w.Staff, group.Id, Ct));
    }

    [Fact]
    public async Task One_group_is_refused_when_unknown_inactive_or_online_and_nothing_is_written()
    {
        var inactive = await w.AddGroupAsync("UPPKA Satu Nonaktif", active: false);
        var online = await OnlineGroupAsync("UPPKA Satu Online");
        var before = await TotalInvitationsAsync();

        await Assert.ThrowsAsync<NotFoundException>(() => Invitations.InviteGroupAsync(w.Staff, 987_654, Ct));
        var off = await Assert.ThrowsAsync<ConflictException>(() => Invitations.InviteGroupAsync(w.Staff, inactive.Id, Ct));
        var on = await Assert.ThrowsAsync<ConflictException>(() => Invitations.InviteGroupAsync(w.Staff, online.Id, Ct));

        Assert.Contains("nonaktif", off.Message);
        Assert.Contains("sudah online", on.Message);
        Assert.Equal(before, await TotalInvitationsAsync());
    }

    [Fact]
    public async Task The_step_is_one_transaction_when_one_group_fails_no_link_is_made_and_no_old_link_ends()
    {
        var first = await w.AddGroupAsync("UPPKA Semua A");
        var second = await w.AddGroupAsync("UPPKA Semua B");
        var old = await Invitations.InviteGroupAsync(w.Staff, first.Id, Ct);
        var before = await TotalInvitationsAsync();
        await using (var db = await w.Host.DbFactory.CreateDbContextAsync(Ct))
        {
            // The second group's audit entry cannot be written (a full disk, a broken log): the whole step must go back.
            var condition = "NEW.\"Subject\" = 'Group:" + second.Id.ToString(CultureInfo.InvariantCulture) + "'";
            await RefusingTrigger.CreateAsync(db, "refuse_second", "INSERT", "AuditEntries", "audit log unavailable", condition);
        }

        try
        {
            await Assert.ThrowsAsync<DbUpdateException>(() => Invitations.InviteGroupsAsync(w.Staff, [first.Id, second.Id], Ct));
        }
        finally
        {
            await using var db = await w.Host.DbFactory.CreateDbContextAsync(Ct);
            await RefusingTrigger.DropAsync(db, "refuse_second", "AuditEntries");
        }

        Assert.Equal(before, await TotalInvitationsAsync());
        Assert.Equal(0, await InvitationCountAsync(second.Id));
        await Invitations.PreviewAsync(old.Token, Ct);
        Assert.Equal(["invitation.create"], await AuditActionsAsync(first.Id));
    }

    [Fact]
    public async Task An_empty_selection_and_one_of_more_than_1000_groups_are_refused()
    {
        using var culture = new CultureScope(new CultureInfo("id-ID"));
        var empty = await Assert.ThrowsAsync<ValidationException>(() => Invitations.InviteGroupsAsync(w.Staff, [], Ct));
        var many = await Assert.ThrowsAsync<ValidationException>(() =>
            Invitations.InviteGroupsAsync(w.Staff, Enumerable.Range(1, InvitationService.MaxGroupsPerStep + 1), Ct));

        Assert.Equal(["groupIds"], empty.Errors.Keys);
        Assert.Contains("1.000", many.Errors["groupIds"]);
    }

    [Fact]
    public async Task A_member_may_not_invite_groups_or_read_their_status_and_nothing_is_written()
    {
        var group = await w.AddGroupAsync("UPPKA Bukan Staf", regency: "1506");
        var before = await TotalInvitationsAsync();

        await Assert.ThrowsAsync<ForbiddenException>(() => Invitations.InviteGroupsAsync(w.Member, [group.Id], Ct));
        await Assert.ThrowsAsync<ForbiddenException>(() => Invitations.InviteNotYetOnlineAsync(w.Member, "1506", Ct));
        await Assert.ThrowsAsync<ForbiddenException>(() => Invitations.InviteGroupAsync(w.Member, w.Member.GroupId!.Value, Ct));
        await Assert.ThrowsAsync<ForbiddenException>(() => Invitations.StatusAsync(w.Member, w.Member.GroupId!.Value, Ct));

        Assert.Equal(before, await TotalInvitationsAsync());
    }

    /// <summary>A group whose invitation was accepted.</summary>
    private async Task<Group> OnlineGroupAsync(string name, string regency = "1505")
    {
        var group = await w.AddGroupAsync(name, regency);
        await using var db = await w.Host.DbFactory.CreateDbContextAsync(Ct);
        db.Invitations.Add(RegistryWorld.Invitation(group, w.Now.AddDays(-3), used: w.Now.AddDays(-2)));
        await db.SaveChangesAsync(Ct);
        return group;
    }

    private async Task<int> InvitationCountAsync(int groupId)
    {
        await using var db = await w.Host.DbFactory.CreateDbContextAsync(Ct);
        return await db.Invitations.CountAsync(i => i.GroupId == groupId, Ct);
    }

    private async Task<int> TotalInvitationsAsync()
    {
        await using var db = await w.Host.DbFactory.CreateDbContextAsync(Ct);
        return await db.Invitations.CountAsync(Ct);
    }

    private async Task<List<string>> AuditActionsAsync(int groupId)
    {
        await using var db = await w.Host.DbFactory.CreateDbContextAsync(Ct);
        var subject = $"Group:{groupId}";
        return await db.AuditEntries.Where(a => a.Subject == subject).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync(Ct);
    }
}
