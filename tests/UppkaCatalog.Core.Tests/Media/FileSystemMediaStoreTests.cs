using Microsoft.Extensions.Options;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Media;
using UppkaCatalog.Core.Tests.Support;

namespace UppkaCatalog.Core.Tests.Media;

public sealed class FileSystemMediaStoreTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly FileSystemMediaStore _store;

    public FileSystemMediaStoreTests() =>
        _store = new FileSystemMediaStore(Options.Create(new StorageOptions { FullDataPath = _folder.Path }));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private string MediaRoot => Path.Combine(_folder.Path, "media");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Saved_bytes_are_read_back_from_a_file_under_the_media_folder()
    {
        var key = $"p/{Guid.NewGuid():N}/320.webp";
        byte[] content = [1, 2, 3, 4, 5];

        await _store.SaveAsync(key, content, Ct);

        var file = Path.Combine(MediaRoot, key);
        Assert.True(File.Exists(file));
        await using var stream = _store.OpenRead(key);
        Assert.NotNull(stream);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy, Ct);
        Assert.Equal(content, copy.ToArray());
        // Written beside the target and renamed: no temp file is left behind.
        Assert.Equal([file], Directory.GetFiles(Path.GetDirectoryName(file)!));
    }

    [Fact]
    public void Opening_a_key_that_was_never_saved_gives_null()
    {
        Assert.Null(_store.OpenRead($"p/{Guid.NewGuid():N}/320.jpg"));
    }

    [Fact]
    public async Task Saving_over_an_existing_key_is_refused_and_keeps_the_first_file()
    {
        var key = $"p/{Guid.NewGuid():N}/800.jpg";
        await _store.SaveAsync(key, new byte[] { 1 }, Ct);

        await Assert.ThrowsAnyAsync<IOException>(() => _store.SaveAsync(key, new byte[] { 2 }, Ct));

        Assert.Equal([1], await File.ReadAllBytesAsync(Path.Combine(MediaRoot, key), Ct));
        Assert.Single(Directory.GetFiles(Path.Combine(MediaRoot, Path.GetDirectoryName(key)!)));
    }

    [Fact]
    public async Task Deleting_removes_the_file_and_the_emptied_folder()
    {
        var folder = $"p/{Guid.NewGuid():N}";
        await _store.SaveAsync($"{folder}/320.webp", new byte[] { 1 }, Ct);
        await _store.SaveAsync($"{folder}/320.jpg", new byte[] { 2 }, Ct);

        await _store.DeleteAsync($"{folder}/320.webp", Ct);

        Assert.Null(_store.OpenRead($"{folder}/320.webp"));
        Assert.True(Directory.Exists(Path.Combine(MediaRoot, folder)), "the folder still holds the JPEG");

        await _store.DeleteAsync($"{folder}/320.jpg", Ct);

        Assert.False(Directory.Exists(Path.Combine(MediaRoot, folder)));
    }

    [Theory]
    [InlineData("../x")]
    [InlineData("../../etc/passwd")]
    [InlineData("/etc/passwd")]
    [InlineData("p/abc/1.exe")]
    [InlineData("p/0123456789abcdef0123456789abcdef/1.exe")]
    [InlineData("p/0123456789abcdef0123456789abcdef/../../../x.jpg")]
    [InlineData("p/0123456789ABCDEF0123456789ABCDEF/320.jpg")]
    [InlineData("p\\0123456789abcdef0123456789abcdef\\320.jpg")]
    [InlineData("p/0123456789abcdef0123456789abcdef/320.jpg\n")]
    [InlineData("")]
    public async Task Keys_the_app_does_not_make_are_refused_for_every_operation(string key)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => _store.SaveAsync(key, new byte[] { 1 }, Ct));
        Assert.Throws<ArgumentException>(() => _store.OpenRead(key));
        await Assert.ThrowsAsync<ArgumentException>(() => _store.DeleteAsync(key, Ct));
        Assert.Empty(Directory.GetFiles(_folder.Path, "*", SearchOption.AllDirectories));
    }
}
