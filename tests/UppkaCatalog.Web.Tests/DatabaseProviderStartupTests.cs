using UppkaCatalog.Core.Data;

namespace UppkaCatalog.Web.Tests;

/// <summary>
/// A PostgreSQL server that cannot be reached stops start-up with one line naming the setting (the chosen
/// behaviour: a node without its database serves nothing, so it does not start; the process manager restarts it).
/// </summary>
public sealed class DatabaseProviderStartupTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("uppka-pg-start-").FullName;

    [Fact]
    public async Task An_unreachable_PostgreSQL_server_stops_start_up_with_one_line_naming_ConnectionStrings_Catalog()
    {
        // Port 1 on loopback: nothing listens, the connection is refused at once.
        // As the real host (not WebApplicationFactory): the application name finds the web app's static-assets manifest.
        await using var app = AppHost.Build([
            "--applicationName=UppkaCatalog.Web",
            "--Database:Provider=PostgreSQL",
            "--ConnectionStrings:Catalog=Host=127.0.0.1;Port=1;Database=uppka;Username=uppka;Timeout=3",
            $"--Storage:DataPath={_folder}",
        ]);

        var problem = await Assert.ThrowsAsync<DatabaseSetup.ConfigurationProblem>(() => AppHost.PrepareDatabaseAsync(app));

        Assert.Contains("ConnectionStrings:Catalog", problem.Message);
        Assert.Contains("PostgreSQL", problem.Message);
        Assert.DoesNotContain('\n', problem.Message);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
