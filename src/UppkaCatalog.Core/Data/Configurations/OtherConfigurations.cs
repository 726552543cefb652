using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UppkaCatalog.Core.Accounts;
using UppkaCatalog.Core.Auditing;
using UppkaCatalog.Core.Inquiries;
using UppkaCatalog.Core.Reporting;

namespace UppkaCatalog.Core.Data.Configurations;

internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> b)
    {
        b.Property(u => u.DisplayName).HasMaxLength(120);
        b.HasOne(u => u.Group).WithMany().HasForeignKey(u => u.GroupId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class InquiryConfiguration : IEntityTypeConfiguration<Inquiry>
{
    public void Configure(EntityTypeBuilder<Inquiry> b)
    {
        b.Property(i => i.BuyerName).HasMaxLength(120);
        b.Property(i => i.BuyerPhone).HasMaxLength(20);
        b.Property(i => i.Message).HasMaxLength(2000);
        b.HasIndex(i => new { i.GroupId, i.CreatedAt });
        b.HasOne(i => i.Group).WithMany().HasForeignKey(i => i.GroupId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(i => i.Product).WithMany().HasForeignKey(i => i.ProductId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne(i => i.Booth).WithMany().HasForeignKey(i => i.BoothId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class DailyCounterConfiguration : IEntityTypeConfiguration<DailyCounter>
{
    public void Configure(EntityTypeBuilder<DailyCounter> b) =>
        b.HasIndex(c => new { c.Day, c.Kind, c.SubjectId }).IsUnique();
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.Property(a => a.ActorId).HasMaxLength(450);
        b.Property(a => a.Action).HasMaxLength(60);
        b.Property(a => a.Subject).HasMaxLength(80);
        b.Property(a => a.Details).HasMaxLength(2000);
        b.HasIndex(a => a.At);
        b.HasIndex(a => a.Subject);
    }
}
