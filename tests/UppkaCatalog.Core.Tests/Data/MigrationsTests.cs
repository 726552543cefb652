using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Data;
using UppkaCatalog.Core.Groups;
using UppkaCatalog.Core.Tests.Support;

namespace UppkaCatalog.Core.Tests.Data;

/// <summary>A migrated, empty database (reference data only).</summary>
public sealed class MigratedDatabaseFixture : IAsyncLifetime
{
    public CoreHost Host { get; private set; } = default!;

    public async ValueTask InitializeAsync()
    {
        CoreHost.UseSqliteHere(); // SQLite's own migration history / file backup: no PostgreSQL counterpart.
        Host = await CoreHost.StartAsync(demo: false);
        await Host.SeedAsync();
    }

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}

public sealed class MigrationsTests(MigratedDatabaseFixture db) : IClassFixture<MigratedDatabaseFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Migrations_add_the_11_regencies_and_cities_of_Jambi_province()
    {
        await using var ctx = await db.Host.DbFactory.CreateDbContextAsync(Ct);

        var province = await ctx.Provinces.Include(p => p.Regencies).SingleAsync(p => p.Code == "15", Ct);

        Assert.Equal("Jambi", province.Name);
        Assert.Equal(11, province.Regencies.Count);
        Assert.All(province.Regencies, r => Assert.StartsWith("15", r.Code));
        Assert.Equal(2, province.Regencies.Count(r => r.Name.StartsWith("Kota ", StringComparison.Ordinal)));
        Assert.Equal(11, province.Regencies.Select(r => r.Slug).Distinct().Count());
        Assert.Contains(province.Regencies, r => r is { Code: "1505", Name: "Kabupaten Muaro Jambi", Slug: "muaro-jambi" });
    }

    [Fact]
    public async Task Database_file_is_in_WAL_mode()
    {
        Assert.True(File.Exists(db.Host.DatabaseFile));
        // A fresh connection that is not EF's: WAL is a property of the file, not of a connection.
        await using var connection = new SqliteConnection($"Data Source={db.Host.DatabaseFile};Pooling=False");
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";

        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync(Ct));
    }

    [Fact]
    public async Task Connections_from_the_factory_enforce_foreign_keys_and_wait_when_busy()
    {
        await using var ctx = await db.Host.DbFactory.CreateDbContextAsync(Ct);
        await ctx.Database.OpenConnectionAsync(Ct);
        var connection = ctx.Database.GetDbConnection();

        Assert.Equal(1L, await Scalar(connection, "PRAGMA foreign_keys;"));
        Assert.Equal(5000L, await Scalar(connection, "PRAGMA busy_timeout;"));
        Assert.Equal(1L, await Scalar(connection, "PRAGMA synchronous;")); // NORMAL
    }

    [Fact]
    public async Task Product_of_a_group_that_does_not_exist_is_refused_by_the_foreign_key()
    {
        await using var ctx = await db.Host.DbFactory.CreateDbContextAsync(Ct);
        var category = await ctx.Categories.FirstAsync(Ct);
        Assert.False(await ctx.Groups.AnyAsync(g => g.Id == 9999, Ct));
        ctx.Products.Add(new Product { Slug = "yatim-" + Guid.NewGuid().ToString("N"), Name = "Yatim", GroupId = 9999, CategoryId = category.Id });

        var e = await Assert.ThrowsAsync<DbUpdateException>(() => ctx.SaveChangesAsync(Ct));

        Assert.Contains("FOREIGN KEY", e.InnerException?.Message ?? "", StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Same_product_with_an_existing_group_is_stored()
    {
        // The counterpart of the foreign-key test: the product itself is valid.
        await using var ctx = await db.Host.DbFactory.CreateDbContextAsync(Ct);
        var category = await ctx.Categories.FirstAsync(Ct);
        var regency = await ctx.Regencies.FirstAsync(Ct);
        var suffix = Guid.NewGuid().ToString("N")[..12];
        var group = new Group
        {
            Slug = "fk-" + suffix, Name = "FK", RegistrationNumber = "FK/" + suffix, RegencyId = regency.Id,
            District = "D", Village = "V",
        };
        ctx.Groups.Add(group);
        ctx.Products.Add(new Product { Slug = "ada-" + suffix, Name = "Ada", Group = group, CategoryId = category.Id });

        Assert.Equal(2, await ctx.SaveChangesAsync(Ct));
    }

    [Fact]
    public async Task No_model_changes_are_missing_from_the_migrations()
    {
        await using var ctx = await db.Host.DbFactory.CreateDbContextAsync(Ct);

        Assert.Empty(await ctx.Database.GetPendingMigrationsAsync(Ct));
        Assert.False(ctx.Database.HasPendingModelChanges(), "the model differs from the last migration's snapshot");
    }

    [Fact]
    public async Task Migrating_again_is_harmless()
    {
        await DatabaseSetup.MigrateAsync(db.Host.DbFactory, Ct);

        await using var ctx = await db.Host.DbFactory.CreateDbContextAsync(Ct);
        Assert.Equal(11, await ctx.Regencies.CountAsync(Ct));
    }

    private static async Task<long> Scalar(System.Data.Common.DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(Ct), System.Globalization.CultureInfo.InvariantCulture);
    }
}
