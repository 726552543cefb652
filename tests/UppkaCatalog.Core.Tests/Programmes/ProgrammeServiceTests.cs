using Microsoft.EntityFrameworkCore;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Groups;
using UppkaCatalog.Core.Programmes;

namespace UppkaCatalog.Core.Tests.Programmes;

/// <summary>Programmes: created by a partner's officer or staff, stepped draft → open → closed → finished, listed publicly once open.</summary>
public sealed class ProgrammeServiceTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_officer_creates_a_draft_for_their_own_partner_with_times_in_WIB_stored_as_UTC()
    {
        await using var w = await ProgrammeWorld.StartAsync();
        var input = ProgrammeWorld.Training();
        input.PartnerId = w.Baznas.Id; // ignored: an officer's programme is always their own organisation's

        var p = await w.Programmes.CreateAsync(w.BlkpOfficer, input, Ct);

        Assert.Equal((w.Blkp.Id, "BLKP Provinsi Jambi", ProgrammeStatus.Draft, "pelatihan-menjahit"), (p.PartnerId, p.PartnerName, p.Status, p.Slug));
        Assert.Equal(new DateTimeOffset(2026, 11, 18, 1, 0, 0, TimeSpan.Zero), p.ApplicationOpensAt);
        Assert.Equal(new DateTimeOffset(2026, 12, 9, 17, 0, 0, TimeSpan.Zero), p.ApplicationClosesAt);
        Assert.Equal(["1505", "1571"], p.Regencies.Select(r => r.Code));
        Assert.Equal([new DateTimeOffset(2026, 12, 14, 1, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 12, 20, 1, 0, 0, TimeSpan.Zero)],
            p.Sessions.Select(s => s.StartsAt));
        Assert.Equal((16, 2), (p.Quota, p.SeatsPerGroup));
        await using var db = await w.Host.DbFactory.CreateDbContextAsync(Ct);
        var audit = await db.AuditEntries.SingleAsync(a => a.Subject == $"Programme:{p.Id}", Ct);
        Assert.Equal(("programme.create", "officer-blkp"), (audit.Action, audit.ActorId));
    }

    [Fact]
    public async Task Every_refusal_names_its_field_and_nothing_is_written()
    {
        await using var w = await ProgrammeWorld.StartAsync();
        var input = new ProgrammeInput
        {
            Title = new string('x', 161), Quota = 0, SeatsPerGroup = 51, Regencies = ["Atlantis"],
            ApplicationOpensAtWib = new DateTime(2026, 12, 10), ApplicationClosesAtWib = new DateTime(2026, 12, 1),
            Sessions = [new SessionInput { StartsAtWib = new DateTime(2026, 12, 20, 16, 0, 0), EndsAtWib = new DateTime(2026, 12, 20, 8, 0, 0) }],
        };

        var e = await Assert.ThrowsAsync<ValidationException>(() => w.Programmes.CreateAsync(w.Staff, input, Ct));

        Assert.Equal(["applicationClosesAt", "kind", "partnerId", "quota", "regencies", "seatsPerGroup", "sessions", "title"], e.Errors.Keys.Order());
        Assert.Equal("Judul paling banyak 160 karakter.", e.Errors["title"]);
        Assert.Equal("Pendaftaran harus ditutup sesudah dibuka.", e.Errors["applicationClosesAt"]);
        Assert.Equal("Kabupaten/kota \"Atlantis\" tidak dikenal.", e.Errors["regencies"]);
        Assert.Equal("Sesi 1: harus selesai sesudah mulai.", e.Errors["sessions"]);
        Assert.Equal("Mitra tidak ditemukan.", e.Errors["partnerId"]);
        await using var db = await w.Host.DbFactory.CreateDbContextAsync(Ct);
        Assert.Equal(0, await db.Programmes.CountAsync(Ct));
        Assert.False(await db.AuditEntries.AnyAsync(a => a.Action.StartsWith("programme."), Ct));
    }

    [Fact]
    public async Task Members_and_anonymous_callers_manage_nothing_and_another_partners_programme_does_not_exist_for_an_officer()
    {
        await using var w = await ProgrammeWorld.StartAsync();
        var input = ProgrammeWorld.Training();
        input.PartnerId = w.Blkp.Id;
        var p = await w.Programmes.CreateAsync(w.Staff, input, Ct);

        foreach (var outsider in new[] { w.Member, w.Nobody })
        {
            await Assert.ThrowsAsync<ForbiddenException>(() => w.Programmes.ListManagedAsync(outsider, Ct));
            await Assert.ThrowsAsync<ForbiddenException>(() => w.Programmes.CreateAsync(outsider, ProgrammeWorld.Training("Lain"), Ct));
            await Assert.ThrowsAsync<ForbiddenException>(() => w.Programmes.SetStatusAsync(outsider, p.Id, ProgrammeStatus.Open, Ct));
        }

        await Assert.ThrowsAsync<NotFoundException>(() => w.Programmes.GetManagedAsync(w.BaznasOfficer, p.Id, Ct));
        await Assert.ThrowsAsync<NotFoundException>(() => w.Programmes.UpdateAsync(w.BaznasOfficer, p.Id, ProgrammeWorld.Training("Dibajak"), Ct));
        await Assert.ThrowsAsync<NotFoundException>(() => w.Programmes.SetStatusAsync(w.BaznasOfficer, p.Id, ProgrammeStatus.Open, Ct));
        Assert.Empty(await w.Programmes.ListManagedAsync(w.BaznasOfficer, Ct));
        Assert.Equal([p.Id], (await w.Programmes.ListManagedAsync(w.BlkpOfficer, Ct)).Select(r => r.Id));
        Assert.Equal("Pelatihan Menjahit", (await w.Programmes.GetManagedAsync(w.BlkpOfficer, p.Id, Ct)).Title);
        await Assert.ThrowsAsync<ForbiddenException>(() => w.Partners.ListAsync(w.BlkpOfficer, Ct));
    }

    [Fact]
    public async Task Status_moves_one_step_at_a_time_and_only_open_programmes_are_public()
    {
        await using var w = await ProgrammeWorld.StartAsync();
        var p = await w.Programmes.CreateAsync(w.BlkpOfficer, ProgrammeWorld.Training(), Ct);
        Assert.Empty(await w.Programmes.ListPublicAsync(Ct));
        await Assert.ThrowsAsync<NotFoundException>(() => w.Programmes.GetPublicAsync(p.Slug, Ct));

        var skip = await Assert.ThrowsAsync<ValidationException>(() => w.Programmes.SetStatusAsync(w.BlkpOfficer, p.Id, ProgrammeStatus.Closed, Ct));
        Assert.Equal("Program berstatus draf tidak bisa menjadi ditutup. Urutannya: draf → dibuka → ditutup → selesai.", skip.Errors["status"]);

        await w.Programmes.SetStatusAsync(w.BlkpOfficer, p.Id, ProgrammeStatus.Open, Ct);
        var listed = Assert.Single(await w.Programmes.ListPublicAsync(Ct));
        Assert.Equal((p.Slug, ApplicationWindow.Open), (listed.Slug, listed.Window));
        var again = await Assert.ThrowsAsync<ValidationException>(() => w.Programmes.SetStatusAsync(w.Staff, p.Id, ProgrammeStatus.Open, Ct));
        Assert.Equal("Program sudah berstatus ini.", again.Errors["status"]);

        // Once open, the address is fixed: its link has been shared.
        var renamed = ProgrammeWorld.Training();
        renamed.Slug = "alamat-baru";
        var fixedSlug = await Assert.ThrowsAsync<ValidationException>(() => w.Programmes.UpdateAsync(w.BlkpOfficer, p.Id, renamed, Ct));
        Assert.Contains("tidak bisa diubah", fixedSlug.Errors["slug"]);

        await w.Programmes.SetStatusAsync(w.Staff, p.Id, ProgrammeStatus.Closed, Ct);
        Assert.Empty(await w.Programmes.ListPublicAsync(Ct));
        Assert.Equal((ProgrammeStatus.Closed, ApplicationWindow.Closed), ((await w.Programmes.GetPublicAsync(p.Slug, Ct)).Status, (await w.Programmes.GetPublicAsync(p.Slug, Ct)).Window));
        await w.Programmes.SetStatusAsync(w.BlkpOfficer, p.Id, ProgrammeStatus.Finished, Ct);
        await Assert.ThrowsAsync<ValidationException>(() => w.Programmes.UpdateAsync(w.BlkpOfficer, p.Id, ProgrammeWorld.Training(), Ct));

        await using var db = await w.Host.DbFactory.CreateDbContextAsync(Ct);
        Assert.Equal(["programme.create", "programme.open", "programme.closed", "programme.finished"],
            await db.AuditEntries.Where(a => a.Subject == $"Programme:{p.Id}").OrderBy(a => a.Id).Select(a => a.Action).ToListAsync(Ct));
    }

    [Fact]
    public async Task A_window_in_the_future_is_upcoming_and_one_already_over_cannot_be_opened()
    {
        await using var w = await ProgrammeWorld.StartAsync();
        var later = ProgrammeWorld.Training("Pelatihan Januari");
        later.ApplicationOpensAtWib = new DateTime(2027, 1, 4, 8, 0, 0);
        later.ApplicationClosesAtWib = new DateTime(2027, 1, 31, 0, 0, 0);
        var over = ProgrammeWorld.Training("Pelatihan Oktober");
        over.ApplicationOpensAtWib = new DateTime(2026, 10, 1);
        over.ApplicationClosesAtWib = new DateTime(2026, 11, 20, 10, 0, 0); // exactly now (10:00 WIB): over
        var a = await w.Programmes.CreateAsync(w.BlkpOfficer, later, Ct);
        var b = await w.Programmes.CreateAsync(w.BlkpOfficer, over, Ct);

        await w.Programmes.SetStatusAsync(w.BlkpOfficer, a.Id, ProgrammeStatus.Open, Ct);
        var refused = await Assert.ThrowsAsync<ValidationException>(() => w.Programmes.SetStatusAsync(w.BlkpOfficer, b.Id, ProgrammeStatus.Open, Ct));

        Assert.Equal(ApplicationWindow.Upcoming, Assert.Single(await w.Programmes.ListPublicAsync(Ct)).Window);
        Assert.Contains("20 November 2026 10.00", refused.Errors["applicationClosesAt"]);
        w.Host.Time.SetUtcNow(new DateTimeOffset(2027, 1, 4, 1, 0, 0, TimeSpan.Zero)); // 08:00 WIB on 4 January: opens
        Assert.Equal(ApplicationWindow.Open, Assert.Single(await w.Programmes.ListPublicAsync(Ct)).Window);
        w.Host.Time.SetUtcNow(new DateTimeOffset(2027, 1, 30, 17, 0, 0, TimeSpan.Zero)); // midnight WIB starting 31 January: over
        Assert.Empty(await w.Programmes.ListPublicAsync(Ct));
    }

    [Fact]
    public async Task Eligibility_lists_are_kept_sorted_and_without_repeats_and_staff_name_the_partner()
    {
        await using var w = await ProgrammeWorld.StartAsync();
        var input = ProgrammeWorld.Training("Bantuan Alat Zakat");
        input.PartnerId = w.Baznas.Id;
        input.Kind = ProgrammeKind.EquipmentAid;
        input.RequiresZakatDeclaration = true;
        input.Sectors = [BusinessSector.SewingFashion, BusinessSector.FoodProcessing, BusinessSector.SewingFashion];
        input.Stages = [GroupStage.Developing, GroupStage.Basic];
        input.Regencies = ["Kab. Muaro Jambi", "1505"];

        var p = await w.Programmes.CreateAsync(w.Staff, input, Ct);

        Assert.Equal("Baznas Provinsi Jambi", p.PartnerName);
        Assert.Equal([BusinessSector.FoodProcessing, BusinessSector.SewingFashion], p.Sectors);
        Assert.Equal([GroupStage.Basic, GroupStage.Developing], p.Stages);
        Assert.Equal([("1505", "Kabupaten Muaro Jambi")], p.Regencies.Select(r => (r.Code, r.Name)));
        Assert.True(p.RequiresZakatDeclaration);
        var taken = await Assert.ThrowsAsync<ValidationException>(() => w.Programmes.CreateAsync(w.Staff, input, Ct));
        Assert.Equal("Alamat /program/bantuan-alat-zakat sudah dipakai program lain. Pilih alamat lain.", taken.Errors["slug"]);
    }
}
