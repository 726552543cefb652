using UppkaCatalog.Tests.Shared;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UppkaCatalog.Core.Data;

namespace UppkaCatalog.Web.Tests.Support;

/// <summary>
/// The real app (its own Program.Main: migrations and the demo seed run before it starts) over a fresh data
/// folder, served in memory by TestServer.
/// </summary>
public class AppFactory : WebApplicationFactory<Program>
{
    public AppFactory() : this(demo: true)
    {
    }

    protected AppFactory(bool demo, string? dataPath = null)
    {
        Demo = demo;
        // Two factories given one folder are two nodes of one site (one SQLite file, one media folder).
        DataPath = dataPath ?? Path.Combine(Path.GetTempPath(), "uppka-web-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(DataPath);
    }

    public bool Demo { get; }

    public string DataPath { get; }

    public string DatabaseFile => Path.Combine(DataPath, "uppka.db");

    /// <summary>The media folder as the app resolved it (Storage:MediaPath, default {DataPath}/media).</summary>
    public string MediaPath => Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<UppkaCatalog.Core.Common.StorageOptions>>().Value.FullMediaPath;

    /// <summary>No redirects followed (they are asserted), cookies kept between requests of this client.</summary>
    public HttpClient Browser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public async Task<T> QueryAsync<T>(Func<AppDbContext, Task<T>> query)
    {
        var factory = Services.GetRequiredService<IDbContextFactory<AppDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        return await query(db);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Static web assets (MudBlazor's CSS, the site assets) only resolve from the build output in Development.
        builder.UseEnvironment("Development");
        // UseSetting goes in as host configuration, which the app sees while it still configures its services.
        builder.UseSetting("Storage:DataPath", DataPath);
        builder.UseSetting("Seed:Demo", Demo ? "true" : "false");
        builder.UseSetting("Seed:PhotoFolder", RepoPaths.DemoPhotos);
        // In TestServer every request comes from one (unknown) address: tests that try wrong passwords on purpose
        // must not trip the per-address sign-in limit for the others (SignInThrottleTests set their own).
        builder.UseSetting("Accounts:SignInLimit:FailureLimit", "100000");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(DataPath, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean: never fail a run over a temp folder.
        }
    }
}

/// <summary>The same app without demo data: reference data only.</summary>
public sealed class BareAppFactory() : AppFactory(demo: false);

[CollectionDefinition(Name)]
public sealed class DemoAppCollection : ICollectionFixture<AppFactory>
{
    public const string Name = "demo app";
}
