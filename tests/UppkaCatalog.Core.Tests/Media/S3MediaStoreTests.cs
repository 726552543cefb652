using Amazon.S3.Model;
using Microsoft.Extensions.Options;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Media;
using UppkaCatalog.Tests.Shared;

namespace UppkaCatalog.Core.Tests.Media;

/// <summary>The contract (<see cref="MediaStoreContract"/>) on a real S3 protocol server (s3rver), a new bucket per test.</summary>
public sealed class S3MediaStoreTests(S3rver s3) : MediaStoreContract, IClassFixture<S3rver>, IAsyncLifetime, IDisposable
{
    private string _bucket = "";
    private S3MediaStore? _store;

    protected override IMediaStore Store => _store!;

    public async ValueTask InitializeAsync()
    {
        _bucket = await s3.CreateBucketAsync();
        _store = new S3MediaStore(Options.Create(StoreOptions(_bucket)));
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    public void Dispose() => _store?.Dispose();

    protected override async Task<int> CountStoredAsync()
    {
        using var client = s3.Client();
        var listing = await client.ListObjectsV2Async(new ListObjectsV2Request { BucketName = _bucket }, Ct);
        return listing.S3Objects?.Count ?? 0;
    }

    [Fact]
    public async Task Objects_are_stored_under_the_media_key_with_its_content_type()
    {
        var key = NewKey("480.jpg");

        await Store.SaveAsync(key, new byte[] { 0xFF, 0xD8, 0xFF }, Ct);

        using var client = s3.Client();
        var meta = await client.GetObjectMetadataAsync(_bucket, key, Ct);
        Assert.Equal("image/jpeg", meta.Headers.ContentType);
        Assert.Equal(3, meta.ContentLength);
    }

    [Fact]
    public async Task A_bucket_that_does_not_exist_fails_loudly_rather_than_reading_as_missing()
    {
        using var store = new S3MediaStore(Options.Create(StoreOptions("no-such-bucket-" + Guid.NewGuid().ToString("N")[..8])));

        await Assert.ThrowsAnyAsync<Amazon.S3.AmazonS3Exception>(() => store.SaveAsync(NewKey(), new byte[] { 1 }, Ct));
    }

    private StorageOptions StoreOptions(string bucket) => new()
    {
        Media = MediaStoreKinds.S3,
        S3 = new S3MediaOptions { ServiceUrl = s3.ServiceUrl, Bucket = bucket, AccessKey = S3rver.AccessKey, SecretKey = S3rver.SecretKey, ForcePathStyle = true },
    };
}
