using Microsoft.Extensions.Options;
using UppkaCatalog.Core.Common;

namespace UppkaCatalog.Core.Media;

/// <summary>
/// Media in a folder: <c>{Storage:DataPath}/media</c> on the local disk (the one-machine default), or a shared folder
/// every node mounts (<c>Storage:MediaPath</c>).
/// </summary>
public sealed class FileSystemMediaStore(IOptions<StorageOptions> options) : IMediaStore
{
    private readonly string _root = options.Value.FullMediaPath;

    public async Task SaveAsync(string key, ReadOnlyMemory<byte> content, CancellationToken ct = default)
    {
        var path = PathFor(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        // Write beside the target, then rename: a crash leaves a stray temp file, never a torn image.
        var temp = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            await using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 16384, useAsync: true))
            {
                await file.WriteAsync(content, ct);
                await file.FlushAsync(ct);
            }

            File.Move(temp, path, overwrite: false);
        }
        catch
        {
            File.Delete(temp);
            throw;
        }
    }

    public Task<Stream?> OpenReadAsync(string key, CancellationToken ct = default)
    {
        var path = PathFor(key);
        return Task.FromResult<Stream?>(File.Exists(path) ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 16384, useAsync: true) : null);
    }

    public Task DeleteAsync(string key, CancellationToken ct = default)
    {
        var path = PathFor(key);
        File.Delete(path);
        var dir = Path.GetDirectoryName(path)!;
        if (Directory.Exists(dir) && !Directory.EnumerateFileSystemEntries(dir).Any()) Directory.Delete(dir);
        return Task.CompletedTask;
    }

    private string PathFor(string key)
    {
        if (!MediaKey.IsValid(key)) throw new ArgumentException($"Not a media key: '{key}'.", nameof(key));
        return Path.Combine(_root, key.Replace('/', Path.DirectorySeparatorChar));
    }
}
