using Bunit;
using UppkaCatalog.Tests.Shared;
using UppkaCatalog.Web.Components.Shared;
using UppkaCatalog.Web.Tests.Support;

namespace UppkaCatalog.Web.Tests.Components.Shared;

public sealed class ProductCardViewTests : ComponentTest
{
    [Theory]
    [InlineData("id-ID")]
    [InlineData("en-US")]
    [InlineData("")]
    public void Price_is_written_in_rupiah_with_dot_thousands_in_every_UI_language(string culture)
    {
        using var _ = new CultureScope(culture);

        var cut = Render<ProductCardView>(p => p.Add(x => x.Product, Card(price: 25_000)));

        Assert.Equal("Rp 25.000", cut.Find(".product-card__price span").TextContent);
        Assert.Contains("/ bungkus", cut.Find(".product-card__price").TextContent);
    }

    [Fact]
    public void Card_links_to_the_product_page_by_slug()
    {
        using var _ = new CultureScope("id-ID");

        var cut = Render<ProductCardView>(p => p.Add(x => x.Product, Card()));

        var link = cut.Find("a.product-card__link");
        Assert.Equal("/produk/keripik-pisang-melati", link.GetAttribute("href"));
        Assert.Equal("Keripik Pisang Manis", link.QuerySelector("h3")!.TextContent);
    }

    [Fact]
    public void Card_names_the_group_and_the_regency_without_the_word_Kabupaten()
    {
        using var _ = new CultureScope("id-ID");

        var cut = Render<ProductCardView>(p => p.Add(x => x.Product, Card()));

        Assert.Equal("UPPKA Melati · Muaro Jambi", cut.Find(".product-card__group").TextContent);
    }

    [Fact]
    public void Lower_exhibition_price_is_shown_with_the_regular_price_struck_through()
    {
        using var _ = new CultureScope("id-ID");

        var cut = Render<ProductCardView>(p => p
            .Add(x => x.Product, Card(price: 25_000))
            .Add(x => x.ExhibitionPrice, 20_000L));

        Assert.Equal("Rp 20.000", cut.Find(".price-special").TextContent);
        var was = cut.Find("s.price-was");
        Assert.Equal("Rp 25.000", was.TextContent);
        Assert.Equal("Harga biasa", was.GetAttribute("aria-label"));
    }

    [Theory]
    [InlineData(25_000L)]
    [InlineData(30_000L)]
    public void Exhibition_price_that_is_not_lower_shows_only_the_regular_price(long exhibitionPrice)
    {
        using var _ = new CultureScope("id-ID");

        var cut = Render<ProductCardView>(p => p
            .Add(x => x.Product, Card(price: 25_000))
            .Add(x => x.ExhibitionPrice, exhibitionPrice));

        Assert.Empty(cut.FindAll("s"));
        Assert.Empty(cut.FindAll(".price-special"));
        Assert.Equal("Rp 25.000", cut.Find(".product-card__price span").TextContent);
    }

    [Fact]
    public void Card_shows_the_cover_photo_or_a_no_photo_box()
    {
        using var _ = new CultureScope("id-ID");

        var withPhoto = Render<ProductCardView>(p => p.Add(x => x.Product, Card(cover: Photo())));
        var without = Render<ProductCardView>(p => p.Add(x => x.Product, Card(cover: null)));

        Assert.Single(withPhoto.FindAll("picture"));
        // The card's heading names the product: the image is decoration there.
        Assert.Equal("", withPhoto.Find("img").GetAttribute("alt"));
        Assert.Empty(without.FindAll("picture"));
        Assert.Equal("Belum ada foto", without.Find(".picture-missing").TextContent);
    }
}
