using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using UppkaCatalog.Web.Tests.Support;

namespace UppkaCatalog.Web.Tests.Endpoints;

[Collection(DemoAppCollection.Name)]
public sealed class MediaEndpointTests(AppFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Stored_variant_is_served_with_its_type_and_cached_for_a_year_as_immutable()
    {
        var photo = await app.QueryAsync(db => db.ProductPhotos.AsNoTracking().OrderBy(p => p.Id).FirstAsync(Ct));
        var webp = photo.Variants.First(v => v.Format == "webp");
        using var client = app.Browser();

        using var response = await client.GetAsync("/media/" + webp.Key, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/webp", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
        var bytes = await response.Content.ReadAsByteArrayAsync(Ct);
        Assert.Equal(webp.Bytes, bytes.Length);
        Assert.Equal("RIFF"u8.ToArray(), bytes[..4]);
        Assert.Equal("WEBP"u8.ToArray(), bytes[8..12]);
    }

    [Fact]
    public async Task Stored_variant_is_served_with_the_headers_every_store_gives_and_revalidates_with_its_ETag()
    {
        var photo = await app.QueryAsync(db => db.ProductPhotos.AsNoTracking().OrderBy(p => p.Id).FirstAsync(Ct));
        var jpg = photo.Variants.First(v => v.Format == "jpg");
        using var client = app.Browser();

        using var response = await client.GetAsync("/media/" + jpg.Key, Ct);

        Assert.Equal(MediaHeaders.Expected(jpg.Key, jpg.Bytes), MediaHeaders.Of(response));
        using var conditional = new HttpRequestMessage(HttpMethod.Get, "/media/" + jpg.Key);
        conditional.Headers.IfNoneMatch.Add(response.Headers.ETag!);
        using var notModified = await client.SendAsync(conditional, Ct);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
    }

    [Fact]
    public async Task Stored_JPEG_variant_is_served_as_image_jpeg()
    {
        var photo = await app.QueryAsync(db => db.ProductPhotos.AsNoTracking().OrderBy(p => p.Id).FirstAsync(Ct));
        var jpg = photo.Variants.First(v => v.Format == "jpg");
        using var client = app.Browser();

        using var response = await client.GetAsync("/media/" + jpg.Key, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/jpeg", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/media/..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/media/..%2F..%2Fuppka.db")]
    [InlineData("/media/p/notakey.exe")]
    [InlineData("/media/p/0123456789abcdef0123456789abcdef/320.exe")]
    [InlineData("/media/p/0123456789abcdef0123456789abcdef/320.webp")] // well-formed, never stored
    [InlineData("/media/keys/data-protection.xml")]
    public async Task Anything_but_a_stored_media_key_is_404(string path)
    {
        using var client = app.Browser();

        using var response = await client.GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.NotEqual("public, max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
        Assert.DoesNotContain("root:", await response.Content.ReadAsStringAsync(Ct));
    }

    [Theory]
    [InlineData("/media/../../etc/passwd")]
    [InlineData("/media/../uppka.db")]
    public async Task Dot_dot_path_sent_raw_is_404(string path)
    {
        // HttpClient folds "/media/../.." before sending, so the path is put on the request directly.
        var context = await app.Server.SendAsync(c =>
        {
            c.Request.Method = "GET";
            c.Request.Path = path;
        }, Ct);

        Assert.Equal(StatusCodes.Status404NotFound, context.Response.StatusCode);
        Assert.NotEqual("public, max-age=31536000, immutable", context.Response.Headers.CacheControl.ToString());
    }
}
