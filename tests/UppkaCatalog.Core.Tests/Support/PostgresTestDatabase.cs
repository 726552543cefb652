using Microsoft.EntityFrameworkCore;
using Npgsql;
using UppkaCatalog.Core.Data;

namespace UppkaCatalog.Core.Tests.Support;

/// <summary>
/// The Core tests on PostgreSQL: when <c>UPPKA_TEST_POSTGRES</c> holds a connection string (a role that may
/// create databases and is a member of <c>pg_signal_backend</c>, so that <c>DROP DATABASE … WITH (FORCE)</c> may end an autovacuum worker; e.g. <c>Host=127.0.0.1;Username=uppka_test;Password=…</c>), every <see cref="CoreHost"/>
/// gets its own database instead of a SQLite file. The migrations run once per test run, into a template;
/// each test's database is a copy of it (<c>CREATE DATABASE … TEMPLATE</c>, a file copy: milliseconds) and is
/// dropped afterwards.
/// </summary>
public static class PostgresTestDatabase
{
    public const string Variable = "UPPKA_TEST_POSTGRES";

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static string? _template;

    /// <summary>The server to test against, or null for SQLite.</summary>
    public static string? Server => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } s ? s : null;

    /// <summary>A fresh, migrated database; returns its connection string.</summary>
    public static async Task<(string Name, string ConnectionString)> CreateAsync()
    {
        var server = Server ?? throw new InvalidOperationException($"{Variable} is not set");
        await Gate.WaitAsync();
        try
        {
            _template ??= await CreateTemplateAsync(server);
            var name = $"t_{Guid.NewGuid():N}";
            await ExecuteAsync(server, $"CREATE DATABASE \"{name}\" TEMPLATE \"{_template}\"");
            return (name, Of(server, name));
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>A fresh database with nothing in it (no migrations): for tests that migrate step by step.</summary>
    public static async Task<(string Name, string ConnectionString)> CreateEmptyAsync()
    {
        var server = Server ?? throw new InvalidOperationException($"{Variable} is not set");
        var name = $"t_{Guid.NewGuid():N}";
        await ExecuteAsync(server, $"CREATE DATABASE \"{name}\"");
        return (name, Of(server, name));
    }

    public static async Task DropAsync(string name)
    {
        var connectionString = Of(Server!, name);
        await using (var connection = new NpgsqlConnection(connectionString)) NpgsqlConnection.ClearPool(connection);
        await ExecuteAsync(Server!, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }

    private static async Task<string> CreateTemplateAsync(string server)
    {
        // One template per test process: two runs at once (SQLite and PostgreSQL job, two worktrees) do not meet.
        var name = $"uppka_template_{Environment.ProcessId}";
        await ExecuteAsync(server, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        await ExecuteAsync(server, $"CREATE DATABASE \"{name}\"");
        var connectionString = Of(server, name);
        var options = new DbContextOptionsBuilder<AppDbContext>();
        DatabaseSetup.UseCatalogDatabase(options, DatabaseSetup.Provider.PostgreSQL, connectionString);
        await using (var db = new AppDbContext(options.Options)) await db.Database.MigrateAsync();
        // A template must have no open sessions when it is copied: close the pooled ones.
        await using (var connection = new NpgsqlConnection(connectionString)) NpgsqlConnection.ClearPool(connection);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => ExecuteAsync(server, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)").GetAwaiter().GetResult();
        return name;
    }

    private static string Of(string server, string database) =>
        new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString;

    private static async Task ExecuteAsync(string server, string sql)
    {
        // Pooling off: a pooled idle session on the maintenance database is harmless, but on a template it blocks copies.
        var builder = new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
