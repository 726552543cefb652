using UppkaCatalog.Core.Media;

namespace UppkaCatalog.Core.Tests.Media;

public sealed class PhotoViewTests
{
    private static PhotoView View(params int[] widths) => new("alt", widths.Max(), widths.Max(), "#000000",
        widths.SelectMany(w => new[] { new PhotoVariant(w, w, "jpg", $"p/k/{w}.jpg", 1), new PhotoVariant(w, w, "webp", $"p/k/{w}.webp", 1) }).Reverse().ToList());

    [Fact]
    public void SrcSet_lists_one_format_narrowest_first_with_w_descriptors()
    {
        Assert.Equal("/media/p/k/320.webp 320w, /media/p/k/800.webp 800w, /media/p/k/1600.webp 1600w", View(1600, 320, 800).SrcSet("webp"));
        Assert.Equal("/media/p/k/320.jpg 320w, /media/p/k/800.jpg 800w, /media/p/k/1600.jpg 1600w", View(1600, 320, 800).SrcSet("jpg"));
    }

    [Theory]
    [InlineData(320, "/media/p/k/320.jpg")]
    [InlineData(321, "/media/p/k/800.jpg")]
    [InlineData(800, "/media/p/k/800.jpg")]
    [InlineData(1000, "/media/p/k/1600.jpg")]
    [InlineData(5000, "/media/p/k/1600.jpg")]
    public void Fallback_is_the_narrowest_JPEG_at_least_as_wide_or_else_the_widest(int width, string expected)
    {
        Assert.Equal(expected, View(320, 800, 1600).Fallback(width));
    }

    [Fact]
    public void Fallback_without_any_JPEG_is_empty()
    {
        var view = new PhotoView("alt", 320, 320, "#000000", [new PhotoVariant(320, 320, "webp", "p/k/320.webp", 1)]);

        Assert.Equal("", view.Fallback(320));
    }
}
