using Bunit;
using UppkaCatalog.Tests.Shared;
using UppkaCatalog.Web.Components.Shared;
using UppkaCatalog.Web.Tests.Support;

namespace UppkaCatalog.Web.Tests.Components.Shared;

public sealed class ResponsivePictureTests : ComponentTest
{
    private const string Key = "/media/p/0123456789abcdef0123456789abcdef";

    [Fact]
    public void Picture_offers_WebP_first_with_every_width_in_srcset()
    {
        using var _ = new CultureScope("id-ID");

        var cut = Render<ResponsivePicture>(p => p.Add(x => x.Photo, Photo()));

        var source = cut.Find("picture > source");
        Assert.Equal("image/webp", source.GetAttribute("type"));
        Assert.Equal($"{Key}/320.webp 320w, {Key}/800.webp 800w, {Key}/1600.webp 1600w", source.GetAttribute("srcset"));
        Assert.Equal("(max-width: 600px) 50vw, 240px", source.GetAttribute("sizes"));
        var img = cut.Find("picture > img");
        Assert.Equal($"{Key}/320.jpg 320w, {Key}/800.jpg 800w, {Key}/1600.jpg 1600w", img.GetAttribute("srcset"));
        Assert.Equal(source.GetAttribute("sizes"), img.GetAttribute("sizes"));
    }

    [Fact]
    public void Image_reserves_its_space_and_loads_lazily_by_default()
    {
        using var _ = new CultureScope("id-ID");

        var cut = Render<ResponsivePicture>(p => p.Add(x => x.Photo, Photo(width: 1600, height: 1200)));

        var img = cut.Find("img");
        Assert.Equal("1600", img.GetAttribute("width"));
        Assert.Equal("1200", img.GetAttribute("height"));
        Assert.Equal("lazy", img.GetAttribute("loading"));
        Assert.Null(img.GetAttribute("fetchpriority"));
        Assert.Equal($"{Key}/320.jpg", img.GetAttribute("src"));
        Assert.Equal("Keripik pisang dalam kemasan", img.GetAttribute("alt"));
        Assert.Contains("#a0b0c0", img.GetAttribute("style"));
    }

    [Fact]
    public void Eager_image_loads_at_once_with_high_priority()
    {
        using var _ = new CultureScope("id-ID");

        var cut = Render<ResponsivePicture>(p => p.Add(x => x.Photo, Photo()).Add(x => x.Eager, true));

        var img = cut.Find("img");
        Assert.Equal("eager", img.GetAttribute("loading"));
        Assert.Equal("high", img.GetAttribute("fetchpriority"));
    }

    [Fact]
    public void Sizes_alt_and_fallback_width_can_be_set_by_the_page()
    {
        using var _ = new CultureScope("id-ID");

        var cut = Render<ResponsivePicture>(p => p
            .Add(x => x.Photo, Photo())
            .Add(x => x.Sizes, "100vw")
            .Add(x => x.Alt, "")
            .Add(x => x.FallbackWidth, 800));

        var img = cut.Find("img");
        Assert.Equal("100vw", img.GetAttribute("sizes"));
        Assert.Equal("100vw", cut.Find("source").GetAttribute("sizes"));
        Assert.Equal("", img.GetAttribute("alt"));
        Assert.Equal($"{Key}/800.jpg", img.GetAttribute("src"));
    }

    [Theory]
    [InlineData("id-ID", "Belum ada foto")]
    [InlineData("en-US", "No photo yet")]
    public void Missing_photo_shows_a_box_saying_so_in_the_UI_language(string culture, string text)
    {
        using var _ = new CultureScope(culture);

        var cut = Render<ResponsivePicture>(p => p.Add(x => x.Photo, null));

        Assert.Empty(cut.FindAll("picture"));
        Assert.Equal(text, cut.Find(".picture-missing").TextContent);
    }
}
