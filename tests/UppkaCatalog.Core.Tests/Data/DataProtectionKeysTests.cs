using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using UppkaCatalog.Core.Data;
using UppkaCatalog.Core.Tests.Support;

namespace UppkaCatalog.Core.Tests.Data;

/// <summary>
/// The Data Protection key ring in the catalogue database (both providers): two "nodes" with nothing but the database
/// in common read each other's protected data, and the keys of the folder the older versions used are imported once.
/// </summary>
public sealed class DataProtectionKeysTests
{
    private const string Purpose = "uppka-test";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A Data Protection stack as the web host configures it, on the host's database (a node of its own).</summary>
    private static ServiceProvider DatabaseKeyRing(CoreHost host)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddScoped(_ => host.DbFactory.CreateDbContext());
        services.AddDataProtection().SetApplicationName("UppkaCatalog").PersistKeysToDbContext<AppDbContext>();
        return services.BuildServiceProvider();
    }

    /// <summary>The key ring of the versions before: XML files in a folder.</summary>
    private static ServiceProvider FolderKeyRing(string folder)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddDataProtection().SetApplicationName("UppkaCatalog").PersistKeysToFileSystem(new DirectoryInfo(folder));
        return services.BuildServiceProvider();
    }

    private static IDataProtector Protector(IServiceProvider services) =>
        services.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose);

    [Fact]
    public async Task A_key_made_by_one_node_is_stored_in_the_database_and_unprotects_on_another_node()
    {
        await using var host = await CoreHost.StartAsync(demo: false);
        await using var nodeA = DatabaseKeyRing(host);
        await using var nodeB = DatabaseKeyRing(host);

        var secret = Protector(nodeA).Protect("cookie of node A");

        Assert.Equal("cookie of node A", Protector(nodeB).Unprotect(secret));
        await using var db = await host.DbFactory.CreateDbContextAsync(Ct);
        var key = Assert.Single(await db.DataProtectionKeys.ToListAsync(Ct));
        Assert.StartsWith("key-", key.FriendlyName);
        Assert.Contains("<key ", key.Xml);
    }

    [Fact]
    public async Task Without_the_shared_table_a_second_node_cannot_read_the_first_ones_data()
    {
        // The counterpart: two databases, two key rings.
        await using var hostA = await CoreHost.StartAsync(demo: false);
        await using var hostB = await CoreHost.StartAsync(demo: false);
        await using var nodeA = DatabaseKeyRing(hostA);
        await using var nodeB = DatabaseKeyRing(hostB);

        var secret = Protector(nodeA).Protect("cookie of node A");

        Assert.ThrowsAny<System.Security.Cryptography.CryptographicException>(() => Protector(nodeB).Unprotect(secret));
    }

    [Fact]
    public async Task Keys_from_the_old_folder_are_imported_once_and_what_they_protected_stays_readable()
    {
        await using var host = await CoreHost.StartAsync(demo: false);
        var folder = Path.Combine(host.DataPath, DataProtectionKeyImport.FolderName);
        string secret;
        await using (var old = FolderKeyRing(folder))
        {
            secret = Protector(old).Protect("cookie from before the upgrade");
        }

        var keyFile = Assert.Single(Directory.GetFiles(folder, "*.xml"));
        File.WriteAllText(Path.Combine(folder, "broken.xml"), "<key id=");
        File.WriteAllText(Path.Combine(folder, "notes.txt"), "not a key");

        var first = await DataProtectionKeyImport.ImportFolderAsync(host.DbFactory, folder, NullLogger.Instance, Ct);
        var second = await DataProtectionKeyImport.ImportFolderAsync(host.DbFactory, folder, NullLogger.Instance, Ct);

        Assert.Equal(new KeyImportResult(Imported: 1, AlreadyThere: 0, Skipped: 1), first);
        Assert.Equal(new KeyImportResult(Imported: 0, AlreadyThere: 1, Skipped: 1), second);
        await using (var db = await host.DbFactory.CreateDbContextAsync(Ct))
        {
            var row = Assert.Single(await db.DataProtectionKeys.ToListAsync(Ct));
            Assert.Equal(Path.GetFileNameWithoutExtension(keyFile), row.FriendlyName);
        }

        await using var upgraded = DatabaseKeyRing(host);
        Assert.Equal("cookie from before the upgrade", Protector(upgraded).Unprotect(secret));
        Assert.True(File.Exists(keyFile), "the files stay for an older version started on the folder");
    }

    [Fact]
    public async Task Nodes_importing_one_shared_folder_at_the_same_moment_store_each_key_once_and_the_ring_works()
    {
        // Two nodes on one shared keys folder (the advice before the keys moved) may both import it at the same moment.
        await using var host = await CoreHost.StartAsync(demo: false);
        var folder = Path.Combine(host.DataPath, DataProtectionKeyImport.FolderName);
        string secret;
        await using (var old = FolderKeyRing(folder))
        {
            secret = Protector(old).Protect("cookie from before the upgrade");
        }

        // A key id twice in the table would break the whole ring ("already exists in the keyring"): the import is serialised.
        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ =>
            Task.Run(() => DataProtectionKeyImport.ImportFolderAsync(host.DbFactory, folder, NullLogger.Instance, Ct), Ct)));

        Assert.Equal(1, results.Sum(r => r.Imported));
        await using (var db = await host.DbFactory.CreateDbContextAsync(Ct))
        {
            Assert.Equal(1, await db.DataProtectionKeys.CountAsync(Ct));
        }

        await using var upgraded = DatabaseKeyRing(host);
        Assert.Equal("cookie from before the upgrade", Protector(upgraded).Unprotect(secret));
        Assert.Equal("new", Protector(upgraded).Unprotect(Protector(upgraded).Protect("new")));
    }

    [Fact]
    public async Task Without_the_import_the_database_key_ring_refuses_what_the_folder_keys_protected()
    {
        await using var host = await CoreHost.StartAsync(demo: false);
        string secret;
        await using (var old = FolderKeyRing(Path.Combine(host.DataPath, DataProtectionKeyImport.FolderName)))
        {
            secret = Protector(old).Protect("cookie from before the upgrade");
        }

        await using var upgraded = DatabaseKeyRing(host);

        Assert.ThrowsAny<System.Security.Cryptography.CryptographicException>(() => Protector(upgraded).Unprotect(secret));
    }

    [Fact]
    public async Task No_folder_or_an_empty_one_imports_nothing()
    {
        await using var host = await CoreHost.StartAsync(demo: false);
        var folder = Path.Combine(host.DataPath, DataProtectionKeyImport.FolderName);

        var none = await DataProtectionKeyImport.ImportFolderAsync(host.DbFactory, folder, NullLogger.Instance, Ct);
        Directory.CreateDirectory(folder);
        var empty = await DataProtectionKeyImport.ImportFolderAsync(host.DbFactory, folder, NullLogger.Instance, Ct);

        Assert.Equal(new KeyImportResult(0, 0, 0), none);
        Assert.Equal(new KeyImportResult(0, 0, 0), empty);
        await using var db = await host.DbFactory.CreateDbContextAsync(Ct);
        Assert.Equal(0, await db.DataProtectionKeys.CountAsync(Ct));
    }
}
