using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Data;
using UppkaCatalog.Web.Infrastructure;
using UppkaCatalog.Web.Tests.Support;

namespace UppkaCatalog.Web.Tests.Infrastructure;

/// <summary>An app started on a data folder restored from a backup: no demo seed, so everything it shows came from the backup.</summary>
public sealed class RestoredAppFactory() : AppFactory(demo: false);

/// <summary>
/// The backup command against a running demo app, then the README's restore steps (copy the backup into an EMPTY data
/// folder, start the app): the same catalogue, photos and accounts, and a sign-in cookie from before still works.
/// </summary>
public sealed partial class BackupRestoreTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [GeneratedRegex("/media/[^\"\\s,]+\\.(?:webp|jpg)")]
    private static partial Regex MediaUrl();

    [Fact]
    public async Task A_backup_of_the_running_app_restored_into_an_empty_folder_serves_the_same_catalogue_photos_and_sign_ins()
    {
        using var member = await AccountFlows.SignedInAsync(app, "anggota1@uppka.test");
        var slugs = await app.QueryAsync(db => db.Products.Where(p => p.Status == ProductStatus.Published).OrderBy(p => p.Slug).Select(p => p.Slug).ToListAsync(Ct));
        Assert.NotEmpty(slugs);

        // Buyers keep browsing while the backup runs.
        using var buyer = app.Browser();
        using var stop = new CancellationTokenSource();
        var reads = Task.Run(async () =>
        {
            var codes = new List<HttpStatusCode>();
            while (!stop.IsCancellationRequested)
            {
                using var page = await buyer.GetAsync("/katalog?halaman=" + (codes.Count % 3 + 1), Ct);
                codes.Add(page.StatusCode);
            }

            return codes;
        }, Ct);

        var backup = Path.Combine(Path.GetTempPath(), "uppka-web-tests", "backup-" + Guid.NewGuid().ToString("N"));
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await BackupCommand.RunAsync(["backup", backup, "--Storage:DataPath=" + app.DataPath], output, error);
        await stop.CancelAsync();
        var codes = await reads;

        Assert.True(exit == 0, $"exit {exit}: {error}");
        Assert.StartsWith("Backup written to " + backup, output.ToString());
        Assert.NotEmpty(codes);
        Assert.All(codes, c => Assert.Equal(HttpStatusCode.OK, c));

        // Restore: the backup's files into an empty data folder, then start the app on it.
        await using var restored = new RestoredAppFactory();
        Assert.Empty(Directory.EnumerateFileSystemEntries(restored.DataPath));
        CopyTree(backup, restored.DataPath);
        Directory.Delete(backup, recursive: true);

        Assert.Equal(slugs, await restored.QueryAsync(db => db.Products.Where(p => p.Status == ProductStatus.Published).OrderBy(p => p.Slug).Select(p => p.Slug).ToListAsync(Ct)));
        using var visitor = restored.Browser();
        var catalogue = await visitor.GetStringAsync("/katalog", Ct);
        Assert.Equal(ProductLinks(await buyer.GetStringAsync("/katalog", Ct)), ProductLinks(catalogue));

        var product = await visitor.GetStringAsync("/produk/" + slugs[0], Ct);
        var photos = MediaUrl().Matches(product).Select(m => m.Value).Distinct().ToList();
        Assert.NotEmpty(photos);
        foreach (var photo in photos.Take(4))
        {
            using var image = await visitor.GetAsync(photo, Ct);
            Assert.Equal(HttpStatusCode.OK, image.StatusCode);
            Assert.StartsWith("image/", image.Content.Headers.ContentType?.MediaType);
            Assert.True((await image.Content.ReadAsByteArrayAsync(Ct)).Length > 500, photo);
        }

        // The keys came along: a cookie signed before the backup is still good, and the accounts are there to sign in.
        using var account = await SendWithCookiesOfAsync(member, restored, "/akun");
        Assert.Equal(HttpStatusCode.OK, account.StatusCode);
        using var again = await AccountFlows.SignedInAsync(restored, "anggota2@uppka.test");
    }

    private static List<string> ProductLinks(string html) =>
        Regex.Matches(html, "href=\"(/produk/[^\"]+)\"").Select(m => m.Groups[1].Value).Distinct().ToList();

    /// <summary>A request to the restored app with the cookies the member's browser got from the original one.</summary>
    private static async Task<HttpResponseMessage> SendWithCookiesOfAsync(HttpClient signedIn, AppFactory other, string path)
    {
        using var probe = await signedIn.GetAsync("/akun", Ct);
        Assert.Equal(HttpStatusCode.OK, probe.StatusCode);
        var cookie = probe.RequestMessage!.Headers.TryGetValues("Cookie", out var values) ? string.Join("; ", values) : null;
        Assert.False(string.IsNullOrEmpty(cookie), "the member's client sends its sign-in cookie");
        var client = other.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", cookie);
        return await client.SendAsync(request, Ct);
    }

    private static void CopyTree(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }
}
