using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Catalog.Permits;

namespace UppkaCatalog.Core.Data.Configurations;

internal sealed class PermitVerificationConfiguration : IEntityTypeConfiguration<PermitVerification>
{
    public void Configure(EntityTypeBuilder<PermitVerification> b)
    {
        b.Property(v => v.Number).HasMaxLength(40);
        b.Property(v => v.Note).HasMaxLength(PermitRules.MaxNoteLength);
        b.Property(v => v.RefusalReason).HasMaxLength(PermitRules.MaxReasonLength);
        b.Property(v => v.DecidedBy).HasMaxLength(450);
        b.Property(v => v.CertificateKey).HasMaxLength(60);
        b.HasIndex(v => new { v.ProductId, v.Kind }).IsUnique();
        // The staff queue: waiting permits, oldest first.
        b.HasIndex(v => new { v.State, v.RequestedAt });
        b.HasOne(v => v.Product).WithMany().HasForeignKey(v => v.ProductId).OnDelete(DeleteBehavior.Cascade);
        b.OwnsMany(v => v.CertificateVariants, o =>
        {
            o.ToJson();
            o.Property(x => x.Format).HasMaxLength(8);
            o.Property(x => x.Key).HasMaxLength(200);
        });
    }
}
