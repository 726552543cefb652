using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Groups;
using UppkaCatalog.Core.Groups.Import;
using UppkaCatalog.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using UppkaCatalog.Tests.Shared;

namespace UppkaCatalog.Core.Tests.Groups.Import;

/// <summary>
/// The demo's generated registry (<c>wwwroot-assets/demo/registri-uppka-jambi.csv</c>, made by <c>make-registry.py</c>
/// beside it): 574 groups over Jambi's 11 regencies, 509 of them home industry, none of them the demo seed's groups.
/// Imported into the demo, it creates 574 groups and refuses none; imported again, it changes nothing.
/// </summary>
public sealed class RegistryDemoFileTests
{
    private static readonly string DemoFile = Path.Combine(RepoPaths.DemoPhotos, "registri-uppka-jambi.csv");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_demo_file_imports_into_the_demo_with_574_groups_created_and_none_refused_and_again_with_none_changed()
    {
        await using var host = await CoreHost.StartAsync(demo: true);
        await host.SeedAsync(Ct);
        var import = host.Services.GetRequiredService<RegistryImportService>();
        var staff = new Actor("staff-demo-file", null, IsStaff: true);
        await using var db = await host.DbFactory.CreateDbContextAsync(Ct);
        var seeded = await db.Groups.CountAsync(Ct);

        ImportResult first, second;
        await using (var file = File.OpenRead(DemoFile)) first = await import.ImportAsync(staff, file, dryRun: false, Ct);
        await using (var file = File.OpenRead(DemoFile)) second = await import.ImportAsync(staff, file, dryRun: false, Ct);

        Assert.Equal((574, 574, 0, 0, 0), (first.Rows, first.Created, first.Updated, first.Unchanged, first.Refused));
        Assert.Empty(first.Errors);
        Assert.Equal((574, 0, 0, 574, 0), (second.Rows, second.Created, second.Updated, second.Unchanged, second.Refused));
        Assert.Equal(seeded + 574, await db.Groups.CountAsync(Ct));
        var imported = await db.Groups.Where(g => g.CreatedAt == host.Time.GetUtcNow()).Include(g => g.Regency).ToListAsync(Ct);
        Assert.Equal(574, imported.Count);
        Assert.Equal(11, imported.Select(g => g.Regency!.Code).Distinct().Count());
        Assert.Equal(509, imported.Count(g => g.Sector is BusinessSector.FoodProcessing or BusinessSector.Drinks or BusinessSector.Crafts or BusinessSector.SewingFashion));
        Assert.All(imported, g => Assert.StartsWith("+62812555", g.LeaderPhone ?? "+62812555"));
    }

    [Fact]
    public void The_demo_file_holds_none_of_the_demo_seeds_registration_numbers_and_is_what_its_generator_writes()
    {
        using var seed = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "src", "UppkaCatalog.Core", "Seeding", "demo-data.json")));
        var seeded = seed.RootElement.GetProperty("groups").EnumerateArray().Select(g => g.GetProperty("registrationNumber").GetString()).ToHashSet();
        var bytes = File.ReadAllBytes(DemoFile);

        var lines = Encoding.UTF8.GetString(bytes).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.Equal(575, lines.Length);
        Assert.Equal(string.Join(';', RegistryWorld.Header), lines[0].TrimStart('\uFEFF'));
        Assert.DoesNotContain(lines.Skip(1).Select(l => l.Split(';')[0]), seeded.Contains);
    }
}
