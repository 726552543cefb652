using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Media;
using UppkaCatalog.Core.Reporting;

namespace UppkaCatalog.Core.Data.Configurations;

internal sealed class CategoryConfiguration : IEntityTypeConfiguration<Category>
{
    public void Configure(EntityTypeBuilder<Category> b)
    {
        b.Property(c => c.Slug).HasMaxLength(80);
        b.Property(c => c.Name).HasMaxLength(80);
        b.Property(c => c.NameEn).HasMaxLength(80);
        b.Property(c => c.Icon).HasMaxLength(60);
        b.HasIndex(c => c.Slug).IsUnique();
    }
}

internal sealed class ProductConfiguration : IEntityTypeConfiguration<Product>
{
    public void Configure(EntityTypeBuilder<Product> b)
    {
        b.Property(p => p.Slug).HasMaxLength(160);
        b.Property(p => p.Name).HasMaxLength(120);
        b.Property(p => p.Description).HasMaxLength(4000);
        b.Property(p => p.Unit).HasMaxLength(30);
        b.Property(p => p.NetContent).HasMaxLength(60);
        b.Property(p => p.Packaging).HasMaxLength(120);
        b.Property(p => p.ShelfLife).HasMaxLength(60);
        b.Property(p => p.PirtNumber).HasMaxLength(40);
        b.Property(p => p.HalalNumber).HasMaxLength(40);
        b.Property(p => p.BpomNumber).HasMaxLength(40);
        b.Property(p => p.RejectionReason).HasMaxLength(1000);
        b.Property(p => p.Version).IsConcurrencyToken();
        b.HasIndex(p => p.Slug).IsUnique();
        b.HasIndex(p => new { p.Status, p.PublishedAt });
        // The catalogue's price sorts walk this index and stop after a page (issue 15: 300,000 products).
        b.HasIndex(p => new { p.Status, p.Price });
        b.HasIndex(p => new { p.GroupId, p.Status });
        // The regency dashboard counts published products per group: one range of this index, already in group order.
        b.HasIndex(p => new { p.Status, p.GroupId });
        // The regency dashboard's products rejected twice: only those are in this index, with what the list filters and sorts by.
        b.HasIndex(p => new { p.RejectionCount, p.Status, p.GroupId, p.UpdatedAt })
            .HasFilter($"RejectionCount >= {RegencyDashboardService.RejectionsForHelp}");
        b.HasOne(p => p.Group).WithMany().HasForeignKey(p => p.GroupId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(p => p.Category).WithMany().HasForeignKey(p => p.CategoryId).IsRequired(false).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(p => p.Photos).WithOne(ph => ph.Product).HasForeignKey(ph => ph.ProductId).OnDelete(DeleteBehavior.Cascade);
        b.OwnsMany(p => p.MarketplaceLinks, l =>
        {
            l.ToJson();
            l.Property(x => x.Name).HasMaxLength(40);
            l.Property(x => x.Url).HasMaxLength(500);
        });
    }
}

internal sealed class ProductPhotoConfiguration : IEntityTypeConfiguration<ProductPhoto>
{
    public void Configure(EntityTypeBuilder<ProductPhoto> b)
    {
        b.Property(p => p.AltText).HasMaxLength(250);
        b.Property(p => p.StorageKey).HasMaxLength(200);
        b.Property(p => p.PlaceholderColor).HasMaxLength(7);
        b.HasIndex(p => new { p.ProductId, p.SortOrder });
        b.OwnsMany(p => p.Variants, v =>
        {
            v.ToJson();
            v.Property(x => x.Format).HasMaxLength(8);
            v.Property(x => x.Key).HasMaxLength(200);
        });
    }
}
