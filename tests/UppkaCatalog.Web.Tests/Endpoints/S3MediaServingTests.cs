using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using UppkaCatalog.Tests.Shared;
using UppkaCatalog.Web.Tests.Support;
using static UppkaCatalog.Web.Tests.Endpoints.Api.Api;

namespace UppkaCatalog.Web.Tests.Endpoints;

/// <summary>The real app with <c>Storage:Media=S3</c> against s3rver: demo seed, uploads and <c>/media/{key}</c> all through the bucket.</summary>
public sealed class S3AppFactory : AppFactory, IAsyncLifetime
{
    public S3rver S3 { get; } = new();

    public string Bucket { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        await S3.InitializeAsync();
        Bucket = await S3.CreateBucketAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var (key, value) in S3.Settings(Bucket)) builder.UseSetting(key, value);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await S3.DisposeAsync();
    }
}

public sealed class S3MediaServingTests(S3AppFactory app) : IClassFixture<S3AppFactory>
{
    [Fact]
    public async Task A_members_photo_goes_through_the_pipeline_into_the_bucket_and_is_served_with_the_file_stores_headers()
    {
        using var member = await SignedInAsync(app, Member(6));
        var id = (await CreateAsync(member, new { name = UniqueName("Produk foto S3") })).GetProperty("id").GetInt32();

        using var upload = await UploadAsync(member, id, TestImages.PhoneJpegWithGps(900, 600, upright: false), "s3.jpg");

        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        var photo = await JsonAsync(upload);
        var keys = photo.GetProperty("variants").EnumerateArray()
            .Select(v => new Uri(v.GetProperty("url").GetString()!, UriKind.RelativeOrAbsolute))
            .Select(u => (u.IsAbsoluteUri ? u.AbsolutePath : u.OriginalString)["/media/".Length..]).ToList();
        Assert.True(keys.Count >= 4, "expected WebP and JPEG at two widths or more");
        using var s3 = app.S3.Client();
        // Nothing of it on the local disk: the node keeps no media of its own.
        Assert.Empty(Directory.GetFiles(Path.Combine(app.DataPath, "media"), "*", SearchOption.AllDirectories));
        using var anonymous = Anonymous(app);
        foreach (var key in keys)
        {
            using var stored = await s3.GetObjectAsync(app.Bucket, key, Ct);
            using var bytes = new MemoryStream();
            await stored.ResponseStream.CopyToAsync(bytes, Ct);

            using var served = await anonymous.GetAsync("/media/" + key, Ct);

            Assert.Equal(MediaHeaders.Expected(key, bytes.Length), MediaHeaders.Of(served));
            Assert.Equal(bytes.ToArray(), await served.Content.ReadAsByteArrayAsync(Ct));
        }

        // A revalidation with the ETag is a 304, as from a folder.
        using var conditional = new HttpRequestMessage(HttpMethod.Get, "/media/" + keys[0]);
        conditional.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Parse($"\"{keys[0].Replace('/', '-')}\""));
        using var notModified = await anonymous.SendAsync(conditional, Ct);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);

        using var deleted = await member.DeleteAsync($"/api/v1/products/{id}/photos/{photo.GetProperty("id").GetInt32()}", Ct);

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        foreach (var key in keys)
        {
            using var gone = await anonymous.GetAsync("/media/" + key, Ct);
            Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
            Assert.NotEqual("public, max-age=31536000, immutable", gone.Headers.CacheControl?.ToString());
        }
    }

    [Fact]
    public async Task The_demo_seed_wrote_its_photos_to_the_bucket_and_a_never_stored_key_is_a_bare_404()
    {
        using var s3 = app.S3.Client();
        _ = app.Server;

        var listing = await s3.ListObjectsV2Async(new Amazon.S3.Model.ListObjectsV2Request { BucketName = app.Bucket }, Ct);

        Assert.Contains(listing.S3Objects ?? [], o => o.Key.EndsWith(".webp", StringComparison.Ordinal));
        using var anonymous = Anonymous(app);
        using var missing = await anonymous.GetAsync($"/media/p/{Guid.NewGuid():N}/320.webp", Ct);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(0, missing.Content.Headers.ContentLength ?? 0);
    }
}
