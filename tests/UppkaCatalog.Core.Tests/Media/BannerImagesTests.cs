using Microsoft.Extensions.Options;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Media;
using UppkaCatalog.Core.Tests.Support;
using UppkaCatalog.Tests.Shared;

namespace UppkaCatalog.Core.Tests.Media;

public sealed class BannerImagesTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly FileSystemMediaStore _store;
    private readonly BannerImages _banners;

    public BannerImagesTests()
    {
        _store = new FileSystemMediaStore(Options.Create(new StorageOptions { FullDataPath = _folder.Path }));
        _banners = new BannerImages(new ImagePipeline(), new PhotoStorage(_store), _store);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _folder.Dispose();

    private string MediaFile(string key) => Path.Combine(_folder.Path, "media", key);

    [Theory]
    [InlineData(1000, 400, 1000)]
    [InlineData(2400, 800, 1599)] // the resizer rounds a 3:1 picture to 1599 × 533 (and 480 to 479): the descriptor must say so
    public async Task StoreAsync_names_exactly_the_renditions_written_and_DeleteAsync_removes_them(int width, int height, int largest)
    {
        using var upload = new MemoryStream(TestImages.Jpeg(width, height));

        var descriptor = await _banners.StoreAsync(upload, Ct);

        var view = BannerImages.View(descriptor, "Spanduk");
        Assert.NotNull(view);
        var written = Directory.EnumerateFiles(Path.GetDirectoryName(MediaFile(view.Variants[0].Key))!)
            .Select(f => "b/" + Path.GetRelativePath(Path.Combine(_folder.Path, "media", "b"), f).Replace('\\', '/')).Order();
        Assert.Equal(written, view.Variants.Select(v => v.Key).Order());
        Assert.Equal(8, view.Variants.Count); // four widths, each WebP and JPEG
        Assert.Equal(largest, view.Width);
        Assert.Matches("^#[0-9a-f]{6}$", view.PlaceholderColor);
        foreach (var v in view.Variants)
        {
            Assert.True(MediaKey.IsValid(v.Key), v.Key);
            Assert.True(File.Exists(MediaFile(v.Key)), "missing " + v.Key);
        }

        await _banners.DeleteAsync(descriptor, Ct);
        Assert.All(view.Variants, v => Assert.False(File.Exists(MediaFile(v.Key)), "left behind " + v.Key));
    }

    [Fact]
    public async Task A_narrow_picture_is_refused_with_a_message_naming_the_minimum_and_nothing_is_stored()
    {
        using var upload = new MemoryStream(TestImages.Jpeg(640, 480));

        var e = await Assert.ThrowsAsync<ValidationException>(() => _banners.StoreAsync(upload, Ct));

        Assert.Equal("banner", Assert.Single(e.Errors).Key);
        Assert.Contains("800 piksel", e.Message);
        Assert.False(Directory.Exists(Path.Combine(_folder.Path, "media", "b")) && Directory.EnumerateFiles(Path.Combine(_folder.Path, "media", "b"), "*", SearchOption.AllDirectories).Any());
    }

    [Fact]
    public async Task A_file_that_is_not_an_image_is_refused_on_the_banner_field()
    {
        using var upload = new MemoryStream("<svg onload=alert(1)>"u8.ToArray());

        var e = await Assert.ThrowsAsync<ValidationException>(() => _banners.StoreAsync(upload, Ct));

        Assert.Equal("banner", Assert.Single(e.Errors).Key);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("p/0123456789abcdef0123456789abcdef/800x300/aabbcc/320-800")]
    [InlineData("b/../../etc/passwd/800x300/aabbcc")]
    [InlineData("b/0123456789abcdef0123456789abcdef/800y300/aabbcc/320-800")]
    [InlineData("b/0123456789abcdef0123456789abcdef/-800x300/aabbcc/320-800")]
    [InlineData("b/0123456789abcdef0123456789abcdef/800x300/aabbcc")]
    [InlineData("b/0123456789abcdef0123456789abcdef/800x300/aabbcc/320-x")]
    [InlineData("b/0123456789abcdef0123456789abcdef/800x300/aabbcc/320-900")]
    [InlineData("b/0123456789abcdef0123456789abcdef/800x300/\"><script>/320")]
    public void View_of_a_missing_or_malformed_descriptor_is_null(string? descriptor) =>
        Assert.Null(BannerImages.View(descriptor, "x"));
}
