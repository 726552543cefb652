using Microsoft.EntityFrameworkCore;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Groups;
using UppkaCatalog.Core.Programmes;

namespace UppkaCatalog.Core.Tests.Programmes;

/// <summary>
/// Applications: eligibility (window, regency, sector, stage, zakat declaration), seats, one per group, withdrawal, the
/// partner's decisions with reasons and the quota, nominations by staff; nothing written on refusal; audited.
/// </summary>
public sealed class ApplicationServiceTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The training of <see cref="ProgrammeWorld.Training"/>: 1505 and 1571, two seats, open until 10 December.</summary>
    private static async Task<ProgrammeView> TrainingAsync(ProgrammeWorld w, Action<ProgrammeInput>? change = null)
    {
        var input = ProgrammeWorld.Training();
        change?.Invoke(input);
        return await w.OpenAsync(w.BlkpOfficer, input);
    }

    [Fact]
    public async Task A_member_applies_for_their_group_with_attendees_up_to_the_seats_and_it_is_audited()
    {
        await using var w = await ProgrammeWorld.StartAsync();
        var p = await TrainingAsync(w);

        var a = await w.Applications.ApplyAsync(w.MelatiMember, p.Slug, ProgrammeWorld.Application("Siti Aminah", " Rina "), Ct);

        Assert.Equal((ApplicationStatus.Applied, w.Melati.Id, "UPPKA Melati", false), (a.Status, a.GroupId, a.GroupName, a.Nominated));
        Assert.Equal(["Siti Aminah", "Rina"], a.Attendees);
        Assert.Equal(CoreHostNow, a.AppliedAt);
        var choice = Assert.Single(await w.Applications.ChoicesAsync(w.MelatiMember, Ct));
        Assert.False(choice.MayApply);
        Assert.Equal(a.Id, choice.Application!.Id);
        Assert.StartsWith("Kelompok Anda sudah mendaftar program ini (status: mendaftar)", choice.Reasons[0]);
        var again = await Assert.ThrowsAsync<ConflictException>(() => w.Applications.ApplyAsync(w.MelatiMember, p.Slug, ProgrammeWorld.Application("Dewi"), Ct));
        Assert.Contains("sudah mendaftar", again.Message);
        await using var db = await w.Host.DbFactory.CreateDbContextAsync(Ct);
        Assert.Equal("application.apply", (await db.AuditEntries.SingleAsync(x => x.Subject == $"Application:{a.Id}", Ct)).Action);
    }

    [Fact]
    public async Task The_form_is_refused_field_by_field_and_nothing_is_written()
    {
        await using var w = await ProgrammeWorld.StartAsync();
        var p = await TrainingAsync(w);

        var e = await Assert.ThrowsAsync<ValidationException>(() => w.Applications.ApplyAsync(w.MelatiMember, p.Slug,
            new ApplicationInput { Motivation = " ", Needs = new string('x', 2001), Attendees = ["A", "B", "C"] }, Ct));
        var none = await Assert.ThrowsAsync<ValidationException>(() => w.Applications.ApplyAsync(w.MelatiMember, p.Slug,
            new ApplicationInput { Motivation = "Ingin belajar.", Attendees = ["  "] }, Ct));

        Assert.Equal(["attendees", "motivation", "needs"], e.Errors.Keys.Order());
        Assert.Equal("Paling banyak 2 peserta per kelompok.", e.Errors["attendees"]);
        Assert.Equal("Tulis nama paling sedikit satu peserta.", none.Errors["attendees"]);
        await using var db = await w.Host.DbFactory.CreateDbContextAsync(Ct);
        Assert.Equal(0, await db.ProgrammeApplications.CountAsync(Ct));
        Assert.False(await db.AuditEntries.AnyAsync(x => x.Action.StartsWith("application."), Ct));
    }

    [Fact]
    public async Task A_group_outside_the_regencies_sectors_or_stages_is_told_every_reason_and_cannot_apply()
    {
        await using var w = await ProgrammeWorld.StartAsync();
        var p = await TrainingAsync(w, i =>
        {
            i.Regencies = ["1505"];
            i.Sectors = [BusinessSector.FoodProcessing, BusinessSector.Drinks];
            i.Stages = [GroupStage.Developing, GroupStage.SelfReliant];
        });

        var melati = Assert.Single(await w.Applications.ChoicesAsync(w.MelatiMember, Ct));
        var jarum = Assert.Single(await w.Applications.ChoicesAsync(w.JarumMember, Ct));
        var refused = await Assert.ThrowsAsync<ValidationException>(() => w.Applications.ApplyAsync(w.JarumMember, p.Slug, ProgrammeWorld.Application("Dewi"), Ct));

        Assert.True(melati.MayApply);
        Assert.Empty(melati.Reasons);
        Assert.False(jarum.MayApply);
        Assert.Equal(
            [
                "Program ini hanya untuk kelompok di Kabupaten Muaro Jambi.",
                "Program ini hanya untuk bidang usaha: Makanan Olahan, Minuman.",
                "Program ini untuk kelompok tahap Berkembang, Mandiri; tahap kelompok Anda belum tercatat. Minta staf BKKBN mencatatnya.",
            ],
            jarum.Reasons);
        Assert.Equal(string.Join(" ", jarum.Reasons), refused.Errors["programme"]);
    }

    [Fact]
    public async Task Applications_open_and_close_with_the_window_in_WIB()
    {
        await using var w = await ProgrammeWorld.StartAsync();
        var p = await TrainingAsync(w, i =>
        {
            i.ApplicationOpensAtWib = new DateTime(2026, 11, 23, 8, 0, 0);
            i.ApplicationClosesAtWib = new DateTime(2026, 11, 30, 0, 0, 0);
        });

        var early = await Assert.ThrowsAsync<ValidationException>(() => w.Applications.ApplyAsync(w.MelatiMember, p.Slug, ProgrammeWorld.Application("Siti"), Ct));
        w.Host.Time.SetUtcNow(new DateTimeOffset(2026, 11, 29, 16, 59, 0, TimeSpan.Zero)); // 23:59 WIB on the 29th: still open
        var inTime = await w.Applications.ApplyAsync(w.MelatiMember, p.Slug, ProgrammeWorld.Application("Siti"), Ct);
        w.Host.Time.SetUtcNow(new DateTimeOffset(2026, 11, 29, 17, 0, 0, TimeSpan.Zero)); // midnight WIB: closed
        var late = await Assert.ThrowsAsync<ValidationException>(() => w.Applications.ApplyAsync(w.JarumMember, p.Slug, ProgrammeWorld.Application("Dewi"), Ct));

        Assert.Equal("Pendaftaran program ini baru dibuka 23 November 2026 08.00 WIB.", early.Errors["programme"]);
        Assert.Equal(ApplicationStatus.Applied, inTime.Status);
        Assert.Equal("Pendaftaran program ini sudah ditutup.", late.Errors["programme"]);
    }

    [Fact]
    public async Task Zakat_funded_aid_needs_the_declaration_which_is_kept_with_its_time()
    {
        await using var w = await ProgrammeWorld.StartAsync();
        var input = ProgrammeWorld.Training("Jambi Sejahtera");
        input.Kind = ProgrammeKind.EquipmentAid;
        input.RequiresZakatDeclaration = true;
        var p = await w.OpenAsync(w.BaznasOfficer, input);

        var missing = await Assert.ThrowsAsync<ValidationException>(() => w.Applications.ApplyAsync(w.MelatiMember, p.Slug,
            new ApplicationInput { Motivation = "Butuh alat.", ZakatDeclared = false }, Ct));
        var a = await w.Applications.ApplyAsync(w.MelatiMember, p.Slug, new ApplicationInput { Motivation = "Butuh alat.", ZakatDeclared = true }, Ct);

        Assert.Contains("mustahik", missing.Errors["zakatDeclared"]);
        Assert.Equal(CoreHostNow, a.ZakatDeclaredAt);
        Assert.Empty(a.Attendees); // equipment aid asks for no attendees
    }

    [Fact]
    public async Task The_partner_decides_in_order_with_reasons_within_the_quota_and_the_group_reads_the_reason()
    {
        await using var w = await ProgrammeWorld.StartAsync();
        var p = await TrainingAsync(w, i => i.Quota = 1);
        var melati = await w.Applications.ApplyAsync(w.MelatiMember, p.Slug, ProgrammeWorld.Application("Siti"), Ct);
        var jarum = await w.Applications.ApplyAsync(w.JarumMember, p.Slug, ProgrammeWorld.Application("Dewi"), Ct);

        await w.Applications.DecideAsync(w.BlkpOfficer, melati.Id, ApplicationStatus.Shortlisted, null, Ct);
        await w.Applications.DecideAsync(w.BlkpOfficer, melati.Id, ApplicationStatus.Accepted, null, Ct);
        var full = await Assert.ThrowsAsync<ConflictException>(() => w.Applications.DecideAsync(w.Staff, jarum.Id, ApplicationStatus.Accepted, null, Ct));
        var noReason = await Assert.ThrowsAsync<ValidationException>(() => w.Applications.DecideAsync(w.BlkpOfficer, jarum.Id, ApplicationStatus.Rejected, "  ", Ct));
        await w.Applications.DecideAsync(w.BlkpOfficer, jarum.Id, ApplicationStatus.Rejected, "Kuota sudah penuh; coba angkatan berikutnya.", Ct);
        var back = await Assert.ThrowsAsync<ValidationException>(() => w.Applications.DecideAsync(w.BlkpOfficer, jarum.Id, ApplicationStatus.Accepted, null, Ct));
        var withdrawAccepted = await Assert.ThrowsAsync<ValidationException>(() => w.Applications.WithdrawAsync(w.MelatiMember, melati.Id, Ct));
        var completed = await w.Applications.DecideAsync(w.BlkpOfficer, melati.Id, ApplicationStatus.Completed, null, Ct);

        Assert.Equal("Kuota program sudah penuh: 1 kelompok sudah diterima.", full.Message);
        Assert.Equal("Tulis alasannya: kelompok akan membacanya.", noReason.Errors["reason"]);
        Assert.Equal("Pendaftaran berstatus ditolak tidak bisa menjadi diterima.", back.Errors["status"]);
        Assert.Equal("Pendaftaran berstatus diterima tidak bisa dibatalkan lagi.", withdrawAccepted.Errors["status"]);
        Assert.Equal(ApplicationStatus.Completed, completed.Status);
        var mine = Assert.Single(await w.Applications.MineAsync(w.JarumMember, Ct));
        Assert.Equal((ApplicationStatus.Rejected, "Kuota sudah penuh; coba angkatan berikutnya."), (mine.Status, mine.Reason));
        await using var db = await w.Host.DbFactory.CreateDbContextAsync(Ct);
        Assert.Equal(["application.apply", "application.shortlisted", "application.accepted", "application.completed"],
            await db.AuditEntries.Where(x => x.Subject == $"Application:{melati.Id}").OrderBy(x => x.Id).Select(x => x.Action).ToListAsync(Ct));
    }

    [Fact]
    public async Task Only_the_programmes_partner_and_staff_see_and_decide_and_a_member_only_their_own_group()
    {
        await using var w = await ProgrammeWorld.StartAsync();
        var p = await TrainingAsync(w);
        var a = await w.Applications.ApplyAsync(w.MelatiMember, p.Slug, ProgrammeWorld.Application("Siti"), Ct);

        await Assert.ThrowsAsync<NotFoundException>(() => w.Applications.ForProgrammeAsync(w.BaznasOfficer, p.Id, Ct));
        await Assert.ThrowsAsync<NotFoundException>(() => w.Applications.DecideAsync(w.BaznasOfficer, a.Id, ApplicationStatus.Accepted, null, Ct));
        await Assert.ThrowsAsync<ForbiddenException>(() => w.Applications.ForProgrammeAsync(w.MelatiMember, p.Id, Ct));
        await Assert.ThrowsAsync<ForbiddenException>(() => w.Applications.DecideAsync(w.MelatiMember, a.Id, ApplicationStatus.Accepted, null, Ct));
        await Assert.ThrowsAsync<NotFoundException>(() => w.Applications.WithdrawAsync(w.JarumMember, a.Id, Ct));
        await Assert.ThrowsAsync<ForbiddenException>(() => w.Applications.ApplyAsync(w.BlkpOfficer, p.Slug, ProgrammeWorld.Application("X"), Ct));
        await Assert.ThrowsAsync<ForbiddenException>(() => w.Applications.NominateAsync(w.BlkpOfficer, p.Id, w.Jarum.Id, Ct));
        Assert.Empty(await w.Applications.MineAsync(w.JarumMember, Ct));

        var seen = Assert.Single(await w.Applications.ForProgrammeAsync(w.BlkpOfficer, p.Id, Ct));
        Assert.Equal(["Siti"], seen.Attendees);
        Assert.Single(await w.Applications.ForProgrammeAsync(w.Staff, p.Id, Ct));
    }

    [Fact]
    public async Task A_group_withdraws_and_may_apply_again_and_staff_nominate_a_group_by_the_same_rules()
    {
        await using var w = await ProgrammeWorld.StartAsync();
        var p = await TrainingAsync(w);
        var a = await w.Applications.ApplyAsync(w.MelatiMember, p.Slug, ProgrammeWorld.Application("Siti"), Ct);

        await w.Applications.WithdrawAsync(w.MelatiMember, a.Id, Ct);
        Assert.True(Assert.Single(await w.Applications.ChoicesAsync(w.MelatiMember, Ct)).MayApply);
        var again = await w.Applications.ApplyAsync(w.MelatiMember, p.Slug, ProgrammeWorld.Application("Rina"), Ct);
        var nominated = await w.Applications.NominateAsync(w.Staff, p.Id, w.Jarum.Id, Ct);
        var twice = await Assert.ThrowsAsync<ConflictException>(() => w.Applications.NominateAsync(w.Staff, p.Id, w.Jarum.Id, Ct));

        Assert.Equal((a.Id, ApplicationStatus.Applied, "Rina"), (again.Id, again.Status, again.Attendees.Single()));
        Assert.True(nominated.Nominated);
        Assert.Contains("sudah mendaftar", twice.Message);
        await using var db = await w.Host.DbFactory.CreateDbContextAsync(Ct);
        Assert.Equal(2, await db.ProgrammeApplications.CountAsync(Ct));
    }

    private static DateTimeOffset CoreHostNow => Support.CoreHost.DefaultNow;
}
