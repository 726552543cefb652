using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UppkaCatalog.Core.Regions;

namespace UppkaCatalog.Core.Data.Configurations;

internal sealed class ProvinceConfiguration : IEntityTypeConfiguration<Province>
{
    public void Configure(EntityTypeBuilder<Province> b)
    {
        b.Property(p => p.Code).HasMaxLength(8);
        b.Property(p => p.Name).HasMaxLength(100);
        b.HasIndex(p => p.Code).IsUnique();
        b.HasData(new Province { Id = 1, Code = "15", Name = "Jambi" });
    }
}

internal sealed class RegencyConfiguration : IEntityTypeConfiguration<Regency>
{
    public void Configure(EntityTypeBuilder<Regency> b)
    {
        b.Property(r => r.Code).HasMaxLength(8);
        b.Property(r => r.Name).HasMaxLength(100);
        b.Property(r => r.Slug).HasMaxLength(100);
        b.HasIndex(r => r.Code).IsUnique();
        b.HasIndex(r => r.Slug).IsUnique();
        b.HasOne(r => r.Province).WithMany(p => p.Regencies).HasForeignKey(r => r.ProvinceId).OnDelete(DeleteBehavior.Restrict);

        // Jambi's 9 regencies and 2 cities, with their BPS codes. Reference data: in every
        // database, demo or not. Another province is another set of rows (a migration), not code.
        (string Code, string Name, string Slug)[] jambi =
        [
            ("1501", "Kabupaten Kerinci", "kerinci"),
            ("1502", "Kabupaten Merangin", "merangin"),
            ("1503", "Kabupaten Sarolangun", "sarolangun"),
            ("1504", "Kabupaten Batang Hari", "batang-hari"),
            ("1505", "Kabupaten Muaro Jambi", "muaro-jambi"),
            ("1506", "Kabupaten Tanjung Jabung Timur", "tanjung-jabung-timur"),
            ("1507", "Kabupaten Tanjung Jabung Barat", "tanjung-jabung-barat"),
            ("1508", "Kabupaten Tebo", "tebo"),
            ("1509", "Kabupaten Bungo", "bungo"),
            ("1571", "Kota Jambi", "kota-jambi"),
            ("1572", "Kota Sungai Penuh", "kota-sungai-penuh"),
        ];
        b.HasData(jambi.Select((r, i) => new Regency { Id = i + 1, Code = r.Code, Name = r.Name, Slug = r.Slug, ProvinceId = 1 }));
    }
}
