using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UppkaCatalog.Core.Groups;

namespace UppkaCatalog.Core.Data.Configurations;

internal sealed class GroupConfiguration : IEntityTypeConfiguration<Group>
{
    public void Configure(EntityTypeBuilder<Group> b)
    {
        b.ToTable("Groups");
        b.Property(g => g.Slug).HasMaxLength(120);
        b.Property(g => g.Name).HasMaxLength(120);
        b.Property(g => g.RegistrationNumber).HasMaxLength(60);
        b.Property(g => g.District).HasMaxLength(100);
        b.Property(g => g.Village).HasMaxLength(100);
        b.Property(g => g.Sector).HasMaxLength(100);
        b.Property(g => g.Story).HasMaxLength(4000);
        b.Property(g => g.PublicWhatsApp).HasMaxLength(20);
        b.Property(g => g.LogoKey).HasMaxLength(200);
        b.HasIndex(g => g.Slug).IsUnique();
        b.HasIndex(g => g.RegistrationNumber).IsUnique();
        b.HasOne(g => g.Regency).WithMany().HasForeignKey(g => g.RegencyId).OnDelete(DeleteBehavior.Restrict);
    }
}
