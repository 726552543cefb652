using System.Net;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using Microsoft.Extensions.Options;
using UppkaCatalog.Core.Common;

namespace UppkaCatalog.Core.Media;

/// <summary>
/// Media in an S3-compatible bucket (<c>Storage:Media=S3</c>), so every web node reads the same photos. The object key
/// is the media key itself. Reads are proxied by <c>/media/{key}</c> (see MediaEndpoint), so the bucket stays private.
/// </summary>
public sealed class S3MediaStore : IMediaStore, IDisposable
{
    private readonly AmazonS3Client _client;
    private readonly string _bucket;

    public S3MediaStore(IOptions<StorageOptions> options)
    {
        var s3 = options.Value.S3;
        _bucket = s3.Bucket ?? throw new InvalidOperationException("Storage:S3:Bucket is not set.");
        var config = new AmazonS3Config
        {
            ForcePathStyle = s3.ForcePathStyle,
            AuthenticationRegion = s3.Region,
            // The SDK's default (checksums on every request, aws-chunked uploads) is not understood by every
            // S3-compatible server (s3rver, older MinIO); the images are small and written once.
            RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
            ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
            Timeout = TimeSpan.FromSeconds(30),
        };
        if (string.IsNullOrWhiteSpace(s3.ServiceUrl)) config.RegionEndpoint = Amazon.RegionEndpoint.GetBySystemName(s3.Region);
        else config.ServiceURL = s3.ServiceUrl;
        _client = string.IsNullOrEmpty(s3.AccessKey)
            ? new AmazonS3Client(config) // the SDK's own chain: environment, instance role
            : new AmazonS3Client(new BasicAWSCredentials(s3.AccessKey, s3.SecretKey), config);
    }

    /// <summary>
    /// One PUT: S3 makes an object visible whole or not at all, so a reader never sees half an image. Keys are never
    /// reused; like the file store, an existing key is refused (IOException) rather than overwritten: checked first
    /// (s3rver and older servers ignore conditional writes) and asked again with If-None-Match for servers that honour it.
    /// </summary>
    public async Task SaveAsync(string key, ReadOnlyMemory<byte> content, CancellationToken ct = default)
    {
        Check(key);
        if (await ExistsAsync(key, ct)) throw new IOException($"Media key '{key}' already exists in bucket '{_bucket}'.");
        using var body = new MemoryStream(content.ToArray(), writable: false);
        try
        {
            await _client.PutObjectAsync(new PutObjectRequest
            {
                BucketName = _bucket,
                Key = key,
                InputStream = body,
                AutoCloseStream = false,
                ContentType = MediaKey.ContentType(key),
                IfNoneMatch = "*",
                UseChunkEncoding = false,
            }, ct);
        }
        catch (AmazonS3Exception e) when (e.StatusCode is HttpStatusCode.PreconditionFailed or HttpStatusCode.Conflict)
        {
            throw new IOException($"Media key '{key}' already exists in bucket '{_bucket}'.", e);
        }
    }

    /// <summary>
    /// The whole object in memory (the largest rendition is a few hundred KB): the endpoint then answers with a length,
    /// ranges and conditional requests exactly as for a file, and the connection to the store is released at once.
    /// </summary>
    public async Task<Stream?> OpenReadAsync(string key, CancellationToken ct = default)
    {
        Check(key);
        try
        {
            using var response = await _client.GetObjectAsync(_bucket, key, ct);
            var copy = new MemoryStream(response.ContentLength > 0 ? (int)response.ContentLength : 0);
            await response.ResponseStream.CopyToAsync(copy, ct);
            copy.Position = 0;
            return copy;
        }
        catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    /// <summary>Deleting a key that is not there is no error (as for the file store).</summary>
    public async Task DeleteAsync(string key, CancellationToken ct = default)
    {
        Check(key);
        await _client.DeleteObjectAsync(_bucket, key, ct);
    }

    public void Dispose() => _client.Dispose();

    private async Task<bool> ExistsAsync(string key, CancellationToken ct)
    {
        try
        {
            await _client.GetObjectMetadataAsync(_bucket, key, ct);
            return true;
        }
        catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return false;
        }
    }

    private static void Check(string key)
    {
        if (!MediaKey.IsValid(key)) throw new ArgumentException($"Not a media key: '{key}'.", nameof(key));
    }
}
