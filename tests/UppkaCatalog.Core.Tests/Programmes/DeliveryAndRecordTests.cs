using System.Text;
using Microsoft.EntityFrameworkCore;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Programmes;
using UppkaCatalog.Tests.Shared;
using Microsoft.Extensions.DependencyInjection;

namespace UppkaCatalog.Core.Tests.Programmes;

/// <summary>
/// Deliveries to accepted groups (attendance, equipment with a hand-over photo through the real pipeline, capital,
/// certificate) and the group's development record, seen by the group, staff and — only for its own programmes — the partner.
/// </summary>
public sealed class DeliveryAndRecordTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static DateOnly Today => new(2026, 11, 20);

    private static async Task<(ProgrammeWorld World, ProgrammeView Training, ApplicationView Accepted)> AcceptedAsync()
    {
        var w = await ProgrammeWorld.StartAsync();
        var p = await w.OpenAsync(w.BlkpOfficer, ProgrammeWorld.Training());
        var a = await w.Applications.ApplyAsync(w.MelatiMember, p.Slug, ProgrammeWorld.Application("Siti Aminah", "Rina"), Ct);
        await w.Applications.DecideAsync(w.BlkpOfficer, a.Id, ApplicationStatus.Accepted, null, Ct);
        return (w, p, a);
    }

    private static DeliveryService Deliveries(ProgrammeWorld w) => w.Host.Services.GetRequiredService<DeliveryService>();

    private static DevelopmentRecordService Records(ProgrammeWorld w) => w.Host.Services.GetRequiredService<DevelopmentRecordService>();

    [Fact]
    public async Task The_officer_records_attendance_and_an_equipment_hand_over_whose_photo_loses_its_GPS()
    {
        var (w, p, a) = await AcceptedAsync();
        await using var _ = w;
        var session = await w.Host.DbFactory.CreateDbContext().ProgrammeSessions.Where(s => s.ProgrammeId == p.Id).OrderBy(s => s.StartsAt).Select(s => s.Id).FirstAsync(Ct);

        var attendance = await Deliveries(w).RecordAsync(w.BlkpOfficer, a.Id, new DeliveryInput
        {
            Kind = DeliveryKind.Attendance, Date = Today, SessionId = session, Attendees = ["Siti Aminah", " Siti Aminah ", "Rina"],
        }, ct: Ct);
        using var photo = new MemoryStream(TestImages.PhoneJpegWithGps());
        var equipment = await Deliveries(w).RecordAsync(w.BlkpOfficer, a.Id, new DeliveryInput
        {
            Kind = DeliveryKind.Equipment, Date = Today, Item = "Mesin jahit portabel", Quantity = 2, Rupiah = 3_500_000,
        }, photo, Ct);

        Assert.Equal(["Siti Aminah", "Rina"], attendance.Attendees);
        Assert.Equal(("Mesin jahit portabel", 2, 3_500_000L), (equipment.Item, equipment.Quantity, equipment.Rupiah));
        Assert.NotNull(equipment.Photo);
        var stored = await File.ReadAllBytesAsync(Path.Combine(w.Host.MediaPath, equipment.Photo.Key), Ct);
        Assert.DoesNotContain("GPS", Encoding.Latin1.GetString(stored));
        Assert.Equal(2, (await Deliveries(w).ForApplicationAsync(w.Staff, a.Id, Ct)).Count);
        await using var db = await w.Host.DbFactory.CreateDbContextAsync(Ct);
        Assert.Equal(["application.apply", "application.accepted", "delivery.attendance", "delivery.equipment"],
            await db.AuditEntries.Where(x => x.Subject == $"Application:{a.Id}").OrderBy(x => x.Id).Select(x => x.Action).ToListAsync(Ct));
    }

    [Fact]
    public async Task A_delivery_is_refused_field_by_field_for_a_group_not_accepted_or_another_partner_and_a_bad_photo_stores_nothing()
    {
        var (w, p, a) = await AcceptedAsync();
        await using var _ = w;
        var jarum = await w.Applications.ApplyAsync(w.JarumMember, p.Slug, ProgrammeWorld.Application("Dewi"), Ct);

        var e = await Assert.ThrowsAsync<ValidationException>(() => Deliveries(w).RecordAsync(w.BlkpOfficer, a.Id,
            new DeliveryInput { Kind = DeliveryKind.Equipment, Date = Today.AddDays(1), Quantity = 0, Rupiah = -5 }, ct: Ct));
        var certificate = await Assert.ThrowsAsync<ValidationException>(() => Deliveries(w).RecordAsync(w.BlkpOfficer, a.Id,
            new DeliveryInput { Kind = DeliveryKind.Certificate, Date = Today, Item = "P-IRT" }, ct: Ct));
        var notAccepted = await Assert.ThrowsAsync<ValidationException>(() => Deliveries(w).RecordAsync(w.BlkpOfficer, jarum.Id,
            new DeliveryInput { Kind = DeliveryKind.Capital, Date = Today, Item = "Bank Jambi", Rupiah = 5_000_000 }, ct: Ct));
        await Assert.ThrowsAsync<NotFoundException>(() => Deliveries(w).RecordAsync(w.BaznasOfficer, a.Id,
            new DeliveryInput { Kind = DeliveryKind.Capital, Date = Today, Item = "Bank Jambi", Rupiah = 1 }, ct: Ct));
        await Assert.ThrowsAsync<ForbiddenException>(() => Deliveries(w).RecordAsync(w.MelatiMember, a.Id,
            new DeliveryInput { Kind = DeliveryKind.Capital, Date = Today, Item = "Bank Jambi", Rupiah = 1 }, ct: Ct));
        using var notAnImage = new MemoryStream(Encoding.UTF8.GetBytes("<html>bukan foto</html>"));
        var badPhoto = await Assert.ThrowsAsync<ValidationException>(() => Deliveries(w).RecordAsync(w.BlkpOfficer, a.Id,
            new DeliveryInput { Kind = DeliveryKind.Equipment, Date = Today, Item = "Sealer", Quantity = 1 }, notAnImage, Ct));

        Assert.Equal(["date", "item", "quantity", "rupiah"], e.Errors.Keys.Order());
        Assert.Equal("Tanggal tidak boleh sesudah hari ini.", e.Errors["date"]);
        Assert.Equal("Tulis nomor sertifikat.", certificate.Errors["detail"]);
        Assert.Equal("Penyaluran hanya dicatat untuk kelompok yang diterima (status sekarang: mendaftar).", notAccepted.Errors["application"]);
        Assert.True(badPhoto.Errors.ContainsKey("photo"));
        await using var db = await w.Host.DbFactory.CreateDbContextAsync(Ct);
        Assert.Equal(0, await db.Deliveries.CountAsync(Ct));
        Assert.False(Directory.Exists(w.Host.MediaPath) && Directory.EnumerateFiles(w.Host.MediaPath, "*", SearchOption.AllDirectories).Any());
    }

    [Fact]
    public async Task The_record_is_the_groups_and_staffs_and_a_partner_sees_only_its_own_programmes_of_groups_that_applied()
    {
        var (w, p, a) = await AcceptedAsync();
        await using var _ = w;
        await Deliveries(w).RecordAsync(w.BlkpOfficer, a.Id, new DeliveryInput { Kind = DeliveryKind.Certificate, Date = Today, Item = "P-IRT", Detail = "2061505010123-26" }, ct: Ct);
        var zakat = ProgrammeWorld.Training("Jambi Sejahtera");
        zakat.Kind = ProgrammeKind.EquipmentAid;
        zakat.RequiresZakatDeclaration = true;
        var aid = await w.OpenAsync(w.BaznasOfficer, zakat);
        await w.Applications.ApplyAsync(w.MelatiMember, aid.Slug, new ApplicationInput { Motivation = "Butuh alat.", ZakatDeclared = true }, Ct);

        var own = await Records(w).GetAsync(w.MelatiMember, w.Melati.Id, Ct);
        var staff = await Records(w).GetAsync(w.Staff, w.Melati.Id, Ct);
        var blkp = await Records(w).GetAsync(w.BlkpOfficer, w.Melati.Id, Ct);

        Assert.Equal(2, own.Programmes.Count);
        Assert.Equal(2, staff.Programmes.Count);
        var seen = Assert.Single(blkp.Programmes);
        Assert.Equal(p.Id, seen.Application.ProgrammeId);
        Assert.Equal("2061505010123-26", Assert.Single(seen.Deliveries).Detail);
        Assert.Equal(DevelopmentRecordService.Months, own.Activity.Count);
        Assert.Equal((2026, 11), (own.Activity[^1].Year, own.Activity[^1].Month));
        await Assert.ThrowsAsync<NotFoundException>(() => Records(w).GetAsync(w.JarumMember, w.Melati.Id, Ct));
        await Assert.ThrowsAsync<NotFoundException>(() => Records(w).GetAsync(w.BlkpOfficer, w.Jarum.Id, Ct)); // never applied to BLKP
        await Assert.ThrowsAsync<NotFoundException>(() => Records(w).GetAsync(w.Nobody, w.Melati.Id, Ct));
    }
}
