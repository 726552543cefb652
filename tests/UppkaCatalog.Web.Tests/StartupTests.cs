using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Data;
using UppkaCatalog.Web.Tests.Support;

namespace UppkaCatalog.Web.Tests;

[Collection(DemoAppCollection.Name)]
public sealed class StartupTests(AppFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Starting_the_app_migrates_and_seeds_the_configured_data_folder()
    {
        // Program.Main runs PrepareDatabaseAsync before RunAsync; WebApplicationFactory runs Main up to the start.
        _ = app.Server;

        Assert.True(File.Exists(app.DatabaseFile), "no database in Storage:DataPath");
        Assert.Equal(11, await app.QueryAsync(db => db.Regencies.CountAsync(Ct)));
        Assert.True(await app.QueryAsync(db => db.Groups.CountAsync(Ct)) >= 12);
        Assert.True(await app.QueryAsync(db => db.Users.CountAsync(Ct)) >= 13);
        Assert.NotEmpty(Directory.GetFiles(app.Services.GetRequiredService<IOptions<StorageOptions>>().Value.FullMediaPath, "*.webp", SearchOption.AllDirectories));
        // Data-protection keys live in the database (every node reads them; sign-in cookies survive a restart), not in a folder.
        Assert.True(await app.QueryAsync(db => db.DataProtectionKeys.AnyAsync(Ct)));
        Assert.False(Directory.Exists(Path.Combine(app.DataPath, "keys")));
    }

    [Fact]
    public void A_Storage_MediaPath_that_is_not_a_writable_folder_stops_start_up_with_one_line_naming_it()
    {
        var data = Path.Combine(Path.GetTempPath(), "uppka-web-tests", Guid.NewGuid().ToString("N"));
        try
        {
            var e = Assert.Throws<DatabaseSetup.ConfigurationProblem>(() =>
                AppHost.Build([$"--Storage:DataPath={data}", "--Storage:MediaPath=/etc/hostname/media"]));

            Assert.StartsWith("Storage:MediaPath '/etc/hostname/media' is not a writable folder", e.Message);
            Assert.DoesNotContain('\n', e.Message);
        }
        finally
        {
            if (Directory.Exists(data)) Directory.Delete(data, recursive: true);
        }
    }
}
