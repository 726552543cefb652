using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UppkaCatalog.Core.Partners;
using UppkaCatalog.Core.Programmes;

namespace UppkaCatalog.Core.Data.Configurations;

internal sealed class PartnerConfiguration : IEntityTypeConfiguration<Partner>
{
    public void Configure(EntityTypeBuilder<Partner> b)
    {
        b.Property(p => p.Slug).HasMaxLength(PartnerRules.MaxSlugLength);
        b.HasIndex(p => p.Slug).IsUnique();
        b.Property(p => p.Name).HasMaxLength(PartnerRules.MaxNameLength);
        b.Property(p => p.Kind).HasConversion<string>().HasMaxLength(40);
        b.Property(p => p.ContactName).HasMaxLength(120);
        b.Property(p => p.ContactPhone).HasMaxLength(20);
        b.Property(p => p.ContactEmail).HasMaxLength(200);
    }
}

internal sealed class ProgrammeConfiguration : IEntityTypeConfiguration<Programme>
{
    public void Configure(EntityTypeBuilder<Programme> b)
    {
        b.Property(p => p.Slug).HasMaxLength(ProgrammeRules.MaxSlugLength);
        b.HasIndex(p => p.Slug).IsUnique();
        b.Property(p => p.Title).HasMaxLength(ProgrammeRules.MaxTitleLength);
        b.Property(p => p.Description).HasMaxLength(ProgrammeRules.MaxDescriptionLength);
        b.Property(p => p.Location).HasMaxLength(ProgrammeRules.MaxLocationLength);
        b.Property(p => p.Requirements).HasMaxLength(ProgrammeRules.MaxRequirementsLength);
        b.Property(p => p.Kind).HasConversion<string>().HasMaxLength(40);
        b.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        // Lists as JSON text columns; sectors and stages by name, as the registry stores them.
        b.PrimitiveCollection(p => p.Sectors).ElementType().HasConversion<string>();
        b.PrimitiveCollection(p => p.Stages).ElementType().HasConversion<string>();
        // The public list: open programmes by closing date.
        b.HasIndex(p => new { p.Status, p.ApplicationClosesAt });
        b.HasIndex(p => p.PartnerId);
        b.HasOne(p => p.Partner).WithMany().HasForeignKey(p => p.PartnerId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(p => p.Sessions).WithOne().HasForeignKey(s => s.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ProgrammeSessionConfiguration : IEntityTypeConfiguration<ProgrammeSession>
{
    public void Configure(EntityTypeBuilder<ProgrammeSession> b)
    {
        b.Property(s => s.Place).HasMaxLength(ProgrammeRules.MaxLocationLength);
        b.HasIndex(s => new { s.ProgrammeId, s.StartsAt });
    }
}

internal sealed class ProgrammeApplicationConfiguration : IEntityTypeConfiguration<ProgrammeApplication>
{
    public void Configure(EntityTypeBuilder<ProgrammeApplication> b)
    {
        // One application per group and programme (a withdrawn one is sent again in the same row).
        b.HasIndex(a => new { a.ProgrammeId, a.GroupId }).IsUnique();
        b.HasIndex(a => new { a.GroupId, a.UpdatedAt });
        b.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(a => a.Motivation).HasMaxLength(ProgrammeApplicationService.MaxTextLength);
        b.Property(a => a.Needs).HasMaxLength(ProgrammeApplicationService.MaxTextLength);
        b.Property(a => a.Reason).HasMaxLength(ProgrammeApplicationService.MaxReasonLength);
        b.HasOne(a => a.Programme).WithMany().HasForeignKey(a => a.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(a => a.Group).WithMany().HasForeignKey(a => a.GroupId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DeliveryConfiguration : IEntityTypeConfiguration<Delivery>
{
    public void Configure(EntityTypeBuilder<Delivery> b)
    {
        b.Property(d => d.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(d => d.Item).HasMaxLength(DeliveryService.MaxTextLength);
        b.Property(d => d.Detail).HasMaxLength(DeliveryService.MaxTextLength);
        b.Property(d => d.RecordedById).HasMaxLength(450);
        b.HasIndex(d => new { d.ApplicationId, d.Date });
        b.HasOne(d => d.Application).WithMany().HasForeignKey(d => d.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        b.OwnsMany(d => d.Photo, v =>
        {
            v.ToJson();
            v.Property(x => x.Format).HasMaxLength(8);
            v.Property(x => x.Key).HasMaxLength(200);
        });
    }
}

internal sealed class FollowUpConfiguration : IEntityTypeConfiguration<FollowUp>
{
    public void Configure(EntityTypeBuilder<FollowUp> b)
    {
        b.Property(f => f.Note).HasMaxLength(FollowUpService.MaxNoteLength);
        b.Property(f => f.RecordedById).HasMaxLength(450);
        b.HasIndex(f => f.ApplicationId).IsUnique();
        b.HasOne(f => f.Application).WithMany().HasForeignKey(f => f.ApplicationId).OnDelete(DeleteBehavior.Restrict);
    }
}
