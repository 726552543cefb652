using System.Globalization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.EntityFrameworkCore;
using MudBlazor.Services;
using UppkaCatalog.Core;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Data;
using UppkaCatalog.Core.Seeding;
using UppkaCatalog.Web.Components;
using UppkaCatalog.Web.Endpoints;
using UppkaCatalog.Web.Endpoints.Api;
using UppkaCatalog.Web.Infrastructure;

namespace UppkaCatalog.Web;

/// <summary>Builds the web host: services, then the request pipeline. Program.cs only runs it.</summary>
public static class AppHost
{
    public static readonly CultureInfo[] SupportedCultures = [new("id-ID"), new("en-US")];

    public static WebApplication Build(string[] args)
    {
        StallWatch.RaiseThreadPoolFloor();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = DefaultContentRoot(args) });
        ConfigureServices(builder);
        var app = builder.Build();
        ConfigurePipeline(app);
        return app;
    }

    /// <summary>
    /// Outside Development the content root is the app's own folder, wherever it is started from:
    /// a published app started from another directory otherwise serves every static file empty.
    /// Development (<c>dotnet run</c>, the tests' host) keeps the project folder. An explicit
    /// <c>--contentRoot</c> or <c>ASPNETCORE_CONTENTROOT</c> always wins.
    /// </summary>
    internal static string? DefaultContentRoot(string[] args)
    {
        var environment = Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT")
            ?? Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") ?? Environments.Production;
        var explicitRoot = Environment.GetEnvironmentVariable("ASPNETCORE_CONTENTROOT") is not null
            || args.Any(a => a.Contains("contentRoot", StringComparison.OrdinalIgnoreCase));
        return explicitRoot || environment == Environments.Development ? null : AppContext.BaseDirectory;
    }

    private static void ConfigureServices(WebApplicationBuilder builder)
    {
        var services = builder.Services;
        // Demo data is on in Development unless configuration says otherwise; off elsewhere.
        if (builder.Configuration["Seed:Demo"] is null && builder.Environment.IsDevelopment())
        {
            builder.Configuration["Seed:Demo"] = "true";
        }

        var dataPath = DatabaseSetup.ResolveDataPath(builder.Configuration, builder.Environment.ContentRootPath);
        services.AddUppkaCore(builder.Configuration, dataPath);
        // Keys in the catalogue database: sign-in cookies and antiforgery tokens survive a restart and are good on every
        // node (one database). Keys from the folder the versions before kept them in are imported at start-up.
        services.AddDataProtection()
            .SetApplicationName("UppkaCatalog")
            .PersistKeysToDbContext<AppDbContext>();
        services.AddUppkaIdentity();
        // Cookies for the pages; bearer tokens (POST /api/auth/login) for the JSON API only.
        services.AddAuthentication(IdentityConstants.ApplicationScheme)
            .AddBearerToken(IdentityConstants.BearerScheme, o => o.BearerTokenExpiration = TimeSpan.FromHours(8));
        services.AddAuthentication().AddIdentityCookies();
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = AccountPaths.SignIn;
            // The sign-in page reads its return address from ?kembali= (as RedirectToLogin writes it).
            o.ReturnUrlParameter = "kembali";
            o.LogoutPath = AccountPaths.SignOut;
            o.AccessDeniedPath = AccountPaths.AccessDenied; // signed in, wrong role: a 403 page that says why (not the sign-in form)
            o.Cookie.Name = "uppka.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromDays(14);
        });
        services.AddAuthorization();
        services.AddCascadingAuthenticationState();

        services.AddLocalization();
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(SupportedCultures[0]);
            o.SupportedCultures = SupportedCultures;
            o.SupportedUICultures = SupportedCultures;
            // Indonesian first for everyone; English only when the visitor chooses it (cookie or ?culture=).
            o.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()];
        });

        services.AddResponseCompression(o =>
        {
            // Over HTTPS too. BREACH needs a secret that stays the same across responses next to reflected input: the
            // antiforgery request token is freshly encrypted for every response, and nothing else secret is in a page.
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["image/svg+xml"]);
        });
        // Fastest: pages the output cache does not keep are compressed per request, and level 1 already takes the HTML
        // to a fifth; higher levels cost CPU on a 2-core machine for a few per cent.
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Fastest);
        // Validated here, so a bad Site:PublicBaseUrl stops start-up with one line (Program.cs), not at the first page.
        services.AddSingleton(new PublicUrls(builder.Configuration));
        services.AddPublicPageCache();
        // With ConnectionStrings:Redis the pages are cached in Redis, shared by every node (validated here: one line if malformed).
        services.AddRedisWhenConfigured(builder.Configuration);
        services.AddSingleton<Catalogues.CatalogueChanges>();
        services.AddSingleton<Catalogues.CataloguePhotos>();
        services.AddSingleton<Catalogues.GroupCataloguePdf>();
        services.AddSingleton<Catalogues.ExhibitionCataloguePdf>();
        services.AddSingleton<Catalogues.CatalogueFiles>();

        services.AddApiDocument();
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices();
        services.AddInquiryRateLimit(builder.Configuration);
        services.AddSignInThrottle(builder.Configuration);
        services.AddStallWatch();
        services.AddHealthChecks().AddDbContextCheck<AppDbContext>("database",
            customTestQuery: (db, ct) => db.Regencies.AnyAsync(ct));
    }

    private static void ConfigurePipeline(WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/galat", createScopeForErrors: true);
            app.UseHsts();
        }

        // First: the time a request takes includes everything after it.
        app.UseSlowRequestLog();
        app.UseSecurityHeaders();
        app.UseStatusCodePagesWithReExecute("/tidak-ditemukan", createScopeForStatusCodePages: true);
        app.UseRequestLocalization();
        // Before the rate limit: an older product page's post is only sent on to its new target, which counts it.
        app.UseOldProductInquiryRedirect();
        // After localization (the refusal page speaks the visitor's language), before antiforgery (refused posts cost nothing more).
        app.UseRateLimiter();
        // Failed sign-ins per client address (password spraying); refused before any password hash is computed.
        app.UseSignInThrottle();
        // After the rate limit (refused cross-site posts count too): the booth inquiry form has no antiforgery token.
        app.UseSameOriginPosts();
        app.UseAuthentication();
        app.UseAuthorization();
        // Just before the output cache: counts exhibition visits also when the page comes from the cache.
        app.UseVisitCounting();
        // After localization and authentication: the cache varies by language and skips signed-in visitors.
        app.UseOutputCache();
        // Inside the output cache: a cached page is kept compressed (one copy per Accept-Encoding, PublicPageCache),
        // so a WhatsApp rush on one page costs no compression at all (bench/rush-load.sh, product page at 1,000
        // connections: 18,020 → 36,177 req/s, p99 122 → 62 ms against compressing every hit).
        app.UseResponseCompression();
        app.UseAntiforgery();

        app.MapStaticAssets();
        app.MapHealthEndpoint();
        app.MapMediaEndpoint();
        app.MapCultureEndpoint();
        app.MapAccountEndpoints();
        app.MapMemberUploadEndpoint();
        app.MapPermitCertificateEndpoint();
        app.MapBoothBannerUploadEndpoint();
        app.MapApiEndpoints();
        app.MapApiDocument();
        app.MapSitemapEndpoints();
        app.MapBoothWhatsAppEndpoint();
        app.MapCatalogueEndpoints();
        app.MapStatsExportEndpoints();
        app.MapRegistryExportEndpoints();
        app.MapDashboardExportEndpoints();
        app.MapProgrammeReportExportEndpoints();
        app.MapRazorComponents<App>()
            // Blazor adds its own CSP header, frame-ancestors 'self' by default: agree with ours (SecurityHeaders).
            .AddInteractiveServerRenderMode(o => o.ContentSecurityFrameAncestorsPolicy = "'none'")
            .CacheOutput(PublicPageCache.PolicyName);
    }

    /// <summary>Migrations, then reference data, then (in demo mode, into an empty database) the demo.</summary>
    public static async Task PrepareDatabaseAsync(WebApplication app)
    {
        var factory = app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>();
        try
        {
            await DatabaseSetup.MigrateAsync(factory);
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException or TimeoutException)
        {
            throw new DatabaseSetup.ConfigurationProblem(
                $"the database named by ConnectionStrings:{DatabaseSetup.ConnectionStringName} (or Storage:DataPath) could not be opened or migrated ({DatabaseSetup.ProviderSetting} {DatabaseSetup.ProviderOf(app.Configuration)}): {e.Message}");
        }

        // Before the first request reads the key ring, so a cookie signed with a key from the folder is still good.
        var dataPath = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<StorageOptions>>().Value.FullDataPath;
        await DataProtectionKeyImport.ImportFolderAsync(factory, Path.Combine(dataPath, DataProtectionKeyImport.FolderName),
            app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DataProtectionKeyImport)));

        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync();
    }
}
