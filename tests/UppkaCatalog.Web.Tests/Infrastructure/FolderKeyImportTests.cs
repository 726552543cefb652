using System.Net;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UppkaCatalog.Core.Accounts;
using UppkaCatalog.Core.Data;
using UppkaCatalog.Web.Tests.Support;

namespace UppkaCatalog.Web.Tests.Infrastructure;

/// <summary>A data folder of the versions before: the key ring as files in <c>keys/</c>.</summary>
public sealed class UpgradedNode(string dataPath) : AppFactory(demo: true, dataPath);

/// <summary>
/// The upgrade: keys in <c>{Storage:DataPath}/keys</c> (where the versions before kept them) are imported into the
/// database at start-up, so a sign-in cookie made with the old file-system key ring still opens <c>/kelola</c>.
/// </summary>
public sealed class FolderKeyImportTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>What the cookie handler (Identity's application cookie) protects its ticket with.</summary>
    private static TicketDataFormat CookieFormat(IDataProtectionProvider provider) =>
        new(provider.CreateProtector("Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationMiddleware", IdentityConstants.ApplicationScheme, "v2"));

    /// <summary>The key ring as the versions before configured it (AppHost: application name, keys folder).</summary>
    private static ServiceProvider OldKeyRing(string dataPath)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddDataProtection().SetApplicationName("UppkaCatalog")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(dataPath, DataProtectionKeyImport.FolderName)));
        return services.BuildServiceProvider();
    }

    /// <summary>anggota1's sign-in cookie value as the host's SignInManager would issue it, protected by <paramref name="keys"/>.</summary>
    private static async Task<string> MemberCookieAsync(AppFactory host, IDataProtectionProvider keys)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.Users.SingleAsync(u => u.Email == "anggota1@uppka.test", Ct);
        var principal = await scope.ServiceProvider.GetRequiredService<SignInManager<AppUser>>().CreateUserPrincipalAsync(user);
        var now = DateTimeOffset.UtcNow;
        var properties = new AuthenticationProperties { IssuedUtc = now, ExpiresUtc = now.AddDays(14) };
        return CookieFormat(keys).Protect(new AuthenticationTicket(principal, properties, IdentityConstants.ApplicationScheme));
    }

    private static async Task<HttpResponseMessage> KelolaWithCookieAsync(AppFactory host, string cookie)
    {
        using var client = NodeClients.Plain(host);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/kelola");
        request.Headers.Add("Cookie", "uppka.auth=" + cookie);
        return await client.SendAsync(request, Ct);
    }

    [Fact]
    public async Task A_cookie_made_with_the_folder_key_ring_is_accepted_after_the_upgrade_which_imported_its_key()
    {
        var dataPath = Path.Combine(Path.GetTempPath(), "uppka-web-tests", Guid.NewGuid().ToString("N"));
        await using var oldKeys = OldKeyRing(dataPath);
        CookieFormat(oldKeys.GetRequiredService<IDataProtectionProvider>()).Protect(new AuthenticationTicket(new(), "warm-up")); // writes the key file
        var keyFile = Assert.Single(Directory.GetFiles(Path.Combine(dataPath, DataProtectionKeyImport.FolderName), "*.xml"));

        await using var upgraded = new UpgradedNode(dataPath);
        _ = upgraded.Server; // starts: migrates, imports the folder, seeds
        var cookie = await MemberCookieAsync(upgraded, oldKeys.GetRequiredService<IDataProtectionProvider>());
        using var response = await KelolaWithCookieAsync(upgraded, cookie);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var names = await upgraded.QueryAsync(db => db.DataProtectionKeys.Select(k => k.FriendlyName).ToListAsync(Ct));
        Assert.Single(names, Path.GetFileNameWithoutExtension(keyFile));

        // The counterpart: a node that never had that folder refuses the same cookie (sends to sign in).
        await using var fresh = new AppFactory();
        using var refused = await KelolaWithCookieAsync(fresh, cookie);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("/masuk", AccountFlows.Target(refused));
    }
}
