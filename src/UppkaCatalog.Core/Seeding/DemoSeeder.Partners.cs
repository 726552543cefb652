using Microsoft.EntityFrameworkCore;
using UppkaCatalog.Core.Accounts;
using UppkaCatalog.Core.Groups;
using UppkaCatalog.Core.Partners;
using UppkaCatalog.Core.Programmes;

namespace UppkaCatalog.Core.Seeding;

/// <summary>
/// The demo's partners — Jambi's vocational training centre (BLKP), manpower office (Disnakertrans) and zakat agency (Baznas) —
/// with one officer account each (<c>mitra1…3@uppka.test</c>, the demo password) and their programmes: two trainings and a
/// zakat equipment aid taking applications, an appropriate-technology equipment aid already closed (with its equipment
/// hand-overs and a 90-day follow-up). Dates follow the day the demo starts, so something is always open. Added once,
/// into a database without partners.
/// </summary>
public sealed partial class DemoSeeder
{
    private async Task EnsureDemoPartnersAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await db.Partners.AnyAsync(ct)) return;
        var now = time.GetUtcNow();
        var blkp = new Partner
        {
            Slug = "blkp-provinsi-jambi", Name = "BLKP Provinsi Jambi", Kind = PartnerKind.TrainingCentre,
            ContactName = "Seksi Pelatihan", ContactPhone = "+62741555101", ContactEmail = "pelatihan@blkp-jambi.contoh", CreatedAt = now,
        };
        var disnaker = new Partner
        {
            Slug = "disnakertrans-provinsi-jambi", Name = "Disnakertrans Provinsi Jambi", Kind = PartnerKind.GovernmentOffice,
            ContactName = "Bidang Penempatan dan Perluasan Kerja", ContactPhone = "+62741555102", CreatedAt = now,
        };
        var baznas = new Partner
        {
            Slug = "baznas-provinsi-jambi", Name = "Baznas Provinsi Jambi", Kind = PartnerKind.ZakatAgency,
            ContactName = "Bidang Pendistribusian", ContactPhone = "+62741555103", CreatedAt = now,
        };
        db.Partners.AddRange(blkp, disnaker, baznas);
        await db.SaveChangesAsync(ct);

        // WIB midnights relative to today, as a partner would set them.
        var today = new DateTimeOffset(now.ToOffset(Common.Wib.Offset).Date, Common.Wib.Offset);
        DateTimeOffset Day(int days, int hour = 0) => today.AddDays(days).AddHours(hour).ToUniversalTime();
        db.Programmes.AddRange(
            new Programme
            {
                Slug = "pelatihan-menjahit-busana-muslim-2026", Title = "Pelatihan Menjahit Busana Muslim", PartnerId = blkp.Id,
                Kind = ProgrammeKind.Training, Status = ProgrammeStatus.Open,
                Description = "Pelatihan berbasis kompetensi 10 hari: pola, potong, jahit dan finishing busana muslim, sampai siap dijual. Bahan dan mesin disediakan BLKP.",
                Location = "Workshop Garmen BLKP Provinsi Jambi, Jl. Jenderal Sudirman, Kota Jambi",
                Requirements = "Anggota kelompok usia 18–50 tahun, membawa fotokopi KTP. Satu kelompok paling banyak 2 peserta.",
                ApplicationOpensAt = Day(-10), ApplicationClosesAt = Day(20), Quota = 16, SeatsPerGroup = 2,
                Sectors = [BusinessSector.SewingFashion, BusinessSector.Crafts],
                Sessions = [new ProgrammeSession { StartsAt = Day(30, 8), EndsAt = Day(30, 16), Place = "Workshop Garmen BLKP" },
                            new ProgrammeSession { StartsAt = Day(39, 8), EndsAt = Day(39, 16), Place = "Workshop Garmen BLKP" }],
                CreatedAt = now, UpdatedAt = now,
            },
            new Programme
            {
                Slug = "pelatihan-pengolahan-pangan-dan-kemasan-2026", Title = "Pelatihan Pengolahan Pangan dan Kemasan", PartnerId = blkp.Id,
                Kind = ProgrammeKind.Training, Status = ProgrammeStatus.Open,
                Description = "Cara produksi pangan olahan yang baik, label sesuai aturan, dan kemasan yang menarik pembeli. Dilanjutkan pendampingan pengajuan P-IRT.",
                Location = "Ruang Kejuruan Pengolahan Hasil Pertanian, BLKP Provinsi Jambi",
                Requirements = "Kelompok bidang makanan olahan atau minuman yang sudah berproduksi. Membawa satu contoh produk dan kemasannya.",
                ApplicationOpensAt = Day(-3), ApplicationClosesAt = Day(25), Quota = 20, SeatsPerGroup = 1,
                Sectors = [BusinessSector.FoodProcessing, BusinessSector.Drinks],
                Sessions = [new ProgrammeSession { StartsAt = Day(35, 8), EndsAt = Day(35, 15), Place = "BLKP Provinsi Jambi" }],
                CreatedAt = now, UpdatedAt = now,
            },
            new Programme
            {
                Slug = "bantuan-peralatan-teknologi-tepat-guna-2026", Title = "Bantuan Peralatan Teknologi Tepat Guna", PartnerId = disnaker.Id,
                Kind = ProgrammeKind.EquipmentAid, Status = ProgrammeStatus.Closed,
                Description = "Paket peralatan usaha tepat guna (mesin pengering, sealer, mixer) bagi kelompok yang sudah ikut pelatihan Wirausaha Baru.",
                Location = "Kantor Disnakertrans Provinsi Jambi",
                Requirements = "Proposal singkat kebutuhan alat dan foto tempat usaha.",
                ApplicationOpensAt = Day(-160), ApplicationClosesAt = Day(-140), Quota = 10, SeatsPerGroup = 1,
                RegencyCodes = ["1505", "1571"],
                CreatedAt = now, UpdatedAt = now,
            },
            new Programme
            {
                Slug = "jambi-sejahtera-bantuan-alat-usaha-2026", Title = "Jambi Sejahtera: Bantuan Alat Usaha", PartnerId = baznas.Id,
                Kind = ProgrammeKind.EquipmentAid, Status = ProgrammeStatus.Open,
                Description = "Bantuan alat usaha dari dana zakat untuk anggota kelompok yang termasuk delapan golongan penerima zakat (mustahik).",
                Location = "Kantor Baznas Provinsi Jambi dan kunjungan ke tempat usaha",
                Requirements = "Pernyataan kelayakan penerima zakat, surat keterangan dari desa/kelurahan.",
                ApplicationOpensAt = Day(-5), ApplicationClosesAt = Day(15), Quota = 12, SeatsPerGroup = 1, RequiresZakatDeclaration = true,
                Stages = [GroupStage.Basic, GroupStage.Developing],
                CreatedAt = now, UpdatedAt = now,
            });
        await db.SaveChangesAsync(ct);

        await SeedDemoApplicationsAsync(db, now, ct);

        var password = options.Value.DemoPassword;
        var partners = new[] { blkp, disnaker, baznas };
        for (var i = 0; i < partners.Length; i++)
        {
            var email = PartnerEmail(i + 1);
            if (await users.FindByEmailAsync(email) is not null) continue;
            var user = new AppUser
            {
                UserName = email, Email = email, EmailConfirmed = true, DisplayName = $"Petugas {partners[i].Name}", PartnerId = partners[i].Id,
                CreatedAt = now,
            };
            Check(await users.CreateAsync(user, password), email);
            Check(await users.AddToRoleAsync(user, Roles.Partner), email);
        }

        var officer = await users.FindByEmailAsync(PartnerEmail(2));
        await SeedDemoDeliveriesAsync(db, officer!.Id, ct);
    }

    /// <summary>
    /// What Disnakertrans handed over to the groups it accepted for the closed equipment aid, and the completed group's
    /// 90-day follow-up (its catalogue activity computed as the service computes it).
    /// </summary>
    private static async Task SeedDemoDeliveriesAsync(Data.AppDbContext db, string officerId, CancellationToken ct)
    {
        var accepted = await db.ProgrammeApplications.Where(a => a.Programme!.Slug == "bantuan-peralatan-teknologi-tepat-guna-2026" && a.AcceptedAt != null
            && (a.Status == ApplicationStatus.Accepted || a.Status == ApplicationStatus.Completed)).OrderBy(a => a.Id).ToListAsync(ct);
        var items = new[] { ("Mesin pengering (oven listrik 3 rak)", 1, 7_500_000L), ("Hand sealer impuls 30 cm", 2, 1_300_000L) };
        for (var i = 0; i < accepted.Count && i < items.Length; i++)
        {
            var (item, quantity, rupiah) = items[i];
            var handedOver = accepted[i].AcceptedAt!.Value.AddDays(14);
            db.Deliveries.Add(new Delivery
            {
                ApplicationId = accepted[i].Id, Kind = DeliveryKind.Equipment, Date = Common.Wib.DayOf(handedOver), Item = item, Quantity = quantity,
                Rupiah = rupiah, Detail = "Diserahkan di Kantor Disnakertrans, diterima ketua kelompok.", RecordedById = officerId, RecordedAt = handedOver,
            });
            if (accepted[i].Status != ApplicationStatus.Completed) continue;
            var activity = await FollowUpService.ActivityAroundAsync(db, accepted[i].GroupId, accepted[i].AcceptedAt!.Value, ct);
            db.FollowUps.Add(new FollowUp
            {
                ApplicationId = accepted[i].Id, MonthlySales = 4_500_000, MonthlyIncome = 1_200_000,
                Note = "Produksi kerupuk naik dari 20 kg ke 45 kg per minggu sejak ada mesin pengering; tidak tergantung cuaca lagi.",
                ProductsBefore = activity.ProductsBefore, ProductsAfter = activity.ProductsAfter, InquiriesBefore = activity.InquiriesBefore,
                InquiriesAfter = activity.InquiriesAfter, RecordedById = officerId, RecordedAt = accepted[i].AcceptedAt!.Value.AddDays(FollowUpService.Days + 2),
            });
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>A few applications in every status, from demo groups the programmes are meant for.</summary>
    private static async Task SeedDemoApplicationsAsync(Data.AppDbContext db, DateTimeOffset now, CancellationToken ct)
    {
        var programmes = await db.Programmes.ToDictionaryAsync(p => p.Slug, ct);
        var groups = await db.Groups.OrderBy(g => g.Id).Select(g => new { g.Id, g.Sector, g.Stage, Code = g.Regency!.Code }).ToListAsync(ct);
        var sewing = groups.Where(g => g.Sector is BusinessSector.SewingFashion or BusinessSector.Crafts).Select(g => g.Id).ToList();
        var food = groups.Where(g => g.Sector is BusinessSector.FoodProcessing or BusinessSector.Drinks).Select(g => g.Id).ToList();
        var ttg = groups.Where(g => g.Code is "1505" or "1571").Select(g => g.Id).ToList();
        var zakat = groups.Where(g => g.Stage is GroupStage.Basic or GroupStage.Developing).Select(g => g.Id).ToList();

        ProgrammeApplication Make(string slug, int groupId, ApplicationStatus status, int daysAgo, string motivation, string[] attendees,
            string? reason = null, bool zakat = false, int? acceptedDaysAgo = null) => new()
        {
            ProgrammeId = programmes[slug].Id, GroupId = groupId, Status = status, Motivation = motivation, Needs = "",
            Attendees = [.. attendees], AppliedAt = now.AddDays(-daysAgo), UpdatedAt = now.AddDays(-daysAgo / 2.0),
            DecidedAt = status is ApplicationStatus.Applied ? null : now.AddDays(-daysAgo / 2.0), Reason = reason,
            ZakatDeclaredAt = zakat ? now.AddDays(-daysAgo) : null,
            AcceptedAt = status is ApplicationStatus.Accepted or ApplicationStatus.Completed or ApplicationStatus.Dropped
                ? now.AddDays(-(acceptedDaysAgo ?? daysAgo / 2.0)) : null,
        };

        var rows = new List<ProgrammeApplication>();
        void Add(List<int> ids, int index, Func<int, ProgrammeApplication> make)
        {
            if (index < ids.Count && rows.All(r => r.GroupId != ids[index] || r.ProgrammeId != make(ids[index]).ProgrammeId)) rows.Add(make(ids[index]));
        }

        const string sewingSlug = "pelatihan-menjahit-busana-muslim-2026";
        const string foodSlug = "pelatihan-pengolahan-pangan-dan-kemasan-2026";
        const string ttgSlug = "bantuan-peralatan-teknologi-tepat-guna-2026";
        const string zakatSlug = "jambi-sejahtera-bantuan-alat-usaha-2026";
        Add(sewing, 0, id => Make(sewingSlug, id, ApplicationStatus.Applied, 4, "Pesanan seragam sekolah naik; kami perlu penjahit yang rapi.", ["Nurhayati", "Siti Rahma"]));
        Add(sewing, 1, id => Make(sewingSlug, id, ApplicationStatus.Shortlisted, 6, "Ingin membuat busana muslim sendiri, bukan hanya menjahit pesanan.", ["Yuliana"]));
        Add(food, 0, id => Make(foodSlug, id, ApplicationStatus.Accepted, 3, "Kemasan kami masih plastik polos; pembeli toko oleh-oleh meminta label.", ["Siti Aminah"]));
        Add(food, 1, id => Make(foodSlug, id, ApplicationStatus.Applied, 2, "Ingin mengurus P-IRT untuk keripik kami.", ["Rina Marlina"]));
        Add(food, 2, id => Make(foodSlug, id, ApplicationStatus.Rejected, 3, "Ingin belajar kemasan.", ["Dewi"],
            "Kelompok sudah ikut pelatihan yang sama tahun lalu; utamakan kelompok yang belum pernah."));
        Add(ttg, 0, id => Make(ttgSlug, id, ApplicationStatus.Completed, 150, "Butuh mesin pengering untuk kerupuk.", [], null, acceptedDaysAgo: 130));
        Add(ttg, 1, id => Make(ttgSlug, id, ApplicationStatus.Accepted, 148, "Butuh sealer untuk kemasan kopi.", [], acceptedDaysAgo: 128));
        Add(ttg, 2, id => Make(ttgSlug, id, ApplicationStatus.Dropped, 145, "Butuh mixer adonan.", [], "Kelompok tidak hadir saat serah terima dan tidak bisa dihubungi."));
        Add(zakat, 0, id => Make(zakatSlug, id, ApplicationStatus.Applied, 1, "Dua anggota kami janda dengan tanggungan; butuh kompor dan wajan besar.", [], zakat: true));
        Add(zakat, 1, id => Make(zakatSlug, id, ApplicationStatus.Withdrawn, 4, "Butuh etalase.", [], zakat: true));
        db.ProgrammeApplications.AddRange(rows);
        await db.SaveChangesAsync(ct);
    }
}
