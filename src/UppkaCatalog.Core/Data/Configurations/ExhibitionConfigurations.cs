using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UppkaCatalog.Core.Exhibitions;

namespace UppkaCatalog.Core.Data.Configurations;

internal sealed class ExhibitionConfiguration : IEntityTypeConfiguration<Exhibition>
{
    public void Configure(EntityTypeBuilder<Exhibition> b)
    {
        b.Property(e => e.Slug).HasMaxLength(120);
        b.Property(e => e.Title).HasMaxLength(160);
        b.Property(e => e.Theme).HasMaxLength(200);
        b.Property(e => e.Description).HasMaxLength(4000);
        b.Property(e => e.BannerKey).HasMaxLength(200);
        b.Property(e => e.Version).IsConcurrencyToken();
        b.HasIndex(e => e.Slug).IsUnique();
        b.HasIndex(e => new { e.Status, e.StartsAt });
        b.HasMany(e => e.Halls).WithOne(h => h.Exhibition).HasForeignKey(h => h.ExhibitionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class HallConfiguration : IEntityTypeConfiguration<Hall>
{
    public void Configure(EntityTypeBuilder<Hall> b)
    {
        b.Property(h => h.Slug).HasMaxLength(120);
        b.Property(h => h.Name).HasMaxLength(120);
        b.Property(h => h.Description).HasMaxLength(2000);
        b.HasIndex(h => new { h.ExhibitionId, h.Slug }).IsUnique();
        // Removing a hall must not silently delete accepted booths: staff move or remove them first.
        b.HasMany(h => h.Booths).WithOne(x => x.Hall).HasForeignKey(x => x.HallId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class BoothConfiguration : IEntityTypeConfiguration<Booth>
{
    public void Configure(EntityTypeBuilder<Booth> b)
    {
        b.Property(x => x.Number).HasMaxLength(20);
        b.Property(x => x.Tagline).HasMaxLength(200);
        b.Property(x => x.BannerKey).HasMaxLength(200);
        b.Property(x => x.DecisionReason).HasMaxLength(500);
        b.Property(x => x.Version).IsConcurrencyToken();
        // A group takes at most one booth in an exhibition, and a booth number is used once.
        b.HasIndex(x => new { x.ExhibitionId, x.GroupId }).IsUnique();
        // Applications have no number yet: NULLs never clash in a unique index (SQLite and PostgreSQL alike).
        b.HasIndex(x => new { x.ExhibitionId, x.Number }).IsUnique();
        b.HasOne(x => x.Exhibition).WithMany().HasForeignKey(x => x.ExhibitionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.Group).WithMany().HasForeignKey(x => x.GroupId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Products).WithOne(p => p.Booth).HasForeignKey(p => p.BoothId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class BoothProductConfiguration : IEntityTypeConfiguration<BoothProduct>
{
    public void Configure(EntityTypeBuilder<BoothProduct> b)
    {
        b.HasIndex(x => new { x.BoothId, x.ProductId }).IsUnique();
        b.HasOne(x => x.Product).WithMany().HasForeignKey(x => x.ProductId).OnDelete(DeleteBehavior.Cascade);
    }
}
