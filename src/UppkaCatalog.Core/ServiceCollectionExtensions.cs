using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using UppkaCatalog.Core.Accounts;
using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Data;
using UppkaCatalog.Core.Exhibitions;
using UppkaCatalog.Core.Groups;
using UppkaCatalog.Core.Groups.Import;
using UppkaCatalog.Core.Inquiries;
using UppkaCatalog.Core.Media;
using UppkaCatalog.Core.Publishing;
using UppkaCatalog.Core.Reporting;
using UppkaCatalog.Core.Seeding;

namespace UppkaCatalog.Core;

public static class ServiceCollectionExtensions
{
    /// <summary>
    /// The data layer and every feature service, over the data folder <paramref name="dataPath"/>
    /// (from <see cref="DatabaseSetup.ResolveDataPath"/>). Throws <see cref="DatabaseSetup.ConfigurationProblem"/>
    /// for configuration that cannot work (a malformed connection string).
    /// </summary>
    public static IServiceCollection AddUppkaCore(this IServiceCollection services, IConfiguration configuration, string dataPath)
    {
        var provider = DatabaseSetup.ProviderOf(configuration);
        var connectionString = DatabaseSetup.ConnectionStringOf(configuration, dataPath);

        services.Configure<StorageOptions>(configuration.GetSection(StorageOptions.Section));
        services.PostConfigure<StorageOptions>(o => o.FullDataPath = dataPath);
        services.Configure<SeedOptions>(configuration.GetSection(SeedOptions.Section));

        services.AddSingleton<SqlitePragmas>();
        services.TryAddSingleton<IPublicContentListener, NoPublicContentListener>();
        services.AddSingleton<PublicContentChanges>();
        services.AddDbContextFactory<AppDbContext>((sp, options) =>
        {
            DatabaseSetup.UseCatalogDatabase(options, provider, connectionString);
            if (provider == DatabaseSetup.Provider.Sqlite) options.AddInterceptors(sp.GetRequiredService<SqlitePragmas>());
            options.AddInterceptors(sp.GetRequiredService<PublicContentChanges>());
        });

        services.TryAddTimeProvider();
        services.AddSingleton<ImagePipeline>();
        services.AddMediaStore(configuration, dataPath);
        services.AddSingleton<PhotoStorage>();
        services.AddSingleton<BannerImages>();
        services.AddSingleton<CatalogService>();
        services.AddSingleton<Catalogues.GroupCatalogueService>();
        services.AddSingleton<Catalogues.ExhibitionCatalogueService>();
        services.AddSingleton<ExhibitionService>();
        services.AddSingleton<AccountService>();
        services.AddSingleton<ProductEditingService>();
        services.AddSingleton<ProductPhotoService>();
        services.AddSingleton<ModerationService>();
        services.AddSingleton<EditorDraftService>();
        services.AddSingleton<Catalog.Labels.LabelChecklistService>();
        services.AddSingleton<GroupService>();
        services.AddSingleton<GroupRegistryService>();
        services.AddSingleton<RegistryImportService>();
        services.AddSingleton<RegistryExportService>();
        services.AddSingleton<SitemapService>();
        services.AddScoped<InvitationService>();
        services.AddScoped<SignInService>();
        services.AddScoped<DemoSeeder>();
        services.AddSingleton<InquiryService>();
        services.AddSingleton<RelatedProductsService>();
        services.AddSingleton<StorefrontService>();
        services.Configure<ReportingOptions>(configuration.GetSection(ReportingOptions.Section));
        services.AddSingleton<VisitRecorder>();
        services.AddSingleton<VisitFlusher>();
        services.AddHostedService<VisitFlushService>();
        services.AddSingleton<BoothWhatsAppService>();
        services.AddSingleton<ExhibitionStatsService>();
        services.AddSingleton<RegencyDashboardService>();
        services.AddSingleton<Partners.PartnerService>();
        services.AddSingleton<Programmes.ProgrammeService>();
        services.AddSingleton<Programmes.ProgrammeApplicationService>();
        services.AddSingleton<Programmes.DeliveryService>();
        services.AddSingleton<Programmes.ProgrammeReportService>();
        services.AddSingleton<Programmes.DevelopmentRecordService>();
        services.AddSingleton<Programmes.FollowUpService>();
        services.AddSingleton<Programmes.ProgrammePrivacyService>();
        services.AddSingleton<Programmes.ProgrammeCertificateService>();
        services.AddSingleton<Catalog.Permits.PermitService>();
        services.AddSingleton<ExhibitionCurationService>();
        services.AddSingleton<BoothApplicationService>();
        return services;
    }

    /// <summary>Identity on the same database; lockout and password rules per ASVS (length over composition).</summary>
    public static IdentityBuilder AddUppkaIdentity(this IServiceCollection services) =>
        services.AddIdentityCore<AppUser>(o =>
            {
                o.Password.RequiredLength = 8;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(5);
                // Not RequireUniqueEmail: it also makes the email mandatory. OptionalEmailValidator keeps it unique when given.
                o.User.RequireUniqueEmail = false;
                o.SignIn.RequireConfirmedAccount = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<AppDbContext>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<UppkaClaimsFactory>()
            .AddErrorDescriber<LocalizedIdentityErrors>()
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddUserValidator<OptionalEmailValidator>();

    private static void TryAddTimeProvider(this IServiceCollection services)
    {
        if (services.All(d => d.ServiceType != typeof(TimeProvider))) services.AddSingleton(TimeProvider.System);
    }
}
