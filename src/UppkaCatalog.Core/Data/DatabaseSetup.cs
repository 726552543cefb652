using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Npgsql;
using UppkaCatalog.Core.Common;

namespace UppkaCatalog.Core.Data;

/// <summary>Turns configuration into a data folder and a connection string, failing with a message that names the setting.</summary>
public static class DatabaseSetup
{
    public const string ConnectionStringName = "Catalog";

    public const string ProviderSetting = "Database:Provider";

    /// <summary>The assembly that holds the PostgreSQL migrations (the SQLite ones live in Core itself).</summary>
    public const string PostgresMigrationsAssembly = "UppkaCatalog.Core.PostgreSQL";

    /// <summary>Where the catalogue is kept: an embedded SQLite file (the default) or a PostgreSQL server.</summary>
    public enum Provider
    {
        Sqlite,
        PostgreSQL,
    }

    /// <summary>Thrown for configuration that cannot work; the host logs the message as one line and stops.</summary>
    public sealed class ConfigurationProblem(string message) : Exception(message);

    /// <summary>Resolves <c>Storage:DataPath</c> and proves it is writable (by writing a probe file).</summary>
    public static string ResolveDataPath(IConfiguration configuration, string contentRoot)
    {
        var full = DataPathOf(configuration, contentRoot);
        try
        {
            Directory.CreateDirectory(full);
            Directory.CreateDirectory(Path.Combine(full, "media"));
            var probe = Path.Combine(full, $".write-probe-{Guid.NewGuid():N}");
            File.WriteAllText(probe, "ok");
            File.Delete(probe);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new ConfigurationProblem($"Storage:DataPath '{full}' is not a writable folder ({e.Message}). Set Storage:DataPath (or the environment variable Storage__DataPath) to a folder this user can write.");
        }

        return full;
    }

    /// <summary>The absolute data folder <c>Storage:DataPath</c> names (default <c>App_Data</c>), without creating it (backups read it).</summary>
    public static string DataPathOf(IConfiguration configuration, string contentRoot)
    {
        var configured = configuration[$"{StorageOptions.Section}:DataPath"];
        return Path.GetFullPath(string.IsNullOrWhiteSpace(configured) ? "App_Data" : configured, contentRoot);
    }

    /// <summary><c>Database:Provider</c>: <c>Sqlite</c> when unset, else one of the two names (any case).</summary>
    public static Provider ProviderOf(IConfiguration configuration)
    {
        var configured = configuration[ProviderSetting];
        if (string.IsNullOrWhiteSpace(configured)) return Provider.Sqlite;
        if (string.Equals(configured.Trim(), nameof(Provider.Sqlite), StringComparison.OrdinalIgnoreCase)) return Provider.Sqlite;
        if (string.Equals(configured.Trim(), nameof(Provider.PostgreSQL), StringComparison.OrdinalIgnoreCase)) return Provider.PostgreSQL;
        throw new ConfigurationProblem($"{ProviderSetting} '{configured}' is not a known database provider. Use \"Sqlite\" (the default) or \"PostgreSQL\".");
    }

    /// <summary>The connection string for the configured provider (see <see cref="SqliteConnectionString"/> and <see cref="PostgresConnectionString"/>).</summary>
    public static string ConnectionStringOf(IConfiguration configuration, string dataPath) =>
        ProviderOf(configuration) == Provider.PostgreSQL
            ? PostgresConnectionString(configuration)
            : SqliteConnectionString(configuration, dataPath);

    /// <summary>
    /// The PostgreSQL connection string: <c>ConnectionStrings:Catalog</c>, required (there is no default server),
    /// parsed here so a typo stops start-up with a line naming the setting rather than at the first query.
    /// </summary>
    public static string PostgresConnectionString(IConfiguration configuration)
    {
        const string example = "\"Host=db.example;Database=uppka;Username=uppka;Password=…\"";
        var configured = configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(configured))
        {
            throw new ConfigurationProblem($"{ProviderSetting} is PostgreSQL but ConnectionStrings:{ConnectionStringName} is not set. Use e.g. {example}.");
        }

        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(configured);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or KeyNotFoundException or InvalidCastException)
        {
            // The message, not the string: it may hold a password.
            throw new ConfigurationProblem($"ConnectionStrings:{ConnectionStringName} is malformed for PostgreSQL ({e.Message}). Use e.g. {example}.");
        }

        if (string.IsNullOrWhiteSpace(builder.Host))
        {
            throw new ConfigurationProblem($"ConnectionStrings:{ConnectionStringName} has no Host for PostgreSQL. Use e.g. {example}.");
        }

        return builder.ConnectionString;
    }

    /// <summary>Points EF at the catalogue for <paramref name="provider"/>, each provider with its own migrations.</summary>
    public static DbContextOptionsBuilder UseCatalogDatabase(DbContextOptionsBuilder options, Provider provider, string connectionString) =>
        provider == Provider.PostgreSQL
            ? options.UseNpgsql(connectionString, pg => pg.MigrationsAssembly(PostgresMigrationsAssembly))
            : options.UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(typeof(AppDbContext).Assembly.FullName));

    /// <summary>
    /// The SQLite connection string: <c>ConnectionStrings:Catalog</c> if set, else a file in the data folder.
    /// </summary>
    public static string SqliteConnectionString(IConfiguration configuration, string dataPath)
    {
        var configured = configuration.GetConnectionString(ConnectionStringName);
        SqliteConnectionStringBuilder builder;
        try
        {
            builder = string.IsNullOrWhiteSpace(configured)
                ? new SqliteConnectionStringBuilder { DataSource = Path.Combine(dataPath, "uppka.db") }
                : new SqliteConnectionStringBuilder(configured);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or KeyNotFoundException)
        {
            throw new ConfigurationProblem($"ConnectionStrings:{ConnectionStringName} is malformed ({e.Message}). Use e.g. \"Data Source=/var/lib/uppka/uppka.db\" or remove it to use the data folder.");
        }

        if (string.IsNullOrWhiteSpace(builder.DataSource))
        {
            throw new ConfigurationProblem($"ConnectionStrings:{ConnectionStringName} has no Data Source. Use e.g. \"Data Source=/var/lib/uppka/uppka.db\".");
        }

        builder.ForeignKeys = true;
        builder.Pooling = true;
        builder.DefaultTimeout = 30;
        return builder.ToString();
    }

    /// <summary>Applies migrations and switches the file to WAL (a persistent setting of the file).</summary>
    public static async Task MigrateAsync(IDbContextFactory<AppDbContext> factory, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        await db.Database.MigrateAsync(ct);
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", ct);
        }
    }
}
