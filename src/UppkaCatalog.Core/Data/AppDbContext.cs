using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using UppkaCatalog.Core.Accounts;
using UppkaCatalog.Core.Auditing;
using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Exhibitions;
using UppkaCatalog.Core.Groups;
using UppkaCatalog.Core.Inquiries;
using UppkaCatalog.Core.Media;
using UppkaCatalog.Core.Regions;
using UppkaCatalog.Core.Reporting;

namespace UppkaCatalog.Core.Data;

/// <remarks>
/// Also the Data Protection key ring (<see cref="IDataProtectionKeyContext"/>): in this database, every node reads the
/// same keys, so a sign-in cookie or form token made by one node is good on all of them. Here rather than in a context
/// of its own: one migration history per provider, migrated at start-up with the rest, and the SQLite backup
/// (<c>VACUUM INTO</c>) carries the keys with the accounts they sign.
/// </remarks>
public sealed class AppDbContext(DbContextOptions<AppDbContext> options) : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Province> Provinces => Set<Province>();

    public DbSet<Regency> Regencies => Set<Regency>();

    public DbSet<Group> Groups => Set<Group>();

    public DbSet<Category> Categories => Set<Category>();

    public DbSet<Product> Products => Set<Product>();

    public DbSet<ProductPhoto> ProductPhotos => Set<ProductPhoto>();

    public DbSet<Exhibition> Exhibitions => Set<Exhibition>();

    public DbSet<Hall> Halls => Set<Hall>();

    public DbSet<Booth> Booths => Set<Booth>();

    public DbSet<BoothProduct> BoothProducts => Set<BoothProduct>();

    public DbSet<Inquiry> Inquiries => Set<Inquiry>();

    public DbSet<DailyCounter> DailyCounters => Set<DailyCounter>();

    public DbSet<VisitorSighting> VisitorSightings => Set<VisitorSighting>();

    public DbSet<DailySalt> DailySalts => Set<DailySalt>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<Invitation> Invitations => Set<Invitation>();

    public DbSet<EditorDraft> EditorDrafts => Set<EditorDraft>();

    public DbSet<Partners.Partner> Partners => Set<Partners.Partner>();

    public DbSet<Programmes.Programme> Programmes => Set<Programmes.Programme>();

    public DbSet<Programmes.ProgrammeSession> ProgrammeSessions => Set<Programmes.ProgrammeSession>();

    public DbSet<Programmes.ProgrammeApplication> ProgrammeApplications => Set<Programmes.ProgrammeApplication>();

    public DbSet<Programmes.Delivery> Deliveries => Set<Programmes.Delivery>();

    public DbSet<Programmes.FollowUp> FollowUps => Set<Programmes.FollowUp>();

    public DbSet<Catalog.Permits.PermitVerification> PermitVerifications => Set<Catalog.Permits.PermitVerification>();

    // Every save: a changed permit number takes its verification back to "waiting" in the same save (issue 16).
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        Catalog.Permits.PermitChangeTracker.Apply(this);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        Catalog.Permits.PermitChangeTracker.Apply(this);
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
        if (Database.IsNpgsql()) PostgresModel.Adjust(builder);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite has no date-time type: EF stores DateTimeOffset as text and cannot order or
        // compare it in SQL. Stored as UTC ticks (a long) it sorts and compares correctly.
        if (Database.IsSqlite())
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToUtcTicksConverter>();
            configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToUtcTicksConverter>();
        }
        else if (Database.IsNpgsql())
        {
            // timestamptz holds an instant; Npgsql refuses a non-zero offset (a WIB time) rather than guess, so
            // every moment is written as UTC — and read back as UTC, as on SQLite.
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToUtcConverter>();
            configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToUtcConverter>();
        }
    }
}

/// <summary>Stores a moment as UTC ticks; read back as a UTC <see cref="DateTimeOffset"/>.</summary>
public sealed class DateTimeOffsetToUtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    v => v.UtcTicks,
    v => new DateTimeOffset(v, TimeSpan.Zero));

/// <summary>The same instant at offset zero (PostgreSQL <c>timestamptz</c> accepts only UTC from Npgsql).</summary>
public sealed class DateTimeOffsetToUtcConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(
    v => v.ToUniversalTime(),
    v => v.ToUniversalTime());
