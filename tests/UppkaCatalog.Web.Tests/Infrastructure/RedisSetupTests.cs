using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Data;
using UppkaCatalog.Web.Infrastructure;
using UppkaCatalog.Web.Paths;
using UppkaCatalog.Web.Tests.Support;

namespace UppkaCatalog.Web.Tests.Infrastructure;

/// <summary>ConnectionStrings:Redis: a malformed value stops start-up with one line; an unreachable Redis only costs the caching.</summary>
public sealed class RedisSetupTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("127.0.0.1:6379,nonsense=1")]
    [InlineData("127.0.0.1:6379,connectTimeout=soon")]
    [InlineData("abortConnect=false")]
    public void A_malformed_value_is_a_configuration_problem_naming_the_setting(string value)
    {
        var problem = Assert.Throws<DatabaseSetup.ConfigurationProblem>(() => RedisSetup.Parse(value));

        Assert.StartsWith("ConnectionStrings:Redis ", problem.Message);
        Assert.DoesNotContain('\n', problem.Message);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Unset_means_no_redis(string? value) => Assert.Null(RedisSetup.Parse(value));

    [Fact]
    public void A_good_value_never_aborts_on_a_failed_connect()
    {
        var options = RedisSetup.Parse("redis.internal:6380,password=x")!;

        Assert.False(options.AbortOnConnectFail);
        Assert.Single(options.EndPoints);
    }

    [Fact]
    public async Task An_unreachable_redis_leaves_the_site_up_uncached_and_changes_still_saved()
    {
        await using var app = new UnreachableRedisApp($"127.0.0.1:{RedisServer.FreePort()}");
        using var client = app.Browser();

        using var first = await client.GetAsync(CatalogPaths.Catalog, Ct);
        using var second = await client.GetAsync(CatalogPaths.Catalog, Ct);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Null(second.Headers.Age); // made again: nothing could be kept

        // A member's save commits; the failed eviction is only logged.
        var product = await app.QueryAsync(db => db.Products.AsNoTracking().Where(p => p.Status == ProductStatus.Published).OrderBy(p => p.Id).FirstAsync(Ct));
        var userId = await app.QueryAsync(db => db.Users.Where(u => u.GroupId == product.GroupId).OrderBy(u => u.Id).Select(u => u.Id).FirstAsync(Ct));
        var member = new Actor(userId, product.GroupId, IsStaff: false);
        var editing = app.Services.GetRequiredService<ProductEditingService>();
        var view = await editing.GetForEditAsync(member, product.Id, Ct);
        view.Input.Name = product.Name + " Baru";
        await editing.UpdateAsync(member, product.Id, view.Input, view.Version, Ct);
        Assert.Equal(product.Name + " Baru", await app.QueryAsync(db => db.Products.Where(p => p.Id == product.Id).Select(p => p.Name).SingleAsync(Ct)));
    }

    private sealed class UnreachableRedisApp(string redis) : AppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting(RedisSetup.Setting, redis);
        }
    }
}
