using Microsoft.EntityFrameworkCore;
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
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(app.DataPath, "media"), "*.webp", SearchOption.AllDirectories));
        // Data-protection keys live in the data folder, so sign-in cookies survive a restart.
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(app.DataPath, "keys"), "*.xml"));
    }
}
