namespace UppkaCatalog.Core.Common;

/// <summary>Where the app keeps its data (configuration section <c>Storage</c>).</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>Folder for the SQLite file and media. Relative paths are under the content root. Default <c>App_Data</c>.</summary>
    public string DataPath { get; set; } = "App_Data";

    /// <summary>The resolved absolute folder (set at start-up).</summary>
    public string FullDataPath { get; set; } = "";

    /// <summary>
    /// <c>Storage:Media</c>: <c>FileSystem</c> (default: a folder, see <see cref="MediaPath"/>) or <c>S3</c>
    /// (an S3-compatible object store, see <see cref="S3"/>).
    /// </summary>
    public string Media { get; set; } = MediaStoreKinds.FileSystem;

    /// <summary>
    /// <c>Storage:MediaPath</c>: the media folder of the file store. Empty means <c>{DataPath}/media</c>; several nodes
    /// can name one shared (mounted) folder. Relative paths are under the content root. Resolved at start-up into
    /// <see cref="FullMediaPath"/>.
    /// </summary>
    public string? MediaPath { get; set; }

    /// <summary>The resolved absolute media folder; <c>{FullDataPath}/media</c> unless <see cref="MediaPath"/> says otherwise.</summary>
    public string FullMediaPath
    {
        get => string.IsNullOrEmpty(_fullMediaPath) ? Path.Combine(FullDataPath, "media") : _fullMediaPath;
        set => _fullMediaPath = value;
    }

    private string? _fullMediaPath;

    /// <summary><c>Storage:S3</c>: the object store used when <see cref="Media"/> is <c>S3</c>.</summary>
    public S3MediaOptions S3 { get; set; } = new();
}

public static class MediaStoreKinds
{
    public const string FileSystem = "FileSystem";
    public const string S3 = "S3";
}

/// <summary>An S3-compatible object store (AWS S3, MinIO, Garage, s3rver in the tests).</summary>
public sealed class S3MediaOptions
{
    /// <summary>The endpoint, e.g. <c>https://s3.example.id</c>; empty for AWS itself (then <see cref="Region"/> picks it).</summary>
    public string? ServiceUrl { get; set; }

    public string? Bucket { get; set; }

    public string? AccessKey { get; set; }

    public string? SecretKey { get; set; }

    /// <summary>Signing region; most S3-compatible servers accept <c>us-east-1</c>.</summary>
    public string Region { get; set; } = "us-east-1";

    /// <summary><c>http://host/bucket/key</c> rather than <c>http://bucket.host/key</c>: what MinIO and most self-hosted stores need.</summary>
    public bool ForcePathStyle { get; set; } = true;
}
