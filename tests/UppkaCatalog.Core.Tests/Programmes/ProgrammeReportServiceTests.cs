using Microsoft.Extensions.DependencyInjection;
using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Inquiries;
using UppkaCatalog.Core.Programmes;

namespace UppkaCatalog.Core.Tests.Programmes;

/// <summary>
/// The staff report over a world small enough to count by hand: BLKP's training (Melati completed with two attendees and
/// Rp 1.000.000 of equipment, Jarum dropped), Baznas's equipment aid (Melati accepted ten days later with Rp 5.000.000 of
/// equipment in two hand-overs and Rp 2.000.000 of capital; Jarum only applied), and Melati's products and inquiries placed
/// around the two acceptances.
/// </summary>
public sealed class ProgrammeReportServiceTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_figure_per_partner_programme_regency_and_in_total_is_the_hand_count()
    {
        await using var w = await ProgrammeWorld.StartAsync();
        var t1 = await BuildAsync(w);

        var report = await Reports(w).GetAsync(w.Staff, Ct);

        var blkp = report.Partners.Single(p => p.PartnerId == w.Blkp.Id).Figures;
        var baznas = report.Partners.Single(p => p.PartnerId == w.Baznas.Id).Figures;
        // Melati, completed (accepted at t1): P2 before, P3 after (P1 too early, P4 too late); I1 before, I3 and I4 after, I2 spam.
        Assert.Equal(new ReportFigures(1, 2, 1_000_000, 0, 1, 2, 1, 1, 1, 2), blkp);
        Assert.Equal(0.5, blkp.CompletionRate);
        // Melati, accepted at t1 + 10 days: P2 and P3 before, P4 after; I1 and I4 before, I3 after.
        Assert.Equal(new ReportFigures(1, 0, 5_000_000, 2_000_000, 0, 1, 2, 1, 2, 1), baznas);
        Assert.Equal(0.0, baznas.CompletionRate);

        // Drafts are left out; the rows of a programme are its partner's here (one programme each).
        Assert.Equal(["Bantuan Alat Usaha", "Pelatihan Menjahit"], report.Programmes.Select(p => p.Title));
        Assert.Equal(baznas, report.Programmes[0].Figures);
        Assert.Equal(blkp, report.Programmes[1].Figures);

        var muaroJambi = report.Regencies.Single(r => r.Code == "1505").Figures;
        var kotaJambi = report.Regencies.Single(r => r.Code == "1571").Figures;
        // One group reached twice is one group; its activity counts once per acceptance.
        Assert.Equal(new ReportFigures(1, 2, 6_000_000, 2_000_000, 1, 2, 3, 2, 3, 3), muaroJambi);
        Assert.Equal(new ReportFigures(0, 0, 0, 0, 0, 1, 0, 0, 0, 0), kotaJambi);
        Assert.Equal(11, report.Regencies.Count);
        Assert.All(report.Regencies.Where(r => r.Code is not ("1505" or "1571")), r => Assert.Null(r.Figures.CompletionRate));
        Assert.Equal(new ReportFigures(1, 2, 6_000_000, 2_000_000, 1, 3, 3, 2, 3, 3), report.Total);
        Assert.Equal(1.0 / 3, report.Total.CompletionRate);
        Assert.Equal(t1 + TimeSpan.FromDays(10), report.At);
    }

    [Fact]
    public async Task Only_staff_see_the_report()
    {
        await using var w = await ProgrammeWorld.StartAsync();

        foreach (var actor in new[] { w.BlkpOfficer, w.MelatiMember, w.Nobody })
        {
            var e = await Assert.ThrowsAsync<ForbiddenException>(() => Reports(w).GetAsync(actor, Ct));
            Assert.Equal("Laporan program mitra hanya untuk staf BKKBN.", e.Message);
        }

        var empty = await Reports(w).GetAsync(w.Staff, Ct);
        Assert.Equal(new ReportFigures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0), empty.Total);
        Assert.Equal(2, empty.Partners.Count);
    }

    /// <summary>The world of the class summary; returns t1, the time BLKP accepted (the clock ends at t1 + 10 days).</summary>
    private static async Task<DateTimeOffset> BuildAsync(ProgrammeWorld w)
    {
        var training = await w.OpenAsync(w.BlkpOfficer, ProgrammeWorld.Training());
        var aidInput = ProgrammeWorld.Training("Bantuan Alat Usaha");
        aidInput.Kind = ProgrammeKind.EquipmentAid;
        aidInput.SeatsPerGroup = 1;
        var aid = await w.OpenAsync(w.BaznasOfficer, aidInput);
        await w.Programmes.CreateAsync(w.BlkpOfficer, ProgrammeWorld.Training("Pelatihan Bordir (draf)"), Ct);

        var melatiTraining = await w.Applications.ApplyAsync(w.MelatiMember, training.Slug, ProgrammeWorld.Application("Siti Aminah", "Rina"), Ct);
        var jarumTraining = await w.Applications.ApplyAsync(w.JarumMember, training.Slug, ProgrammeWorld.Application("Dewi"), Ct);
        var melatiAid = await w.Applications.ApplyAsync(w.MelatiMember, aid.Slug, ProgrammeWorld.Application(), Ct);
        await w.Applications.ApplyAsync(w.JarumMember, aid.Slug, ProgrammeWorld.Application(), Ct);

        w.Host.Time.Advance(TimeSpan.FromDays(2));
        var t1 = w.Host.Time.GetUtcNow();
        await w.Applications.DecideAsync(w.BlkpOfficer, melatiTraining.Id, ApplicationStatus.Accepted, null, Ct);
        await w.Applications.DecideAsync(w.BlkpOfficer, jarumTraining.Id, ApplicationStatus.Accepted, null, Ct);

        w.Host.Time.Advance(TimeSpan.FromDays(10));
        var t2 = w.Host.Time.GetUtcNow();
        var today = DateOnly.FromDateTime(t2.ToWib().DateTime);
        await w.Applications.DecideAsync(w.BaznasOfficer, melatiAid.Id, ApplicationStatus.Accepted, null, Ct);
        var deliveries = w.Host.Services.GetRequiredService<DeliveryService>();
        foreach (var (officer, id, kind, rupiah) in new[]
        {
            (w.BaznasOfficer, melatiAid.Id, DeliveryKind.Equipment, 3_500_000L), (w.BaznasOfficer, melatiAid.Id, DeliveryKind.Equipment, 1_500_000L),
            (w.BaznasOfficer, melatiAid.Id, DeliveryKind.Capital, 2_000_000L), (w.BlkpOfficer, melatiTraining.Id, DeliveryKind.Equipment, 1_000_000L),
        })
        {
            await deliveries.RecordAsync(officer, id, new DeliveryInput
            {
                Kind = kind, Date = today, Item = kind == DeliveryKind.Capital ? "Bank Jambi" : "Mesin jahit", Quantity = 1, Rupiah = rupiah,
                Detail = kind == DeliveryKind.Capital ? "Disetujui" : "",
            }, ct: Ct);
        }

        await w.Applications.DecideAsync(w.BlkpOfficer, jarumTraining.Id, ApplicationStatus.Dropped, "Tidak hadir.", Ct);
        // Completed later than accepted: its activity still counts from the acceptance (t1).
        await w.Applications.DecideAsync(w.BlkpOfficer, melatiTraining.Id, ApplicationStatus.Completed, null, Ct);

        await using var db = await w.Host.DbFactory.CreateDbContextAsync(Ct);
        var day = TimeSpan.FromDays(1);
        var n = 0;
        Product Product(int groupId, DateTimeOffset? publishedAt) => new()
        {
            Slug = $"produk-laporan-{++n}", Name = $"Produk {n}", GroupId = groupId, Price = 10_000,
            Status = publishedAt is null ? ProductStatus.Draft : ProductStatus.Published, PublishedAt = publishedAt, CreatedAt = t1, UpdatedAt = t1,
        };
        db.Products.AddRange(
            Product(w.Melati.Id, t1 - 100 * day), Product(w.Melati.Id, t1 - 30 * day), Product(w.Melati.Id, t1 + 5 * day),
            Product(w.Melati.Id, t1 + 95 * day), Product(w.Melati.Id, null), Product(w.Jarum.Id, t1 + day));
        Inquiry Inquiry(int groupId, DateTimeOffset at, InquiryStatus status = InquiryStatus.New) => new()
        {
            GroupId = groupId, BuyerName = "Pembeli", BuyerPhone = "+6281200000000", Message = "Masih ada?", Status = status, CreatedAt = at,
        };
        db.Inquiries.AddRange(
            Inquiry(w.Melati.Id, t1 - day), Inquiry(w.Melati.Id, t1 + day, InquiryStatus.Spam), Inquiry(w.Melati.Id, t2 + day),
            Inquiry(w.Melati.Id, t2 - day), Inquiry(w.Jarum.Id, t1 + day));
        await db.SaveChangesAsync(Ct);
        return t1;
    }

    private static ProgrammeReportService Reports(ProgrammeWorld w) => w.Host.Services.GetRequiredService<ProgrammeReportService>();
}
