using UppkaCatalog.Tests.Shared;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using UppkaCatalog.Core.Common;
using Microsoft.Extensions.Time.Testing;
using UppkaCatalog.Core.Data;
using UppkaCatalog.Core.Seeding;

namespace UppkaCatalog.Core.Tests.Support;

/// <summary>
/// The Core services wired as the web host wires them (logging, AddUppkaCore, AddUppkaIdentity), over
/// a real SQLite file in a temp folder (or a PostgreSQL database of its own: see <see cref="PostgresTestDatabase"/>), with a <see cref="FakeTimeProvider"/> as the clock; migrated.
/// </summary>
public sealed class CoreHost : IAsyncDisposable
{
    /// <summary>A fixed "now" for tests that do not care: Friday 20 November 2026, 10:00 WIB.</summary>
    public static readonly DateTimeOffset DefaultNow = new(2026, 11, 20, 3, 0, 0, TimeSpan.Zero);

    private static readonly AsyncLocal<bool> SqliteOnly = new();

    private readonly TempFolder _folder;
    private readonly string? _postgresDatabase;

    private CoreHost(TempFolder folder, ServiceProvider services, FakeTimeProvider time, string? postgresDatabase)
    {
        _folder = folder;
        _postgresDatabase = postgresDatabase;
        Services = services;
        Time = time;
    }

    public ServiceProvider Services { get; }

    public FakeTimeProvider Time { get; }

    public string DataPath => _folder.Path;

    public string DatabaseFile => Path.Combine(DataPath, "uppka.db");

    /// <summary>The media folder as the app resolved it (Storage:MediaPath, default {DataPath}/media).</summary>
    public string MediaPath => Services.GetRequiredService<IOptions<StorageOptions>>().Value.FullMediaPath;

    public IDbContextFactory<AppDbContext> DbFactory => Services.GetRequiredService<IDbContextFactory<AppDbContext>>();

    public static async Task<CoreHost> StartAsync(bool demo, DateTimeOffset? now = null, Action<IServiceCollection>? configure = null)
    {
        var folder = new TempFolder();
        var settings = new Dictionary<string, string?>
        {
            ["Storage:DataPath"] = folder.Path,
            ["Seed:Demo"] = demo ? "true" : "false",
            ["Seed:PhotoFolder"] = RepoPaths.DemoPhotos,
        };
        string? postgresDatabase = null;
        if (PostgresTestDatabase.Server is not null && !SqliteOnly.Value)
        {
            var (name, connectionString) = await PostgresTestDatabase.CreateAsync();
            postgresDatabase = name;
            settings[DatabaseSetup.ProviderSetting] = nameof(DatabaseSetup.Provider.PostgreSQL);
            settings[$"ConnectionStrings:{DatabaseSetup.ConnectionStringName}"] = connectionString;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();

        var time = new FakeTimeProvider(now ?? DefaultNow);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        // Before AddUppkaCore: it only adds TimeProvider.System when none is registered.
        services.AddSingleton<TimeProvider>(time);
        configure?.Invoke(services);
        var dataPath = DatabaseSetup.ResolveDataPath(configuration, folder.Path);
        services.AddUppkaCore(configuration, dataPath);
        services.AddUppkaIdentity();
        // As the web host: SignInManager needs the cookie schemes (and an HttpContext, which sign-in tests set).
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.AddDataProtection().UseEphemeralDataProtectionProvider();

        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = false });
        var host = new CoreHost(folder, provider, time, postgresDatabase);
        await DatabaseSetup.MigrateAsync(host.DbFactory);
        return host;
    }

    /// <summary>
    /// Hosts started in this async flow use SQLite even in a PostgreSQL run: for the tests of SQLite's own
    /// migration history and file backup, which have no PostgreSQL counterpart (its migrations start afresh).
    /// </summary>
    public static void UseSqliteHere() => SqliteOnly.Value = true;

    /// <summary>Runs the seeder as the web host does: resolved from a scope.</summary>
    public async Task SeedAsync(CancellationToken ct = default)
    {
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(ct);
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        if (_postgresDatabase is not null) await PostgresTestDatabase.DropAsync(_postgresDatabase);
        _folder.Dispose();
    }
}
