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
/// a real SQLite file in a temp folder, with a <see cref="FakeTimeProvider"/> as the clock; migrated.
/// </summary>
public sealed class CoreHost : IAsyncDisposable
{
    /// <summary>A fixed "now" for tests that do not care: Friday 20 November 2026, 10:00 WIB.</summary>
    public static readonly DateTimeOffset DefaultNow = new(2026, 11, 20, 3, 0, 0, TimeSpan.Zero);

    private readonly TempFolder _folder;

    private CoreHost(TempFolder folder, ServiceProvider services, FakeTimeProvider time)
    {
        _folder = folder;
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
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:DataPath"] = folder.Path,
            ["Seed:Demo"] = demo ? "true" : "false",
            ["Seed:PhotoFolder"] = RepoPaths.DemoPhotos,
        }).Build();

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
        var host = new CoreHost(folder, provider, time);
        await DatabaseSetup.MigrateAsync(host.DbFactory);
        return host;
    }

    /// <summary>Runs the seeder as the web host does: resolved from a scope.</summary>
    public async Task SeedAsync(CancellationToken ct = default)
    {
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(ct);
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        _folder.Dispose();
    }
}
