using UppkaCatalog.Core.Media;

namespace UppkaCatalog.Core.Tests.Media;

public sealed class MediaKeyTests
{
    [Theory]
    [InlineData("p/0123456789abcdef0123456789abcdef/320.webp")]
    [InlineData("p/0123456789abcdef0123456789abcdef/1600.jpg")]
    [InlineData("logo/0123456789abcdef0123456789abcdef/200.png")]
    public void Keys_the_app_makes_are_valid(string key)
    {
        Assert.True(MediaKey.IsValid(key));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("../x")]
    [InlineData("/etc/passwd")]
    [InlineData("p/abc/1.exe")]
    [InlineData("p/0123456789abcdef0123456789abcdef/320.webp/")]
    [InlineData("p/0123456789abcdef0123456789abcdef/320.webp\n")]
    [InlineData("p//0123456789abcdef0123456789abcdef/320.webp")]
    [InlineData("toolongkind/0123456789abcdef0123456789abcdef/320.webp")]
    public void Anything_else_is_invalid(string? key)
    {
        Assert.False(MediaKey.IsValid(key));
    }

    [Theory]
    [InlineData("p/0123456789abcdef0123456789abcdef/320.webp", "image/webp")]
    [InlineData("p/0123456789abcdef0123456789abcdef/320.jpg", "image/jpeg")]
    [InlineData("p/0123456789abcdef0123456789abcdef/320.png", "image/png")]
    [InlineData("x.bin", "application/octet-stream")]
    public void Content_type_follows_the_extension(string key, string contentType)
    {
        Assert.Equal(contentType, MediaKey.ContentType(key));
    }
}
