using Microsoft.Extensions.Options;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Media;
using UppkaCatalog.Core.Tests.Support;
using UppkaCatalog.Tests.Shared;

namespace UppkaCatalog.Core.Tests.Media;

public sealed class PhotoStorageTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly FileSystemMediaStore _store;
    private readonly PhotoStorage _photos;

    public PhotoStorageTests()
    {
        _store = new FileSystemMediaStore(Options.Create(new StorageOptions { FullDataPath = _folder.Path }));
        _photos = new PhotoStorage(_store);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task SaveAsync_writes_every_variant_under_one_new_key_and_DeleteAsync_removes_them()
    {
        using var upload = new MemoryStream(TestImages.Jpeg(400, 300));
        var image = new ImagePipeline().Process(upload);
        Assert.True(image.Variants.Count >= 4, "expected two widths, each in WebP and JPEG");

        var (storageKey, variants) = await _photos.SaveAsync(image, "p", Ct);

        Assert.Matches("^p/[0-9a-f]{32}$", storageKey);
        Assert.Equal(image.Variants.Count, variants.Count);
        foreach (var (stored, encoded) in variants.Zip(image.Variants))
        {
            Assert.Equal($"{storageKey}/{encoded.Width}.{encoded.Format}", stored.Key);
            Assert.True(MediaKey.IsValid(stored.Key));
            Assert.Equal((encoded.Width, encoded.Height, encoded.Format, (long)encoded.Bytes.Length),
                (stored.Width, stored.Height, stored.Format, stored.Bytes));
            var file = Path.Combine(_folder.Path, "media", stored.Key);
            Assert.Equal(encoded.Bytes, await File.ReadAllBytesAsync(file, Ct));
        }

        await _photos.DeleteAsync(variants, Ct);

        foreach (var v in variants) Assert.Null(await _store.OpenReadAsync(v.Key, Ct));
        Assert.False(Directory.Exists(Path.Combine(_folder.Path, "media", storageKey)));
    }

    [Fact]
    public async Task Two_saves_of_the_same_image_get_different_keys()
    {
        using var upload = new MemoryStream(TestImages.Jpeg(320, 240));
        var image = new ImagePipeline().Process(upload);

        var first = await _photos.SaveAsync(image, "p", Ct);
        var second = await _photos.SaveAsync(image, "p", Ct);

        Assert.NotEqual(first.StorageKey, second.StorageKey);
        Assert.Equal(2 * image.Variants.Count, Directory.GetFiles(Path.Combine(_folder.Path, "media"), "*", SearchOption.AllDirectories).Length);
    }

    [Fact]
    public async Task SaveAsync_that_fails_part_way_leaves_no_file_behind()
    {
        using var upload = new MemoryStream(TestImages.Jpeg(400, 300));
        var good = new ImagePipeline().Process(upload);
        // A variant whose key the store refuses: the ones written before it must be removed again.
        var broken = good with { Variants = [.. good.Variants, new EncodedVariant(400, 300, "exe", [1])] };

        await Assert.ThrowsAsync<ArgumentException>(() => _photos.SaveAsync(broken, "p", Ct));

        Assert.Empty(Directory.GetFiles(Path.Combine(_folder.Path, "media"), "*", SearchOption.AllDirectories));
    }
}
