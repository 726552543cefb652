using System.Security.Claims;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;
using UppkaCatalog.Core;
using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Data;
using UppkaCatalog.Core.Groups;
using UppkaCatalog.Core.Seeding;
using UppkaCatalog.Web.Tests.Support;

namespace UppkaCatalog.Web.Tests.Components.Pages.Manage;

/// <summary>
/// bUnit with the real Core services over a real SQLite file in a temp folder (migrated, roles and
/// categories, two groups of our own), MudBlazor, and a signed-in member of group A cascaded as the
/// authentication state — the member area's components as they run in a circuit, minus the browser.
/// </summary>
public abstract class EditorTestBase : ComponentTest, IAsyncLifetime
{
    public const string Category = "makanan-olahan";

    private readonly string _dataPath = Path.Combine(Path.GetTempPath(), "uppka-bunit-" + Guid.NewGuid().ToString("N"));
    private ServiceProvider _core = default!;

    protected EditorTestBase()
    {
        Services.AddMudServices();
        Services.AddSingleton<AntiforgeryStateProvider>(new FixedAntiforgery());
    }

    protected Actor Member { get; private set; } = default!;

    protected Actor OtherMember { get; private set; } = default!;

    /// <summary>Who is signed in (the member of group A); a staff test changes its roles and claims before rendering.</summary>
    protected Bunit.TestDoubles.BunitAuthorizationContext Auth { get; private set; } = default!;

    protected static CancellationToken Ct => Xunit.TestContext.Current.CancellationToken;

    protected ProductEditingService Editing => _core.GetRequiredService<ProductEditingService>();

    protected EditorDraftService Drafts => _core.GetRequiredService<EditorDraftService>();

    protected ModerationService Moderation => _core.GetRequiredService<ModerationService>();

    protected IDbContextFactory<AppDbContext> Db => _core.GetRequiredService<IDbContextFactory<AppDbContext>>();

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(_dataPath);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:DataPath"] = _dataPath,
            ["Seed:Demo"] = "false",
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddUppkaCore(configuration, _dataPath);
        services.AddUppkaIdentity();
        _core = services.BuildServiceProvider();
        await DatabaseSetup.MigrateAsync(Db);
        await using (var scope = _core.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(Ct); // roles and categories only
        }

        await using var db = await Db.CreateDbContextAsync(Ct);
        var regency = await db.Regencies.OrderBy(r => r.Code).FirstAsync(Ct);
        var a = NewGroup("kelompok-a", regency.Id);
        var b = NewGroup("kelompok-b", regency.Id);
        db.Groups.AddRange(a, b);
        await db.SaveChangesAsync(Ct);
        Member = new Actor("member-a", a.Id, IsStaff: false);
        OtherMember = new Actor("member-b", b.Id, IsStaff: false);

        Services.AddFallbackServiceProvider(_core);
        var auth = Auth = AddAuthorization();
        auth.SetAuthorized("Ibu Anggota");
        auth.SetRoles("Member");
        auth.SetClaims(new Claim(ClaimTypes.NameIdentifier, Member.UserId), new Claim(Actor.GroupClaim, a.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        // Popovers (the category select) and snackbars need their providers rendered, as AreaLayout does.
        Render<MudPopoverProvider>();
        Render<MudSnackbarProvider>();
    }

    protected override async ValueTask DisposeAsyncCore()
    {
        // Components first (the editor writes its pending draft as it goes), then the database.
        await base.DisposeAsyncCore();
        await _core.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_dataPath, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS.
        }
    }

    /// <summary>Every field submitting needs, filled in.</summary>
    protected static ProductInput CompleteInput(string name = "Keripik Pisang Manis", long price = 25_000) => new()
    {
        Name = name,
        CategorySlug = Category,
        Description = "Keripik pisang kepok tipis, digoreng dengan minyak kelapa, tanpa pengawet.",
        Price = price,
        Unit = "bungkus",
    };

    protected Task<ProductEditView> NewDraftAsync(ProductInput? input = null, Actor? owner = null) =>
        Editing.CreateDraftAsync(owner ?? Member, input ?? CompleteInput(), Ct);

    private static Group NewGroup(string slug, int regencyId) => new()
    {
        Slug = slug,
        Name = "Kelompok " + slug,
        RegistrationNumber = "UPPKA/TEST/" + slug,
        RegencyId = regencyId,
        District = "Kecamatan Uji",
        Village = "Desa Uji",
        Sector = BusinessSector.FoodProcessing, Specialty = "Makanan olahan",
        MemberCount = 10,
        CreatedAt = DateTimeOffset.UtcNow.AddDays(-100),
    };

    private sealed class FixedAntiforgery : AntiforgeryStateProvider
    {
        public override AntiforgeryRequestToken? GetAntiforgeryToken() => new("test-token", "__RequestVerificationToken");
    }
}
