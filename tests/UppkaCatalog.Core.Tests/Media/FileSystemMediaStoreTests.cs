using Microsoft.Extensions.Options;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Media;
using UppkaCatalog.Core.Tests.Support;

namespace UppkaCatalog.Core.Tests.Media;

/// <summary>The contract (<see cref="MediaStoreContract"/>) on a folder, plus what only a folder can show.</summary>
public sealed class FileSystemMediaStoreTests : MediaStoreContract, IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly FileSystemMediaStore _store;

    public FileSystemMediaStoreTests() =>
        _store = new FileSystemMediaStore(Options.Create(new StorageOptions { FullDataPath = _folder.Path }));

    protected override IMediaStore Store => _store;

    protected override Task<int> CountStoredAsync() =>
        Task.FromResult(Directory.GetFiles(_folder.Path, "*", SearchOption.AllDirectories).Length);

    private string MediaRoot => Path.Combine(_folder.Path, "media");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Saved_bytes_land_in_a_file_under_the_media_folder_with_no_temp_file_left()
    {
        var key = NewKey();

        await _store.SaveAsync(key, new byte[] { 1, 2, 3 }, Ct);

        var file = Path.Combine(MediaRoot, key);
        // Written beside the target and renamed: no temp file is left behind.
        Assert.Equal([file], Directory.GetFiles(Path.GetDirectoryName(file)!));
    }

    [Fact]
    public async Task A_configured_media_path_is_used_instead_of_the_data_folder()
    {
        var shared = Path.Combine(_folder.Path, "shared-media");
        var store = new FileSystemMediaStore(Options.Create(new StorageOptions { FullDataPath = Path.Combine(_folder.Path, "data"), FullMediaPath = shared }));
        var key = NewKey();

        await store.SaveAsync(key, new byte[] { 7 }, Ct);

        Assert.Equal([7], await File.ReadAllBytesAsync(Path.Combine(shared, key), Ct));
        Assert.False(Directory.Exists(Path.Combine(_folder.Path, "data")));
    }

    [Fact]
    public async Task Deleting_the_last_file_of_a_folder_removes_the_folder()
    {
        var folder = $"p/{Guid.NewGuid():N}";
        await _store.SaveAsync($"{folder}/320.webp", new byte[] { 1 }, Ct);
        await _store.SaveAsync($"{folder}/320.jpg", new byte[] { 2 }, Ct);

        await _store.DeleteAsync($"{folder}/320.webp", Ct);
        Assert.True(Directory.Exists(Path.Combine(MediaRoot, folder)), "the folder still holds the JPEG");

        await _store.DeleteAsync($"{folder}/320.jpg", Ct);
        Assert.False(Directory.Exists(Path.Combine(MediaRoot, folder)));
    }
}
