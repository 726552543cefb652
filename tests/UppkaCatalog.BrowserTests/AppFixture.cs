using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;
using UppkaCatalog.BrowserTests.Support;
using UppkaCatalog.Core.Exhibitions;
using UppkaCatalog.Tests.Shared;

[assembly: AssemblyFixture(typeof(UppkaCatalog.BrowserTests.AppFixture))]
// One app, one browser: tests run one after the other (2-core machines; stable timings and screenshots).
[assembly: Xunit.v3.Parallelization(Mode = Xunit.Sdk.ParallelMode.None)]

namespace UppkaCatalog.BrowserTests;

/// <summary>
/// The whole app on a real Kestrel port (Development, demo data in a fresh temp folder) plus one
/// headless Debian Chromium, shared by every browser test in the assembly.
/// </summary>
public sealed class AppFixture : IAsyncLifetime
{
    private static readonly string[] ChromiumArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    private CatalogFactory? _factory;
    private IPlaywright? _playwright;

    public string RepoRoot { get; } = RepoPaths.Root;
    public string DataPath { get; } = Path.Combine(Path.GetTempPath(), "uppka-browser-tests-" + Guid.NewGuid().ToString("N"));
    public Uri BaseUrl { get; private set; } = default!;
    public IBrowser Browser { get; private set; } = default!;
    public IServiceProvider Services => _factory!.Services;

    /// <summary>The app's warnings and errors, with times (read it when a browser test timed out).</summary>
    public AppLogFile AppLog { get; private set; } = default!;

    /// <summary>Paths of pages found by following links (first product, first booth), by page name.</summary>
    public System.Collections.Concurrent.ConcurrentDictionary<string, string> DiscoveredPaths { get; } = new();

    /// <summary>Screenshots go here: <c>$TEST_RESULTS_DIR/screenshots</c>, default <c>&lt;repo&gt;/TestResults/screenshots</c>.</summary>
    public string ScreenshotDir { get; private set; } = default!;

    public async ValueTask InitializeAsync()
    {
        var resultsRoot = Environment.GetEnvironmentVariable("TEST_RESULTS_DIR");
        ScreenshotDir = Path.Combine(string.IsNullOrWhiteSpace(resultsRoot) ? Path.Combine(RepoRoot, "TestResults") : resultsRoot, "screenshots");
        Directory.CreateDirectory(ScreenshotDir);
        Directory.CreateDirectory(DataPath);

        AppLog = new AppLogFile(Path.Combine(Path.GetDirectoryName(ScreenshotDir)!, "browser-app.log"));
        _factory = new CatalogFactory(DataPath, Path.Combine(RepoRoot, "wwwroot-assets", "demo"), AppLog);
        // A real port (0 = any free one), so a real browser can connect. UseKestrel must be called on
        // the factory that builds the host, not on one derived with WithWebHostBuilder: the derived
        // factory would use Kestrel but ignore the port (and listen on the default :5000).
        _factory.UseKestrel(0);
        // Runs Program as it is (WebApplicationFactory lets the entry point go on after Build): migrations
        // and the demo seed (AppHost.PrepareDatabaseAsync) are done before the server starts listening.
        _factory.StartServer();
        BaseUrl = _factory.ClientOptions.BaseAddress;
        if (BaseUrl.IsLoopback is false || BaseUrl.Port is 0 or 80)
        {
            throw new InvalidOperationException($"The app did not report the port it listens on (base address {BaseUrl}).");
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (_factory is not null) await _factory.DisposeAsync();
        AppLog?.Dispose();
        try
        {
            Directory.Delete(DataPath, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the file for a moment; the temp folder is cleaned by the OS.
        }
    }

    /// <summary>A fresh browser context (own cookies) pointed at the app.</summary>
    public Task<IBrowserContext> NewContextAsync(int width = 1280, int height = 800, bool javaScript = true) =>
        Browser.NewContextAsync(new()
        {
            BaseURL = BaseUrl.ToString(),
            ViewportSize = new() { Width = width, Height = height },
            JavaScriptEnabled = javaScript,
            Locale = "id-ID",
        });

    /// <summary>The ongoing demo exhibition, read from the app's own service (not hard-coded).</summary>
    public async Task<ExhibitionSummary> OngoingExhibitionAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var all = await scope.ServiceProvider.GetRequiredService<ExhibitionService>().ListPublicAsync();
        return all.FirstOrDefault(e => e.Phase == ExhibitionPhase.Ongoing)
            ?? throw new InvalidOperationException("The demo data has no ongoing exhibition.");
    }

    public string ScreenshotPath(string name) => Path.Combine(ScreenshotDir, name + ".png");
}

/// <summary>The app as Program builds it, in Development, on a fresh data folder with the demo data.</summary>
internal sealed class CatalogFactory(string dataPath, string photoFolder, AppLogFile log) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Static web assets (site CSS, MudBlazor's files) only resolve from the build output in Development.
        builder.UseEnvironment("Development");
        // UseSetting (not ConfigureAppConfiguration): AppHost reads these while it builds its services.
        builder.UseSetting("Storage:DataPath", dataPath);
        builder.UseSetting("Seed:Demo", "true");
        builder.UseSetting("Seed:PhotoFolder", photoFolder);
        // Warnings and errors only in the test output (a failing run prints the app's output).
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft.Hosting.Lifetime", "Information");
        builder.ConfigureLogging(logging => logging.AddProvider(log));
    }
}
