using Microsoft.EntityFrameworkCore;
using UppkaCatalog.Core.Accounts;
using UppkaCatalog.Core.Groups;
using UppkaCatalog.Core.Partners;
using UppkaCatalog.Core.Programmes;

namespace UppkaCatalog.Core.Seeding;

/// <summary>
/// The demo's partners — Jambi's vocational training centre (BLKP), manpower office (Disnakertrans) and zakat agency (Baznas) —
/// with one officer account each (<c>mitra1…3@uppka.test</c>, the demo password) and their programmes: two trainings and a
/// zakat equipment aid taking applications, an appropriate-technology equipment aid already closed. Dates follow the day
/// the demo starts, so something is always open. Added once, into a database without partners.
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
                ApplicationOpensAt = Day(-60), ApplicationClosesAt = Day(-20), Quota = 10, SeatsPerGroup = 1,
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
    }
}
