using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;
using UppkaCatalog.Core.Data;
using UppkaCatalog.Core.Tests.Support;

namespace UppkaCatalog.Core.Tests.Data;

/// <summary>
/// PostgreSQL's own migration history (src/UppkaCatalog.Core.PostgreSQL), the counterpart of the SQLite migration
/// tests: a database left at the previous migration, with rows written in that migration's shape, is migrated to the
/// latest as an upgraded installation is, rows intact. Only with <c>UPPKA_TEST_POSTGRES</c>; skipped (not passed) without.
/// </summary>
public sealed class PostgresMigrationHistoryTests
{
    private const string Before = "20261207081638_Initial";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static AppDbContext Open(string connectionString)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        DatabaseSetup.UseCatalogDatabase(options, DatabaseSetup.Provider.PostgreSQL, connectionString);
        return new AppDbContext(options.Options);
    }

    private static async Task<(string Name, string ConnectionString)> EmptyDatabaseAsync()
    {
        Assert.SkipWhen(PostgresTestDatabase.Server is null, $"PostgreSQL only: set {PostgresTestDatabase.Variable} to run it");
        return await PostgresTestDatabase.CreateEmptyAsync();
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(Ct);
    }

    [Fact]
    public async Task A_database_at_the_previous_migration_with_rows_migrates_to_the_latest_with_its_rows_intact()
    {
        var (name, connectionString) = await EmptyDatabaseAsync();
        try
        {
            await using (var db = Open(connectionString))
            {
                await db.GetService<IMigrator>().MigrateAsync(Before, Ct);
                Assert.Equal(Before, Assert.Single(await db.Database.GetAppliedMigrationsAsync(Ct)));
                Assert.NotEmpty(await db.Database.GetPendingMigrationsAsync(Ct));
            }

            // Rows as an installation at Initial has them, in that migration's shape (plain SQL, not today's model).
            await ExecuteAsync(connectionString, """
                INSERT INTO "Categories" ("Slug", "Name", "NameEn", "Icon", "SortOrder") VALUES ('uji-migrasi', 'Uji Migrasi', 'Migration test', 'category', 99);
                INSERT INTO "Groups" ("Slug", "Name", "RegistrationNumber", "RegencyId", "District", "Village", "Sector", "Specialty", "MemberCount", "Story", "IsActive", "CreatedAt")
                    VALUES ('kelompok-lama', 'Kelompok Lama', 'LAMA/001', 5, 'Sekernan', 'Tunas Baru', 'FoodProcessing', 'Keripik', 12, 'Sejak 2019', TRUE, '2026-12-01T03:00:00Z');
                INSERT INTO "Products" ("Slug", "GroupId", "Name", "Description", "Price", "Unit", "MinimumOrder", "Availability", "Status", "RejectionCount", "CreatedAt", "UpdatedAt", "Version", "CategoryId")
                    SELECT 'keripik-pisang-lama', g."Id", 'Keripik Pisang Lama', 'Renyah', 25000, 'bungkus', 1, 0, 0, 0, '2026-12-01T03:00:00Z', '2026-12-02T03:00:00Z', '6f9619ff-8b86-d011-b42d-00c04fc964ff', c."Id"
                    FROM "Groups" g, "Categories" c WHERE g."Slug" = 'kelompok-lama' AND c."Slug" = 'uji-migrasi';
                """);

            await using (var db = Open(connectionString))
            {
                await db.Database.MigrateAsync(Ct);
                Assert.Empty(await db.Database.GetPendingMigrationsAsync(Ct));
            }

            await using (var db = Open(connectionString))
            {
                var product = await db.Products.Include(p => p.Group).SingleAsync(p => p.Slug == "keripik-pisang-lama", Ct);
                Assert.Equal(("Keripik Pisang Lama", 25000L, "Kelompok Lama", 12), (product.Name, product.Price, product.Group!.Name, product.Group.MemberCount));
                Assert.Equal(new DateTimeOffset(2026, 12, 2, 3, 0, 0, TimeSpan.Zero), product.UpdatedAt);
                Assert.Equal(11, await db.Regencies.CountAsync(Ct)); // the reference data of Initial
                // What the newer migrations added is there and works beside the old rows.
                db.DataProtectionKeys.Add(new() { FriendlyName = "key-after-upgrade", Xml = "<key />" });
                await db.SaveChangesAsync(Ct);
                Assert.Equal(1, await db.DataProtectionKeys.CountAsync(Ct));
            }
        }
        finally
        {
            await PostgresTestDatabase.DropAsync(name);
        }
    }

    [Fact]
    public async Task The_postgresql_migrations_hold_every_model_change_and_migrating_again_is_harmless()
    {
        var (name, connectionString) = await EmptyDatabaseAsync();
        try
        {
            await using var db = Open(connectionString);
            await db.Database.MigrateAsync(Ct);
            await db.Database.MigrateAsync(Ct);

            Assert.Empty(await db.Database.GetPendingMigrationsAsync(Ct));
            Assert.False(db.Database.HasPendingModelChanges(), "the PostgreSQL model differs from its last migration's snapshot");
            Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync(Ct));
            Assert.True(db.Database.GetMigrations().Count() >= 2);
        }
        finally
        {
            await PostgresTestDatabase.DropAsync(name);
        }
    }
}
