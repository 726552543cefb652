using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Data;

namespace UppkaCatalog.Core.Media;

/// <summary>
/// Chooses and checks the media store at start-up (<c>Storage:Media</c>): a folder (default <c>{Storage:DataPath}/media</c>,
/// or a shared <c>Storage:MediaPath</c>) or an S3-compatible bucket. Configuration that cannot work throws
/// <see cref="DatabaseSetup.ConfigurationProblem"/>: start-up stops with one line naming the setting.
/// </summary>
public static class MediaStoreSetup
{
    public static IServiceCollection AddMediaStore(this IServiceCollection services, IConfiguration configuration, string dataPath)
    {
        var kind = KindOf(configuration);
        if (kind == MediaStoreKinds.S3)
        {
            CheckS3(configuration);
            services.AddSingleton<IMediaStore, S3MediaStore>();
            return services;
        }

        var mediaPath = ResolveMediaPath(configuration, dataPath);
        services.PostConfigure<StorageOptions>(o => o.FullMediaPath = mediaPath);
        services.AddSingleton<IMediaStore, FileSystemMediaStore>();
        return services;
    }

    /// <summary><c>Storage:Media</c>, case-insensitively; anything but <c>FileSystem</c> or <c>S3</c> is refused.</summary>
    public static string KindOf(IConfiguration configuration)
    {
        var configured = configuration[$"{StorageOptions.Section}:Media"];
        if (string.IsNullOrWhiteSpace(configured) || configured.Equals(MediaStoreKinds.FileSystem, StringComparison.OrdinalIgnoreCase)) return MediaStoreKinds.FileSystem;
        if (configured.Equals(MediaStoreKinds.S3, StringComparison.OrdinalIgnoreCase)) return MediaStoreKinds.S3;
        throw new DatabaseSetup.ConfigurationProblem($"Storage:Media '{configured}' is not a media store. Use FileSystem (the default, a folder) or S3.");
    }

    /// <summary>
    /// The absolute folder <c>Storage:MediaPath</c> names (relative paths are under the data folder; empty is
    /// <c>{dataPath}/media</c>), without creating it (backups read it).
    /// </summary>
    public static string MediaPathOf(IConfiguration configuration, string dataPath)
    {
        var configured = configuration[$"{StorageOptions.Section}:MediaPath"];
        return Path.GetFullPath(string.IsNullOrWhiteSpace(configured) ? "media" : configured, dataPath);
    }

    /// <summary>Resolves <c>Storage:MediaPath</c> and proves it is writable (by writing a probe file), as for the data folder.</summary>
    public static string ResolveMediaPath(IConfiguration configuration, string dataPath)
    {
        var full = MediaPathOf(configuration, dataPath);
        try
        {
            Directory.CreateDirectory(full);
            var probe = Path.Combine(full, $".write-probe-{Guid.NewGuid():N}");
            File.WriteAllText(probe, "ok");
            File.Delete(probe);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new DatabaseSetup.ConfigurationProblem($"Storage:MediaPath '{full}' is not a writable folder ({e.Message}). Set Storage:MediaPath (or the environment variable Storage__MediaPath) to a folder every node can write, or leave it empty for {{Storage:DataPath}}/media.");
        }

        return full;
    }

    private static void CheckS3(IConfiguration configuration)
    {
        var s3 = configuration.GetSection($"{StorageOptions.Section}:S3");
        if (string.IsNullOrWhiteSpace(s3["Bucket"]))
        {
            throw new DatabaseSetup.ConfigurationProblem("Storage:S3:Bucket is not set, but Storage:Media is S3. Name the bucket (Storage__S3__Bucket), or leave Storage:Media empty for media in a folder.");
        }

        var url = s3["ServiceUrl"];
        if (!string.IsNullOrWhiteSpace(url) && (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
        {
            throw new DatabaseSetup.ConfigurationProblem($"Storage:S3:ServiceUrl '{url}' is not an http(s) address. Use e.g. https://s3.example.id, or leave it empty for AWS S3 in Storage:S3:Region.");
        }

        if (string.IsNullOrEmpty(s3["AccessKey"]) != string.IsNullOrEmpty(s3["SecretKey"]))
        {
            throw new DatabaseSetup.ConfigurationProblem("Storage:S3:AccessKey and Storage:S3:SecretKey go together: set both, or neither (then the SDK's own credentials chain is used).");
        }

        if (!bool.TryParse(s3["ForcePathStyle"] ?? "true", out _))
        {
            throw new DatabaseSetup.ConfigurationProblem($"Storage:S3:ForcePathStyle '{s3["ForcePathStyle"]}' is not true or false.");
        }
    }
}
