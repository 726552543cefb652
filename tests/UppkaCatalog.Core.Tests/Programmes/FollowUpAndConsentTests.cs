using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Inquiries;
using UppkaCatalog.Core.Programmes;
using UppkaCatalog.Core.Tests.Support;

namespace UppkaCatalog.Core.Tests.Programmes;

/// <summary>
/// The 90-day follow-up (opens 90 WIB days after acceptance, catalogue activity computed around the acceptance) and a group's
/// withdrawal of consent (its programme personal data deleted, what was delivered kept).
/// </summary>
public sealed class FollowUpAndConsentTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static FollowUpService FollowUps(ProgrammeWorld w) => w.Host.Services.GetRequiredService<FollowUpService>();

    private static async Task<(ProgrammeWorld World, ApplicationView Accepted)> AcceptedAsync()
    {
        var w = await ProgrammeWorld.StartAsync();
        var p = await w.OpenAsync(w.BlkpOfficer, ProgrammeWorld.Training());
        var a = await w.Applications.ApplyAsync(w.MelatiMember, p.Slug, ProgrammeWorld.Application("Siti Aminah", "Rina"), Ct);
        await w.Applications.DecideAsync(w.BlkpOfficer, a.Id, ApplicationStatus.Accepted, null, Ct);
        return (w, a);
    }

    private static async Task AddActivityAsync(ProgrammeWorld w, DateTimeOffset acceptedAt)
    {
        await using var db = await w.Host.DbFactory.CreateDbContextAsync(Ct);
        var category = new Category { Slug = "makanan-olahan", Name = "Makanan Olahan", NameEn = "Processed food" };
        db.Categories.Add(category);
        await db.SaveChangesAsync(Ct);
        var group = await db.Groups.SingleAsync(g => g.Id == w.Melati.Id, Ct);
        void Product(string slug, double days, ProductStatus status = ProductStatus.Published)
        {
            var product = TestData.Product(group, category.Id, slug, status, acceptedAt.AddDays(days));
            db.Products.Add(product);
        }

        void Inquiry(double days, InquiryStatus status = InquiryStatus.New) => db.Inquiries.Add(new Inquiry
        {
            GroupId = group.Id, BuyerName = "Budi", BuyerPhone = "+6281234567890", Message = "Masih ada?", CreatedAt = acceptedAt.AddDays(days), Status = status,
        });

        Product("lama-sekali", -120);  // before the 90 days before: not counted
        Product("sebelum", -30);
        Product("sesudah-1", 10);
        Product("sesudah-2", 89);
        Product("terlambat", 95);      // after the 90 days after: not counted
        Inquiry(-10);
        Inquiry(5);
        Inquiry(6);
        Inquiry(7, InquiryStatus.Spam); // spam is not activity
        await db.SaveChangesAsync(Ct);
    }

    [Fact]
    public async Task The_follow_up_opens_ninety_WIB_days_after_acceptance_and_computes_the_activity_before_and_after()
    {
        var (w, a) = await AcceptedAsync();
        await using var _ = w;
        var acceptedAt = w.Host.Time.GetUtcNow();
        await AddActivityAsync(w, acceptedAt);

        w.Host.Time.Advance(TimeSpan.FromDays(89));
        var early = await Assert.ThrowsAsync<ValidationException>(() => FollowUps(w).RecordAsync(w.MelatiMember, a.Id, new FollowUpInput { MonthlySales = 1 }, Ct));
        Assert.Contains("18 Februari 2027", early.Errors["application"]);

        w.Host.Time.Advance(TimeSpan.FromDays(1));
        var view = await FollowUps(w).RecordAsync(w.MelatiMember, a.Id, new FollowUpInput { MonthlySales = 4_500_000, MonthlyIncome = 1_200_000, Note = " Naik. " }, Ct);

        Assert.Equal(new DateOnly(2027, 2, 18), view.DueOn);
        Assert.True(view.IsDue);
        var f = view.Recorded!;
        Assert.Equal((4_500_000L, 1_200_000L, "Naik."), (f.MonthlySales!.Value, f.MonthlyIncome!.Value, f.Note));
        Assert.Equal((1, 2, 1, 2), (f.ProductsBefore, f.ProductsAfter, f.InquiriesBefore, f.InquiriesAfter));

        // Recording again replaces it (one per application), audited both times.
        await FollowUps(w).RecordAsync(w.BlkpOfficer, a.Id, new FollowUpInput { MonthlySales = 5_000_000 }, Ct);
        await using var db = await w.Host.DbFactory.CreateDbContextAsync(Ct);
        var row = await db.FollowUps.SingleAsync(Ct);
        Assert.Equal((5_000_000L, (long?)null), (row.MonthlySales!.Value, row.MonthlyIncome));
        Assert.Equal(2, await db.AuditEntries.CountAsync(e => e.Action == "application.follow-up" && e.Subject == $"Application:{a.Id}", Ct));
    }

    [Fact]
    public async Task A_follow_up_is_refused_to_other_groups_other_partners_and_for_bad_figures_and_nothing_is_written()
    {
        var (w, a) = await AcceptedAsync();
        await using var _ = w;
        w.Host.Time.Advance(TimeSpan.FromDays(91));
        var good = new FollowUpInput { MonthlySales = 1_000_000 };

        await Assert.ThrowsAsync<NotFoundException>(() => FollowUps(w).RecordAsync(w.JarumMember, a.Id, good, Ct));
        await Assert.ThrowsAsync<NotFoundException>(() => FollowUps(w).RecordAsync(w.BaznasOfficer, a.Id, good, Ct));
        await Assert.ThrowsAsync<NotFoundException>(() => FollowUps(w).RecordAsync(w.Nobody, a.Id, good, Ct));
        await Assert.ThrowsAsync<NotFoundException>(() => FollowUps(w).RecordAsync(w.Staff, a.Id + 999, good, Ct));
        var bad = await Assert.ThrowsAsync<ValidationException>(() => FollowUps(w).RecordAsync(w.Staff, a.Id,
            new FollowUpInput { MonthlySales = -5, MonthlyIncome = 20_000_000_000, Note = new string('x', FollowUpService.MaxNoteLength + 1) }, Ct));
        Assert.Equal(["monthlyIncome", "monthlySales", "note"], bad.Errors.Keys.Order());
        var empty = await Assert.ThrowsAsync<ValidationException>(() => FollowUps(w).RecordAsync(w.Staff, a.Id, new FollowUpInput { Note = "  " }, Ct));
        Assert.Contains("monthlySales", empty.Errors.Keys);

        await using var db = await w.Host.DbFactory.CreateDbContextAsync(Ct);
        Assert.Equal(0, await db.FollowUps.CountAsync(Ct));
        Assert.Equal(0, await db.AuditEntries.CountAsync(e => e.Action == "application.follow-up", Ct));
    }

    [Fact]
    public async Task A_group_not_accepted_has_no_follow_up_and_the_record_shows_when_an_accepted_ones_opens()
    {
        var w = await ProgrammeWorld.StartAsync();
        await using var _ = w;
        var p = await w.OpenAsync(w.BlkpOfficer, ProgrammeWorld.Training());
        var applied = await w.Applications.ApplyAsync(w.JarumMember, p.Slug, ProgrammeWorld.Application("Yuliana"), Ct);
        var accepted = await w.Applications.ApplyAsync(w.MelatiMember, p.Slug, ProgrammeWorld.Application("Siti"), Ct);
        await w.Applications.DecideAsync(w.Staff, accepted.Id, ApplicationStatus.Accepted, null, Ct);
        w.Host.Time.Advance(TimeSpan.FromDays(100));

        var refused = await Assert.ThrowsAsync<ValidationException>(() => FollowUps(w).RecordAsync(w.JarumMember, applied.Id, new FollowUpInput { MonthlySales = 1 }, Ct));
        Assert.Contains("mendaftar", refused.Errors["application"], StringComparison.Ordinal);

        var records = w.Host.Services.GetRequiredService<DevelopmentRecordService>();
        Assert.Null((await records.GetAsync(w.JarumMember, w.Jarum.Id, Ct)).Programmes.Single().FollowUp);
        var followUp = (await records.GetAsync(w.MelatiMember, w.Melati.Id, Ct)).Programmes.Single().FollowUp!;
        Assert.Equal((new DateOnly(2027, 2, 18), true, (FollowUpFigures?)null), (followUp.DueOn, followUp.IsDue, followUp.Recorded));
    }

    [Fact]
    public async Task Withdrawing_consent_deletes_names_declarations_sales_and_income_but_keeps_what_was_delivered()
    {
        var (w, a) = await AcceptedAsync();
        await using var _ = w;
        var deliveries = w.Host.Services.GetRequiredService<DeliveryService>();
        await deliveries.RecordAsync(w.BlkpOfficer, a.Id, new DeliveryInput { Kind = DeliveryKind.Attendance, Date = new(2026, 11, 20), Attendees = ["Siti Aminah", "Rina"] }, ct: Ct);
        await deliveries.RecordAsync(w.BlkpOfficer, a.Id, new DeliveryInput { Kind = DeliveryKind.Equipment, Date = new(2026, 11, 20), Item = "Mesin jahit", Quantity = 1, Rupiah = 2_000_000 }, ct: Ct);
        var zakatInput = ProgrammeWorld.Training("Bantuan Alat Zakat");
        zakatInput.RequiresZakatDeclaration = true;
        var zakat = await w.OpenAsync(w.BaznasOfficer, zakatInput);
        await w.Applications.ApplyAsync(w.MelatiMember, zakat.Slug, new ApplicationInput { Motivation = "Butuh kompor.", Attendees = ["Siti Aminah"], ZakatDeclared = true }, Ct);
        w.Host.Time.Advance(TimeSpan.FromDays(90));
        await FollowUps(w).RecordAsync(w.MelatiMember, a.Id, new FollowUpInput { MonthlySales = 4_000_000, MonthlyIncome = 900_000, Note = "Naik" }, Ct);
        var privacy = w.Host.Services.GetRequiredService<ProgrammePrivacyService>();

        await Assert.ThrowsAsync<ForbiddenException>(() => privacy.WithdrawConsentAsync(w.MelatiMember, w.Melati.Id, Ct));
        await Assert.ThrowsAsync<ForbiddenException>(() => privacy.WithdrawConsentAsync(w.BlkpOfficer, w.Melati.Id, Ct));
        await Assert.ThrowsAsync<NotFoundException>(() => privacy.WithdrawConsentAsync(w.Staff, 987_654, Ct));
        var erased = await privacy.WithdrawConsentAsync(w.Staff, w.Melati.Id, Ct);

        Assert.Equal(new ConsentErasure(Applications: 2, Names: 5, Declarations: 1, FollowUps: 1), erased);
        var record = await w.Host.Services.GetRequiredService<DevelopmentRecordService>().GetAsync(w.Staff, w.Melati.Id, Ct);
        Assert.DoesNotContain(record.Programmes.SelectMany(p => p.Application.Attendees.Concat(p.Deliveries.SelectMany(d => d.Attendees))), n => n.Contains("Siti") || n.Contains("Rina"));
        Assert.All(record.Programmes, p => Assert.Null(p.Application.ZakatDeclaredAt));
        var training = record.Programmes.Single(p => p.Application.Id == a.Id);
        Assert.Equal(2, training.Application.Attendees.Count);  // the seats still count, nameless
        Assert.Equal(2_000_000, training.Deliveries.Single(d => d.Kind == DeliveryKind.Equipment).Rupiah);
        var followUp = training.FollowUp!.Recorded!;
        Assert.Equal(((long?)null, (long?)null, "Naik"), (followUp.MonthlySales, followUp.MonthlyIncome, followUp.Note));
        await using var db = await w.Host.DbFactory.CreateDbContextAsync(Ct);
        Assert.Equal(1, await db.AuditEntries.CountAsync(e => e.Action == "group.consent-withdrawn" && e.Subject == $"Group:{w.Melati.Id}", Ct));
    }
}

/// <summary>Certificates delivered through a programme, offered to the group's product editor for its permit fields.</summary>
public sealed class ProgrammeCertificateTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("SPP-IRT", PermitKind.Pirt)]
    [InlineData("P-IRT", PermitKind.Pirt)]
    [InlineData("pirt", PermitKind.Pirt)]
    [InlineData("Sertifikat Halal", PermitKind.Halal)]
    [InlineData("BPOM MD", PermitKind.Bpom)]
    [InlineData("Badan POM", PermitKind.Bpom)]
    [InlineData("Sertifikat kompetensi menjahit", null)]
    public void A_certificates_kind_names_the_permit_it_fills(string kind, PermitKind? permit) =>
        Assert.Equal(permit, ProgrammeCertificateService.PermitOf(kind));

    [Fact]
    public async Task The_group_sees_its_own_certificates_newest_first_and_nobody_else_does()
    {
        var w = await ProgrammeWorld.StartAsync();
        await using var _ = w;
        var p = await w.OpenAsync(w.BlkpOfficer, ProgrammeWorld.Training());
        var a = await w.Applications.ApplyAsync(w.MelatiMember, p.Slug, ProgrammeWorld.Application("Siti"), Ct);
        await w.Applications.DecideAsync(w.BlkpOfficer, a.Id, ApplicationStatus.Accepted, null, Ct);
        var deliveries = w.Host.Services.GetRequiredService<DeliveryService>();
        async Task CertificateAsync(string kind, string number, DateOnly date) =>
            await deliveries.RecordAsync(w.BlkpOfficer, a.Id, new DeliveryInput { Kind = DeliveryKind.Certificate, Date = date, Item = kind, Detail = number }, ct: Ct);
        await CertificateAsync("P-IRT", "2081505010123-26", new DateOnly(2026, 11, 10));
        await CertificateAsync("Sertifikat Halal", "ID15110000123450926", new DateOnly(2026, 11, 18));
        await CertificateAsync("Sertifikat pelatihan", "BLKP/2026/77", new DateOnly(2026, 11, 19));
        var certificates = w.Host.Services.GetRequiredService<ProgrammeCertificateService>();

        var mine = await certificates.ForMyGroupAsync(w.MelatiMember, Ct);

        Assert.Equal([(PermitKind.Halal, "ID15110000123450926"), (PermitKind.Pirt, "2081505010123-26")], mine.Select(c => (c.Permit, c.Number)));
        Assert.All(mine, c => Assert.Equal("Pelatihan Menjahit", c.ProgrammeTitle));
        Assert.Empty(await certificates.ForMyGroupAsync(w.JarumMember, Ct));
        await Assert.ThrowsAsync<ForbiddenException>(() => certificates.ForMyGroupAsync(w.BlkpOfficer, Ct));
    }
}

/// <summary>Editing a programme keeps the sessions that stay (and so the attendance recorded for them) and refuses to drop an attended one.</summary>
public sealed class SessionEditTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_edit_keeps_a_sessions_id_and_an_attended_session_cannot_be_removed()
    {
        var w = await ProgrammeWorld.StartAsync();
        await using var _ = w;
        var p = await w.OpenAsync(w.BlkpOfficer, ProgrammeWorld.Training());
        var a = await w.Applications.ApplyAsync(w.MelatiMember, p.Slug, ProgrammeWorld.Application("Siti"), Ct);
        await w.Applications.DecideAsync(w.BlkpOfficer, a.Id, ApplicationStatus.Accepted, null, Ct);
        async Task<List<(int Id, DateTimeOffset StartsAt, string Place)>> SessionsAsync()
        {
            await using var db = await w.Host.DbFactory.CreateDbContextAsync(Ct);
            return (await db.ProgrammeSessions.Where(s => s.ProgrammeId == p.Id).OrderBy(s => s.StartsAt).ToListAsync(Ct)).Select(s => (s.Id, s.StartsAt, s.Place)).ToList();
        }

        var before = await SessionsAsync();
        await w.Host.Services.GetRequiredService<DeliveryService>().RecordAsync(w.BlkpOfficer, a.Id,
            new DeliveryInput { Kind = DeliveryKind.Attendance, Date = new(2026, 11, 20), SessionId = before[0].Id, Attendees = ["Siti"] }, ct: Ct);

        var moved = ProgrammeWorld.Training();
        moved.Sessions.ForEach(s => s.Place = "Aula BLKP");
        await w.Programmes.UpdateAsync(w.BlkpOfficer, p.Id, moved, Ct);
        var after = await SessionsAsync();
        Assert.Equal(before.Select(s => s.Id), after.Select(s => s.Id));
        Assert.All(after, s => Assert.Equal("Aula BLKP", s.Place));

        var dropped = ProgrammeWorld.Training();
        dropped.Sessions.RemoveAll(s => s.StartsAtWib == new DateTime(2026, 12, 14, 8, 0, 0));
        var refused = await Assert.ThrowsAsync<ValidationException>(() => w.Programmes.UpdateAsync(w.BlkpOfficer, p.Id, dropped, Ct));
        Assert.Contains("14 Desember 2026 08.00", refused.Errors["sessions"]);
        Assert.Equal(after, await SessionsAsync());
    }
}
