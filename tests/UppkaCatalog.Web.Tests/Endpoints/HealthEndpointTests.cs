using System.Net;
using Microsoft.Data.Sqlite;
using UppkaCatalog.Web.Tests.Support;

namespace UppkaCatalog.Web.Tests.Endpoints;

[Collection(DemoAppCollection.Name)]
public sealed class HealthEndpointTests(AppFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Health_is_200_Healthy_when_the_database_answers()
    {
        using var client = app.Browser();

        using var response = await client.GetAsync("/health", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Health_is_503_Unhealthy_when_the_database_breaks_after_start()
    {
        await using var bare = new BareAppFactory();
        using var client = bare.Browser();
        using (var before = await client.GetAsync("/health", Ct))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        // Someone drops the reference table the check queries, behind the running app's back.
        await using (var connection = new SqliteConnection($"Data Source={bare.DatabaseFile};Pooling=False"))
        {
            await connection.OpenAsync(Ct);
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA foreign_keys = OFF; DROP TABLE Regencies;";
            await command.ExecuteNonQueryAsync(Ct);
        }

        using var after = await client.GetAsync("/health", Ct);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, after.StatusCode);
        Assert.Equal("Unhealthy", await after.Content.ReadAsStringAsync(Ct));
    }
}
