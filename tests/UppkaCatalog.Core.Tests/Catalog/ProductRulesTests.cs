using UppkaCatalog.Core.Catalog;

namespace UppkaCatalog.Core.Tests.Catalog;

/// <summary>The listing rules themselves: what a draft may hold, what submitting needs, and how input is cleaned.</summary>
public sealed class ProductRulesTests
{
    [Theory]
    [InlineData(1L, true)]
    [InlineData(25_000L, true)]
    [InlineData(ProductRules.MaxPrice, true)]
    [InlineData(0L, false)]
    [InlineData(-5_000L, false)]
    [InlineData(ProductRules.MaxPrice + 1, false)]
    public void Price_is_whole_rupiah_between_1_and_a_billion(long price, bool ok)
    {
        var errors = ProductRules.CheckDraft(new ProductInput { Name = "Harga", Price = price });

        Assert.Equal(ok, !errors.ContainsKey("price"));
        if (!ok) Assert.Contains("Rp 1.000.000.000", errors["price"]);
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(90, true)]
    [InlineData(91, false)]
    public void Pre_order_needs_1_to_90_days(int? days, bool ok)
    {
        var errors = ProductRules.CheckDraft(new ProductInput { Name = "Pesanan", Availability = Availability.PreOrder, PreOrderDays = days });

        Assert.Equal(ok, !errors.ContainsKey("preOrderDays"));
    }

    [Fact]
    public void Days_are_ignored_and_dropped_unless_the_product_is_a_pre_order()
    {
        var input = new ProductInput { Name = "Siap", Availability = Availability.Ready, PreOrderDays = 500 };

        Assert.Empty(ProductRules.CheckDraft(input));
        Assert.Null(ProductRules.Normalize(input).PreOrderDays);
        Assert.Equal(7, ProductRules.Normalize(new ProductInput { Availability = Availability.PreOrder, PreOrderDays = 7 }).PreOrderDays);
    }

    [Fact]
    public void An_undefined_availability_or_a_minimum_order_below_1_is_refused()
    {
        var errors = ProductRules.CheckDraft(new ProductInput { Name = "Aneh", Availability = (Availability)9, MinimumOrder = 0 });

        Assert.Equal(["availability", "minimumOrder"], errors.Keys.Order());
    }

    [Theory]
    [InlineData("https://shopee.co.id/keripik-pisang", true)]
    [InlineData("http://tokopedia.com/uppka/keripik", true)]
    [InlineData("javascript:alert(document.cookie)", false)]
    [InlineData("JAVASCRIPT://shopee.co.id/%0aalert(1)", false)]
    [InlineData("ftp://shopee.co.id/keripik", false)]
    [InlineData("data:text/html,<script>alert(1)</script>", false)]
    [InlineData("shopee.co.id", false)]
    [InlineData("//shopee.co.id/keripik", false)]
    [InlineData("/produk/keripik", false)]
    [InlineData("https://", false)]
    [InlineData("", false)]
    public void Marketplace_links_must_be_absolute_http_or_https(string url, bool ok)
    {
        var errors = ProductRules.CheckDraft(new ProductInput { Name = "Tautan", MarketplaceLinks = [new MarketplaceLink("Shopee", url)] });

        Assert.Equal(ok, !errors.ContainsKey("marketplaceLinks[0].url"));
        Assert.False(errors.ContainsKey("marketplaceLinks[0].name"));
    }

    [Fact]
    public void Marketplace_links_need_a_shop_name_a_reasonable_url_and_at_most_six_of_them()
    {
        var longUrl = "https://shopee.co.id/" + new string('a', 500);
        var input = new ProductInput
        {
            Name = "Tautan",
            MarketplaceLinks = [new MarketplaceLink(" ", "https://shopee.co.id/a"), new MarketplaceLink(new string('n', 41), "https://tokopedia.com/b"), new MarketplaceLink("Blibli", longUrl)],
        };

        var errors = ProductRules.CheckDraft(input);

        Assert.Equal(["marketplaceLinks[0].name", "marketplaceLinks[1].name", "marketplaceLinks[2].url"], errors.Keys.Order());
        var seven = new ProductInput { Name = "Banyak", MarketplaceLinks = [.. Enumerable.Range(1, 7).Select(i => new MarketplaceLink($"Toko {i}", $"https://toko{i}.id/"))] };
        Assert.Equal(["marketplaceLinks"], ProductRules.CheckDraft(seven).Keys);
    }

    [Theory]
    [InlineData("name", 120)]
    [InlineData("description", 4000)]
    [InlineData("unit", 30)]
    [InlineData("netContent", 60)]
    [InlineData("packaging", 120)]
    [InlineData("shelfLife", 60)]
    [InlineData("pirtNumber", 40)]
    [InlineData("halalNumber", 40)]
    [InlineData("bpomNumber", 40)]
    public void Text_fields_have_a_length_limit(string field, int max)
    {
        Assert.False(ProductRules.CheckDraft(With(field, new string('a', max))).ContainsKey(field));
        var errors = ProductRules.CheckDraft(With(field, new string('a', max + 1)));
        Assert.Contains($"paling banyak {max}", errors[field]);
    }

    [Fact]
    public void Submitting_needs_category_description_of_20_letters_price_unit_and_a_photo()
    {
        var complete = new ProductInput
        {
            Name = "Lengkap", CategorySlug = "kue-camilan", Description = new string('d', ProductRules.MinDescriptionLength), Price = 1, Unit = "pcs",
        };
        Assert.Empty(ProductRules.CheckSubmit(complete, photoCount: 1));

        complete.Description = " " + new string('d', ProductRules.MinDescriptionLength - 1) + "   ";
        Assert.Equal(["description"], ProductRules.CheckSubmit(complete, photoCount: 1).Keys);
        Assert.Equal(["categorySlug", "description", "photos", "price", "unit"],
            ProductRules.CheckSubmit(new ProductInput { Name = "Kosong" }, photoCount: 0).Keys.Order());
    }

    [Fact]
    public void Normalize_trims_text_and_turns_blanks_into_null()
    {
        var clean = ProductRules.Normalize(new ProductInput
        {
            Name = "  Keripik Pisang  ",
            CategorySlug = " ",
            Description = null,
            Unit = "\tbungkus\n",
            NetContent = "",
            Packaging = "  Standing pouch  ",
            ShelfLife = "   ",
            PirtNumber = " 2061505010123-25 ",
            HalalNumber = " ",
            BpomNumber = null,
            Price = 25_000,
            MinimumOrder = 3,
            MarketplaceLinks = [new MarketplaceLink("  Shopee ", "  https://shopee.co.id/k  "), new MarketplaceLink(" ", " "), new MarketplaceLink(null!, null!)],
        });

        Assert.Equal("Keripik Pisang", clean.Name);
        Assert.Null(clean.CategorySlug);
        Assert.Equal("", clean.Description);
        Assert.Equal("bungkus", clean.Unit);
        Assert.Null(clean.NetContent);
        Assert.Equal("Standing pouch", clean.Packaging);
        Assert.Null(clean.ShelfLife);
        Assert.Equal("2061505010123-25", clean.PirtNumber);
        Assert.Null(clean.HalalNumber);
        Assert.Null(clean.BpomNumber);
        Assert.Equal((25_000L, 3), (clean.Price!.Value, clean.MinimumOrder!.Value));
        Assert.Equal([new MarketplaceLink("Shopee", "https://shopee.co.id/k")], clean.MarketplaceLinks);
    }

    private static ProductInput With(string field, string value)
    {
        var p = new ProductInput { Name = "Panjang" };
        switch (field)
        {
            case "name": p.Name = value; break;
            case "description": p.Description = value; break;
            case "unit": p.Unit = value; break;
            case "netContent": p.NetContent = value; break;
            case "packaging": p.Packaging = value; break;
            case "shelfLife": p.ShelfLife = value; break;
            case "pirtNumber": p.PirtNumber = value; break;
            case "halalNumber": p.HalalNumber = value; break;
            case "bpomNumber": p.BpomNumber = value; break;
            default: throw new ArgumentOutOfRangeException(nameof(field));
        }

        return p;
    }
}
