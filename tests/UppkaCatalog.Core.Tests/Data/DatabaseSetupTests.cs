using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using UppkaCatalog.Core.Data;
using UppkaCatalog.Core.Tests.Support;

namespace UppkaCatalog.Core.Tests.Data;

public sealed class DatabaseSetupTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static IConfiguration Config(params (string Key, string? Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    [Fact]
    public void ResolveDataPath_defaults_to_App_Data_under_the_content_root_and_creates_it_with_a_media_folder()
    {
        var path = DatabaseSetup.ResolveDataPath(Config(), _folder.Path);

        Assert.Equal(Path.Combine(_folder.Path, "App_Data"), path);
        Assert.True(Directory.Exists(Path.Combine(path, "media")));
        // The write probe is cleaned up.
        Assert.Empty(Directory.GetFiles(path));
    }

    [Fact]
    public void ResolveDataPath_takes_a_relative_Storage_DataPath_under_the_content_root()
    {
        var path = DatabaseSetup.ResolveDataPath(Config(("Storage:DataPath", "data/catalog")), _folder.Path);

        Assert.Equal(Path.Combine(_folder.Path, "data", "catalog"), path);
        Assert.True(Directory.Exists(path));
    }

    [Fact]
    public void ResolveDataPath_keeps_an_absolute_Storage_DataPath()
    {
        var absolute = Path.Combine(_folder.Path, "elsewhere");

        var path = DatabaseSetup.ResolveDataPath(Config(("Storage:DataPath", absolute)), "/nonexistent-content-root");

        Assert.Equal(absolute, path);
    }

    [Fact]
    public void ResolveDataPath_under_a_regular_file_fails_with_a_message_naming_Storage_DataPath()
    {
        // A folder cannot be made inside a file, even by root: unwritable on every machine.
        var file = Path.Combine(_folder.Path, "not-a-folder");
        File.WriteAllText(file, "x");
        var configured = Path.Combine(file, "data");

        var e = Assert.Throws<DatabaseSetup.ConfigurationProblem>(() =>
            DatabaseSetup.ResolveDataPath(Config(("Storage:DataPath", configured)), _folder.Path));

        Assert.Contains("Storage:DataPath", e.Message);
        Assert.Contains(configured, e.Message);
    }

    [Fact]
    public void SqliteConnectionString_defaults_to_uppka_db_in_the_data_folder_with_foreign_keys_on()
    {
        var connectionString = DatabaseSetup.SqliteConnectionString(Config(), _folder.Path);

        var builder = new SqliteConnectionStringBuilder(connectionString);
        Assert.Equal(Path.Combine(_folder.Path, "uppka.db"), builder.DataSource);
        Assert.True(builder.ForeignKeys);
        Assert.True(builder.Pooling);
    }

    [Fact]
    public void SqliteConnectionString_uses_ConnectionStrings_Catalog_when_set()
    {
        var other = Path.Combine(_folder.Path, "other.db");

        var connectionString = DatabaseSetup.SqliteConnectionString(Config(("ConnectionStrings:Catalog", $"Data Source={other}")), _folder.Path);

        var builder = new SqliteConnectionStringBuilder(connectionString);
        Assert.Equal(other, builder.DataSource);
        Assert.True(builder.ForeignKeys);
    }

    [Theory]
    [InlineData("Data Sourc=x;;=")]
    [InlineData("Data Source=x;Mode=Sideways")]
    public void SqliteConnectionString_that_is_malformed_fails_with_a_message_naming_ConnectionStrings_Catalog(string configured)
    {
        var e = Assert.Throws<DatabaseSetup.ConfigurationProblem>(() =>
            DatabaseSetup.SqliteConnectionString(Config(("ConnectionStrings:Catalog", configured)), _folder.Path));

        Assert.Contains("ConnectionStrings:Catalog", e.Message);
    }

    [Fact]
    public void SqliteConnectionString_without_a_data_source_fails_with_a_message_naming_ConnectionStrings_Catalog()
    {
        var e = Assert.Throws<DatabaseSetup.ConfigurationProblem>(() =>
            DatabaseSetup.SqliteConnectionString(Config(("ConnectionStrings:Catalog", "Cache=Shared")), _folder.Path));

        Assert.Contains("ConnectionStrings:Catalog", e.Message);
        Assert.Contains("Data Source", e.Message);
    }

    [Theory]
    [InlineData(null, DatabaseSetup.Provider.Sqlite)]
    [InlineData("sqlite", DatabaseSetup.Provider.Sqlite)]
    [InlineData("PostgreSQL", DatabaseSetup.Provider.PostgreSQL)]
    [InlineData(" postgresql ", DatabaseSetup.Provider.PostgreSQL)]
    public void Database_Provider_names_the_provider_and_defaults_to_SQLite(string? configured, DatabaseSetup.Provider expected) =>
        Assert.Equal(expected, DatabaseSetup.ProviderOf(Config(("Database:Provider", configured))));

    [Fact]
    public void An_unknown_Database_Provider_fails_with_one_line_naming_the_setting()
    {
        var e = Assert.Throws<DatabaseSetup.ConfigurationProblem>(() => DatabaseSetup.ProviderOf(Config(("Database:Provider", "MySql"))));

        Assert.Contains("Database:Provider", e.Message);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Hots=db;;=")]
    [InlineData("Host=db;Port=many")]
    [InlineData("Database=uppka;Username=uppka")]
    public void A_missing_or_malformed_PostgreSQL_connection_string_fails_with_one_line_naming_ConnectionStrings_Catalog(string? configured)
    {
        var e = Assert.Throws<DatabaseSetup.ConfigurationProblem>(() =>
            DatabaseSetup.ConnectionStringOf(Config(("Database:Provider", "PostgreSQL"), ("ConnectionStrings:Catalog", configured)), _folder.Path));

        Assert.Contains("ConnectionStrings:Catalog", e.Message);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public void A_PostgreSQL_connection_string_is_used_as_given()
    {
        var connectionString = DatabaseSetup.ConnectionStringOf(
            Config(("Database:Provider", "PostgreSQL"), ("ConnectionStrings:Catalog", "Host=db.example;Database=uppka;Username=u")), _folder.Path);

        Assert.Equal("db.example", new Npgsql.NpgsqlConnectionStringBuilder(connectionString).Host);
    }
}
