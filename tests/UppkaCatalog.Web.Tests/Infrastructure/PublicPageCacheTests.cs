using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Web.Tests.Account;
using UppkaCatalog.Web.Tests.Support;

namespace UppkaCatalog.Web.Tests.Infrastructure;

/// <summary>
/// Buyers' pages come from the output cache for anonymous visitors, and a change made through the services is
/// on the next page at once (eviction by tag), not after the cache lifetime. Its own app: these tests change data.
/// </summary>
public sealed class PublicPageCacheTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/")]
    [InlineData("/katalog")]
    [InlineData("/pameran")]
    [InlineData("/sitemap.xml")]
    public async Task An_anonymous_second_visit_is_served_from_the_cache_without_a_cookie(string path)
    {
        using var client = app.Browser();

        using var first = await client.GetAsync(path, Ct);
        using var second = await client.GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.True(second.Headers.Age is not null, $"{path}: the second response has no Age header, so it was not served from the output cache");
        Assert.False(first.Headers.TryGetValues("Set-Cookie", out var cookies), $"{path} sets a cookie: {string.Join("; ", cookies ?? [])}");
        Assert.DoesNotContain("no-store", first.Headers.CacheControl?.ToString() ?? "");
    }

    [Fact]
    public async Task A_renamed_product_leaves_the_cached_catalogue_at_once()
    {
        // The newest published product: the first card of /katalog. Its group's demo member renames it.
        var product = await app.QueryAsync(db => db.Products.AsNoTracking()
            .Where(p => p.Status == ProductStatus.Published)
            .OrderByDescending(p => p.PublishedAt).ThenByDescending(p => p.Id).FirstAsync(Ct));
        var userId = await app.QueryAsync(db => db.Users.Where(u => u.GroupId == product.GroupId).OrderBy(u => u.Id).Select(u => u.Id).FirstAsync(Ct));
        var member = new UppkaCatalog.Core.Common.Actor(userId, product.GroupId, IsStaff: false);
        using var client = app.Browser();
        var before = await client.GetStringAsync("/katalog", Ct);
        Assert.Contains(WebUtility.HtmlEncode(product.Name), before);
        using (var cached = await client.GetAsync("/katalog", Ct))
        {
            Assert.NotNull(cached.Headers.Age); // the page is in the cache now
        }

        // A new name sends a published product back to review: it must leave the public catalogue.
        var editing = app.Services.GetRequiredService<ProductEditingService>();
        var view = await editing.GetForEditAsync(member, product.Id, Ct);
        var input = view.Input;
        input.Name = product.Name + " Edisi Baru";
        await editing.UpdateAsync(member, product.Id, input, view.Version, Ct);

        using var after = await client.GetAsync("/katalog", Ct);
        var html = await after.Content.ReadAsStringAsync(Ct);
        Assert.Null(after.Headers.Age);
        Assert.DoesNotContain(WebUtility.HtmlEncode(product.Name), html);
    }

    [Fact]
    public async Task A_signed_in_visitor_never_gets_the_anonymous_copy()
    {
        using (var anonymous = app.Browser())
        {
            await anonymous.GetStringAsync("/katalog", Ct);
            await anonymous.GetStringAsync("/katalog", Ct);
        }

        using var member = await AccountFlows.SignedInAsync(app, "anggota1@uppka.test");
        using var response = await member.GetAsync("/katalog", Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Null(response.Headers.Age);
        Assert.Contains("href=\"/kelola\"", html);
        Assert.DoesNotContain("href=\"/masuk\"", html);
    }

    [Fact]
    public async Task English_and_Indonesian_are_cached_apart()
    {
        using var indonesian = app.Browser();
        await indonesian.GetStringAsync("/pameran", Ct);
        var cachedIndonesian = await indonesian.GetStringAsync("/pameran", Ct);

        var english = await indonesian.GetStringAsync("/pameran?culture=en-US", Ct);
        var again = await indonesian.GetStringAsync("/pameran", Ct);

        Assert.Contains("lang=\"id\"", cachedIndonesian);
        Assert.Contains("lang=\"en\"", english);
        Assert.Contains("lang=\"id\"", again);
    }
}
