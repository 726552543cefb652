using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UppkaCatalog.Core.Accounts;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Groups;
using UppkaCatalog.Core.Tests.Programmes;

namespace UppkaCatalog.Core.Tests.Accounts;

/// <summary>
/// Staff invite a partner's officers with the members' single-use links; the account made is in role Partner, tied to that
/// partner, and the member invitation paths (group lists, "online") never see these links.
/// </summary>
public sealed class OfficerInvitationTests
{
    private const string GoodPassword = "Lempok-Durian-Manis-2026";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_accepted_officer_link_makes_a_partner_account_of_that_partner_only()
    {
        await using var w = await StartAsync();
        var created = await Invitations(w, s => s.CreateOfficerAsync(w.Staff, w.Blkp.Id, "  Ibu Rahmawati ", Ct));

        var preview = await Invitations(w, s => s.PreviewAsync(created.Token, Ct));
        var user = await Invitations(w, s => s.AcceptAsync(created.Token, "0812-7000-0001", "rahma@blkp.contoh", GoodPassword, ct: Ct));

        Assert.Equal(("BLKP Provinsi Jambi", "Ibu Rahmawati", true), (preview.GroupName, preview.DisplayName, preview.ForPartner));
        Assert.Equal((w.Blkp.Id, (int?)null, "+6281270000001"), (user.PartnerId, user.GroupId, user.UserName));
        await using var scope = w.Host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var stored = (await users.FindByIdAsync(user.Id))!;
        Assert.Equal([Roles.Partner], await users.GetRolesAsync(stored));
        // Signed in, the officer acts for BLKP and for no other partner.
        var actor = Actor.From(await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<AppUser>>().CreateAsync(stored))!;
        Assert.Equal((w.Blkp.Id, (int?)null, false), (actor.PartnerId, actor.GroupId, actor.IsStaff));
        Assert.False(actor.MayManagePartner(w.Baznas.Id));
        Assert.Equal(["Ibu Rahmawati"], (await w.Partners.OfficersAsync(w.Staff, w.Blkp.Id, Ct)).Select(o => o.DisplayName));
        Assert.Empty(await w.Partners.OfficersAsync(w.Staff, w.Baznas.Id, Ct));
        Assert.Equal(1, (await w.Partners.GetAsync(w.Staff, w.Blkp.Id, Ct)).Officers);
        await using var db = await w.Host.DbFactory.CreateDbContextAsync(Ct);
        var row = await db.Invitations.SingleAsync(i => i.Id == created.Id, Ct);
        Assert.Equal((w.Blkp.Id, (int?)null, user.Id, w.Host.Time.GetUtcNow()), (row.PartnerId, row.GroupId, row.UserId, row.UsedAt));
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "invitation.create" && a.Subject == $"Partner:{w.Blkp.Id}" && a.ActorId == w.Staff.UserId, Ct));
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "invitation.accept" && a.Subject == $"Partner:{w.Blkp.Id}" && a.ActorId == user.Id, Ct));
    }

    [Fact]
    public async Task An_officer_link_is_used_once()
    {
        await using var w = await StartAsync();
        var created = await Invitations(w, s => s.CreateOfficerAsync(w.Staff, w.Blkp.Id, "Pak Hendra", Ct));
        await Invitations(w, s => s.AcceptAsync(created.Token, "081270000002", null, GoodPassword, ct: Ct));

        var again = await Assert.ThrowsAsync<ValidationException>(() => Invitations(w, s => s.AcceptAsync(created.Token, "081270000003", null, GoodPassword, ct: Ct)));

        Assert.Equal(["token"], again.Errors.Keys);
        Assert.Contains("sudah dipakai", again.Errors["token"]);
        Assert.Single(await w.Partners.OfficersAsync(w.Staff, w.Blkp.Id, Ct));
    }

    [Fact]
    public async Task An_officer_link_works_until_just_before_7_days_and_not_after()
    {
        await using var w = await StartAsync();
        var early = await Invitations(w, s => s.CreateOfficerAsync(w.Staff, w.Baznas.Id, "Masih Berlaku", Ct));
        var late = await Invitations(w, s => s.CreateOfficerAsync(w.Staff, w.Baznas.Id, "Sudah Lewat", Ct));

        w.Host.Time.Advance(TimeSpan.FromDays(7) - TimeSpan.FromSeconds(1));
        await Invitations(w, s => s.AcceptAsync(early.Token, "081270000004", null, GoodPassword, ct: Ct));
        w.Host.Time.Advance(TimeSpan.FromSeconds(1));
        var expired = await Assert.ThrowsAsync<ValidationException>(() => Invitations(w, s => s.AcceptAsync(late.Token, "081270000005", null, GoodPassword, ct: Ct)));

        Assert.Contains("kedaluwarsa", expired.Errors["token"]);
        Assert.Equal(["Masih Berlaku"], (await w.Partners.OfficersAsync(w.Staff, w.Baznas.Id, Ct)).Select(o => o.DisplayName));
    }

    [Fact]
    public async Task A_new_link_for_the_same_officer_ends_the_one_before_and_leaves_the_others()
    {
        await using var w = await StartAsync();
        var first = await Invitations(w, s => s.CreateOfficerAsync(w.Staff, w.Blkp.Id, "Pak Budi", Ct));
        var other = await Invitations(w, s => s.CreateOfficerAsync(w.Staff, w.Blkp.Id, "Ibu Sari", Ct));
        var baznas = await Invitations(w, s => s.CreateOfficerAsync(w.Staff, w.Baznas.Id, "Pak Budi", Ct));

        var resent = await Invitations(w, s => s.CreateOfficerAsync(w.Staff, w.Blkp.Id, "pak budi", Ct));

        var ended = await Assert.ThrowsAsync<ValidationException>(() => Invitations(w, s => s.PreviewAsync(first.Token, Ct)));
        Assert.Equal(Resources.RegistryMessages.InvitationEnded, ended.Errors["token"]);
        Assert.Equal("pak budi", (await Invitations(w, s => s.PreviewAsync(resent.Token, Ct))).DisplayName);
        Assert.Equal("Ibu Sari", (await Invitations(w, s => s.PreviewAsync(other.Token, Ct))).DisplayName);
        Assert.Equal("Baznas Provinsi Jambi", (await Invitations(w, s => s.PreviewAsync(baznas.Token, Ct))).GroupName);
        var listed = await Invitations(w, s => s.ListOfficerInvitationsAsync(w.Staff, w.Blkp.Id, Ct));
        Assert.Equal([resent.Id, other.Id, first.Id], listed.Select(i => i.Id));
        Assert.Equal([false, false, true], listed.Select(i => i.EndedAt is not null));
        await using var db = await w.Host.DbFactory.CreateDbContextAsync(Ct);
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "invitation.resend" && a.Details == $"Invitation:{resent.Id}, ends Invitation:{first.Id}", Ct));
    }

    [Fact]
    public async Task Only_staff_invite_officers_and_only_to_an_active_partner_with_nothing_written_on_refusal()
    {
        await using var w = await StartAsync();

        foreach (var actor in new[] { w.BlkpOfficer, w.Member, w.Nobody })
        {
            await Assert.ThrowsAsync<ForbiddenException>(() => Invitations(w, s => s.CreateOfficerAsync(actor, w.Blkp.Id, "Pak Budi", Ct)));
            await Assert.ThrowsAsync<ForbiddenException>(() => Invitations(w, s => s.ListOfficerInvitationsAsync(actor, w.Blkp.Id, Ct)));
            await Assert.ThrowsAsync<ForbiddenException>(() => w.Partners.OfficersAsync(actor, w.Blkp.Id, Ct));
        }

        await Assert.ThrowsAsync<NotFoundException>(() => Invitations(w, s => s.CreateOfficerAsync(w.Staff, 9999, "Pak Budi", Ct)));
        var blank = await Assert.ThrowsAsync<ValidationException>(() => Invitations(w, s => s.CreateOfficerAsync(w.Staff, w.Blkp.Id, "  ", Ct)));
        Assert.Equal(["displayName"], blank.Errors.Keys);
        await using var db = await w.Host.DbFactory.CreateDbContextAsync(Ct);
        Assert.Equal(0, await db.Invitations.CountAsync(Ct));

        // A partner that stopped working with BKKBN gets no new officers, and its open links stop working.
        var open = await Invitations(w, s => s.CreateOfficerAsync(w.Staff, w.Baznas.Id, "Ibu Lina", Ct));
        await db.Partners.Where(p => p.Id == w.Baznas.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.IsActive, false), Ct);
        await Assert.ThrowsAsync<NotFoundException>(() => Invitations(w, s => s.CreateOfficerAsync(w.Staff, w.Baznas.Id, "Pak Budi", Ct)));
        await Assert.ThrowsAsync<ValidationException>(() => Invitations(w, s => s.AcceptAsync(open.Token, "081270000006", null, GoodPassword, ct: Ct)));
        Assert.Empty(await w.Partners.OfficersAsync(w.Staff, w.Baznas.Id, Ct));
    }

    [Fact]
    public async Task Officer_links_are_not_member_links_and_never_make_a_group_online()
    {
        await using var w = await StartAsync();
        var officer = await Invitations(w, s => s.CreateOfficerAsync(w.Staff, w.Blkp.Id, "Pak Budi", Ct));
        await Invitations(w, s => s.AcceptAsync(officer.Token, "081270000007", null, GoodPassword, ct: Ct));
        await Invitations(w, s => s.CreateOfficerAsync(w.Staff, w.Blkp.Id, "Ibu Sari", Ct));

        await using var db = await w.Host.DbFactory.CreateDbContextAsync(Ct);
        Assert.Empty(await OnlineGroups.Ids(db).ToListAsync(Ct));
        Assert.Equal(0, await db.Groups.WhereOnline(db).CountAsync(Ct));
        Assert.Empty(await Invitations(w, s => s.ListAsync(w.Staff, w.Melati.Id, Ct)));
        Assert.Equal(InvitationState.NotInvited, (await Invitations(w, s => s.StatusAsync(w.Staff, w.Melati.Id, Ct))).State);
        // Inviting every group leaves the officers' links as they are.
        var bulk = await Invitations(w, s => s.InviteGroupsAsync(w.Staff, [w.Melati.Id, w.Jarum.Id], Ct));
        Assert.Equal(2, bulk.Issued.Count);
        Assert.Equal(1, await db.Invitations.CountAsync(i => i.PartnerId == w.Blkp.Id && i.UsedAt == null && i.EndedAt == null, Ct));

        // The database itself refuses a link for both a group and a partner, or for neither.
        db.Invitations.Add(new Invitation { TokenHash = new string('a', 64), GroupId = w.Melati.Id, PartnerId = w.Blkp.Id, DisplayName = "x", CreatedById = "s" });
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(Ct));
        db.ChangeTracker.Clear();
        db.Invitations.Add(new Invitation { TokenHash = new string('b', 64), DisplayName = "x", CreatedById = "s" });
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(Ct));
    }

    // The seeder makes the roles (and nothing else without demo mode), as at the web host's start.
    private static async Task<ProgrammeWorld> StartAsync()
    {
        var w = await ProgrammeWorld.StartAsync();
        await w.Host.SeedAsync(Ct);
        return w;
    }

    private static async Task<T> Invitations<T>(ProgrammeWorld w, Func<InvitationService, Task<T>> call)
    {
        await using var scope = w.Host.Services.CreateAsyncScope();
        return await call(scope.ServiceProvider.GetRequiredService<InvitationService>());
    }
}
