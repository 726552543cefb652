using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Web.Catalogues;
using UppkaCatalog.Web.Infrastructure;
using UppkaCatalog.Web.Paths;
using UppkaCatalog.Web.Tests.Endpoints.Catalogues;
using UppkaCatalog.Web.Tests.Support;

namespace UppkaCatalog.Web.Tests.Infrastructure;

/// <summary>One node of a site: the shared data folder (one SQLite file) and ConnectionStrings:Redis.</summary>
public sealed class RedisNode(string dataPath, string redis) : AppFactory(demo: true, dataPath)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting(RedisSetup.Setting, redis);
    }
}

/// <summary>A real redis-server and two app hosts on it, sharing one database: two nodes behind a load balancer.</summary>
public sealed class TwoRedisNodes : IAsyncLifetime
{
    private readonly string _dataPath = Path.Combine(Path.GetTempPath(), "uppka-web-tests", Guid.NewGuid().ToString("N"));

    public RedisServer Redis { get; private set; } = null!;

    public RedisNode A { get; private set; } = null!;

    public RedisNode B { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Redis = await RedisServer.StartAsync();
        A = new RedisNode(_dataPath, Redis.ConnectionString);
        _ = A.Server; // migrates and seeds the shared database first
        B = new RedisNode(_dataPath, Redis.ConnectionString);
        _ = B.Server; // finds it seeded
    }

    public async ValueTask DisposeAsync()
    {
        await B.DisposeAsync();
        await A.DisposeAsync();
        await Redis.DisposeAsync();
    }
}

/// <summary>
/// With ConnectionStrings:Redis, the output cache and the catalogue-PDF change signal are shared: a change made
/// through node A is on node B's next anonymous page and PDF. Without Redis these fail (node B keeps its own copies).
/// </summary>
public sealed class TwoRedisNodesTests(TwoRedisNodes nodes) : IClassFixture<TwoRedisNodes>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_pages_are_kept_in_redis_and_a_copy_made_on_one_node_is_served_by_the_other()
    {
        Assert.IsType<ResilientOutputCacheStore>(nodes.A.Services.GetRequiredService<IOutputCacheStore>());
        using var b = nodes.B.Browser();
        using var a = nodes.A.Browser();

        using var madeOnB = await b.GetAsync(CatalogPaths.Catalog + "?q=madu", Ct);
        using var servedByA = await a.GetAsync(CatalogPaths.Catalog + "?q=madu", Ct);

        Assert.Equal(HttpStatusCode.OK, servedByA.StatusCode);
        Assert.NotNull(servedByA.Headers.Age); // A never made this page: it came from Redis
        Assert.Equal(await madeOnB.Content.ReadAsStringAsync(Ct), await servedByA.Content.ReadAsStringAsync(Ct));
        Assert.NotEmpty(await nodes.Redis.KeysAsync(RedisSetup.KeyPrefix + "*"));
    }

    [Fact]
    public async Task A_product_renamed_through_node_a_leaves_node_b_s_cached_catalogue_at_once()
    {
        var product = await NewestPublishedAsync();
        using var b = nodes.B.Browser();
        Assert.Contains(WebUtility.HtmlEncode(product.Name), await b.GetStringAsync(CatalogPaths.Catalog, Ct));
        using (var cached = await b.GetAsync(CatalogPaths.Catalog, Ct))
        {
            Assert.NotNull(cached.Headers.Age);
        }

        await RenameThroughAAsync(product);

        using var after = await b.GetAsync(CatalogPaths.Catalog, Ct);
        Assert.Null(after.Headers.Age);
        Assert.DoesNotContain(WebUtility.HtmlEncode(product.Name), await after.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task A_catalogue_pdf_kept_on_node_b_is_made_anew_after_a_change_on_node_a()
    {
        // Not the group of the newest product (the other test renames that one).
        var newest = await NewestPublishedAsync();
        var group = await nodes.A.QueryAsync(db => db.Groups.AsNoTracking()
            .Where(g => g.IsActive && g.Id != newest.GroupId && db.Products.Count(p => p.GroupId == g.Id && p.Status == ProductStatus.Published) >= 2
                && db.Users.Any(u => u.GroupId == g.Id))
            .OrderBy(g => g.Id).FirstAsync(Ct));
        var product = await nodes.A.QueryAsync(db => db.Products.AsNoTracking()
            .Where(p => p.GroupId == group.Id && p.Status == ProductStatus.Published).OrderBy(p => p.Id).FirstAsync(Ct));
        using var b = nodes.B.Browser();
        var path = GroupPaths.Catalogue(group.Slug);
        using var first = await b.GetAsync(path, Ct);
        Assert.True(new CatalogueReader(await first.Content.ReadAsByteArrayAsync(Ct)).Has(product.Name));
        var kept = await RevalidateAsync(b, path, first);
        Assert.Equal(HttpStatusCode.NotModified, kept.StatusCode); // node B keeps it

        var changes = nodes.B.Services.GetRequiredService<CatalogueChanges>();
        var generation = changes.Generation;
        await RenameThroughAAsync(product);
        // The news travels on a Redis channel: it reaches node B within milliseconds, not inside A's call.
        for (var i = 0; i < 100 && changes.Generation == generation; i++) await Task.Delay(50, Ct);

        var second = await RevalidateAsync(b, path, first);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.NotEqual(first.Headers.ETag, second.Headers.ETag);
        Assert.False(new CatalogueReader(await second.Content.ReadAsByteArrayAsync(Ct)).Has(product.Name));
    }

    private static async Task<HttpResponseMessage> RevalidateAsync(HttpClient client, string path, HttpResponseMessage first)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        return await client.SendAsync(request, Ct);
    }

    private Task<Product> NewestPublishedAsync() => nodes.A.QueryAsync(db => db.Products.AsNoTracking()
        .Where(p => p.Status == ProductStatus.Published)
        .OrderByDescending(p => p.PublishedAt).ThenByDescending(p => p.Id).FirstAsync(Ct));

    /// <summary>The product's group member renames it through node A's services (which sends it back to review, out of the public catalogue).</summary>
    private async Task RenameThroughAAsync(Product product)
    {
        var userId = await nodes.A.QueryAsync(db => db.Users.Where(u => u.GroupId == product.GroupId).OrderBy(u => u.Id).Select(u => u.Id).FirstAsync(Ct));
        var member = new Actor(userId, product.GroupId, IsStaff: false);
        var editing = nodes.A.Services.GetRequiredService<ProductEditingService>();
        var view = await editing.GetForEditAsync(member, product.Id, Ct);
        var input = view.Input;
        input.Name = product.Name + " Edisi Baru";
        await editing.UpdateAsync(member, product.Id, input, view.Version, Ct);
    }
}
