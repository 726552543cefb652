using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using UppkaCatalog.Core.Data;
using UppkaCatalog.Web.Tests.Support;

namespace UppkaCatalog.Web.Tests.Infrastructure;

/// <summary>A node with a data folder of its own, on a database named by ConnectionStrings:Catalog (shared with other nodes).</summary>
public sealed class OwnFolderNode(string databaseFile) : AppFactory(demo: true)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting($"ConnectionStrings:{DatabaseSetup.ConnectionStringName}", $"Data Source={databaseFile}");
    }
}

/// <summary>Two app hosts with DIFFERENT data folders (so no shared keys folder) on one database file.</summary>
public sealed class TwoNodesOwnFolders : IAsyncLifetime
{
    private readonly string _databaseFolder = Path.Combine(Path.GetTempPath(), "uppka-web-tests", Guid.NewGuid().ToString("N"));

    public OwnFolderNode A { get; private set; } = null!;

    public OwnFolderNode B { get; private set; } = null!;

    public ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(_databaseFolder);
        var database = Path.Combine(_databaseFolder, "uppka.db");
        A = new OwnFolderNode(database);
        _ = A.Server; // migrates and seeds the shared database first
        B = new OwnFolderNode(database);
        _ = B.Server;
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await B.DisposeAsync();
        await A.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_databaseFolder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean.
        }
    }
}

/// <summary>
/// The Data Protection keys are in the database: a sign-in cookie and a form token made by node A are good on node B,
/// although the two nodes share no folder.
/// </summary>
public sealed class SharedKeyRingTests(TwoNodesOwnFolders nodes) : IClassFixture<TwoNodesOwnFolders>
{
    private const string Member = "anggota1@uppka.test";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_two_nodes_share_no_keys_folder()
    {
        Assert.NotEqual(nodes.A.DataPath, nodes.B.DataPath);
        Assert.False(Directory.Exists(Path.Combine(nodes.A.DataPath, DataProtectionKeyImport.FolderName)));
        Assert.False(Directory.Exists(Path.Combine(nodes.B.DataPath, DataProtectionKeyImport.FolderName)));
        Assert.True(await nodes.A.QueryAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(db.DataProtectionKeys, Ct)));
    }

    [Fact]
    public async Task A_member_signed_in_on_node_a_opens_kelola_on_node_b()
    {
        using var a = NodeClients.Plain(nodes.A);
        var jar = new NodeClients.Jar();
        using var signIn = await NodeClients.SignInAsync(a, jar, Member, AccountFlows.DemoPassword);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.True(jar.Has("uppka.auth"), "node A set no sign-in cookie");

        using var b = NodeClients.Plain(nodes.B);
        using var onB = await jar.GetAsync(b, "/kelola");
        using var anonymousOnB = await new NodeClients.Jar().GetAsync(b, "/kelola");

        Assert.Equal(HttpStatusCode.OK, onB.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, anonymousOnB.StatusCode); // the counterpart: no cookie, sent to sign in
        Assert.StartsWith("/masuk", AccountFlows.Target(anonymousOnB));
    }

    [Fact]
    public async Task The_sign_in_form_fetched_from_node_a_is_accepted_when_posted_to_node_b()
    {
        using var a = NodeClients.Plain(nodes.A);
        using var b = NodeClients.Plain(nodes.B);
        var jar = new NodeClients.Jar();
        var form = await jar.FormAsync(a, "/masuk");
        form["Input.Login"] = Member;
        form["Input.Password"] = AccountFlows.DemoPassword;

        using var posted = await jar.PostAsync(b, "/masuk", form);

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode); // a refused antiforgery token is a 400
        Assert.True(jar.Has("uppka.auth"));
    }

    [Fact]
    public async Task A_form_token_that_was_tampered_with_is_refused_by_node_b()
    {
        // The counterpart of the test above: node B does check the token it is given.
        using var a = NodeClients.Plain(nodes.A);
        using var b = NodeClients.Plain(nodes.B);
        var jar = new NodeClients.Jar();
        var form = await jar.FormAsync(a, "/masuk");
        form["Input.Login"] = Member;
        form["Input.Password"] = AccountFlows.DemoPassword;
        form["__RequestVerificationToken"] = form["__RequestVerificationToken"][..^4] + "AAAA";

        using var posted = await jar.PostAsync(b, "/masuk", form);

        Assert.Equal(HttpStatusCode.BadRequest, posted.StatusCode);
        Assert.False(jar.Has("uppka.auth"));
    }
}
