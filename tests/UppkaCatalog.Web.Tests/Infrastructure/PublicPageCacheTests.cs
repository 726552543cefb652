using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UppkaCatalog.Core.Catalog;
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

    /// <summary>
    /// Cached pages are kept compressed (compression runs inside the output cache): each client must still get the
    /// encoding it asked for, also from the cache — never brotli for a gzip-only client, never bytes for one that
    /// asked for none.
    /// </summary>
    [Fact]
    public async Task A_cached_page_comes_in_the_encoding_each_visitor_asked_for()
    {
        using var client = app.Browser();
        foreach (var round in new[] { "first", "cached" })
        {
            foreach (var encoding in new[] { "br", "gzip", "" })
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, "/katalog");
                if (encoding.Length > 0) request.Headers.AcceptEncoding.ParseAdd(encoding);

                using var response = await client.SendAsync(request, Ct);
                var body = await response.Content.ReadAsByteArrayAsync(Ct);

                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.Equal(encoding, string.Join(",", response.Content.Headers.ContentEncoding));
                if (round == "cached") Assert.True(response.Headers.Age is not null, $"'{encoding}' was not served from the cache");
                var html = System.Text.Encoding.UTF8.GetString(Decode(body, encoding));
                Assert.Contains("<html", html, StringComparison.OrdinalIgnoreCase);
            }
        }
    }

    private static byte[] Decode(byte[] body, string encoding)
    {
        if (encoding.Length == 0) return body;
        using var input = new MemoryStream(body);
        using Stream decoder = encoding == "br"
            ? new System.IO.Compression.BrotliStream(input, System.IO.Compression.CompressionMode.Decompress)
            : new System.IO.Compression.GZipStream(input, System.IO.Compression.CompressionMode.Decompress);
        using var output = new MemoryStream();
        decoder.CopyTo(output);
        return output.ToArray();
    }
}
