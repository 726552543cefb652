using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Catalog.Labels;
using UppkaCatalog.Core.Groups;

namespace UppkaCatalog.Core.Tests.Catalog.Labels;

/// <summary>The checklist as a function of the fields and ticks: which list, which items, what counts as done.</summary>
public sealed class LabelChecklistTests
{
    private static readonly LabelProducer Melati = new("UPPKA Melati", "Sengeti", "Sekernan", BusinessSector.FoodProcessing);

    private static ProductInput Food(params string[] ticks) => new()
    {
        Name = "Keripik Pisang",
        CategorySlug = "kue-camilan",
        NetContent = "250 g",
        PirtNumber = "2061505010123-29",
        LabelTicks = [.. ticks],
    };

    [Fact]
    public void Food_list_has_seven_items_without_halal_and_counts_fields_as_done()
    {
        var c = LabelChecklist.For(Food(), Melati);

        Assert.Equal(LabelKind.Food, c.Kind);
        Assert.Equal(["name", "netContent", "producer", "permit", "productionCode", "expiryDate", "composition"], c.Items.Select(i => i.Id));
        Assert.Equal(4, c.DoneCount);
        Assert.Equal("4 dari 7", c.Completeness);
        var producer = c.Items.Single(i => i.Id == "producer");
        Assert.Equal(LabelItemStatus.FromField, producer.Status);
        Assert.Equal("Dari profil kelompok: UPPKA Melati, Sengeti, Sekernan", producer.Why);
        Assert.Equal("Dari kolom Isi bersih: 250 g", c.Items.Single(i => i.Id == "netContent").Why);
        Assert.Equal("Dari kolom izin P-IRT atau BPOM: P-IRT 2061505010123-29", c.Items.Single(i => i.Id == "permit").Why);
        Assert.All(c.Items, i => Assert.StartsWith("Contoh: ", i.Example));
        Assert.False(c.Items.Single(i => i.Id == "permit").Tickable);
    }

    [Fact]
    public void Empty_fields_are_missing_and_say_which_field_to_fill()
    {
        var c = LabelChecklist.For(new ProductInput { Name = "Kopi", CategorySlug = "minuman" }, Melati);

        var net = c.Items.Single(i => i.Id == "netContent");
        Assert.Equal(LabelItemStatus.Missing, net.Status);
        Assert.Equal("Belum ada: isi kolom Isi bersih", net.Why);
        Assert.Equal(LabelItemStatus.Missing, c.Items.Single(i => i.Id == "permit").Status);
        Assert.Equal("2 dari 7", c.Completeness);
    }

    [Fact]
    public void A_bpom_number_counts_for_the_permit_as_well()
    {
        var c = LabelChecklist.For(new ProductInput { Name = "Sirup", CategorySlug = "minuman", BpomNumber = "MD 123" }, Melati);

        Assert.Equal(LabelItemStatus.FromField, c.Items.Single(i => i.Id == "permit").Status);
    }

    [Fact]
    public void Ticks_complete_the_items_fields_cannot_know()
    {
        var before = LabelChecklist.For(Food(), Melati);
        var after = LabelChecklist.For(Food("productionCode", "expiryDate", "composition"), Melati);

        Assert.Equal(4, before.DoneCount);
        Assert.Equal(7, after.DoneCount);
        Assert.True(after.Complete);
        Assert.All(after.Items.Where(i => i.Tickable), i => Assert.Equal(LabelItemStatus.Ticked, i.Status));
        Assert.Equal("Dicentang: sudah tercetak di label", after.Items.Single(i => i.Id == "composition").Why);
    }

    [Fact]
    public void The_halal_logo_is_asked_for_only_when_the_product_has_a_halal_number()
    {
        var uncertified = LabelChecklist.For(Food("halalLogo"), Melati);
        var input = Food();
        input.HalalNumber = "ID15110000123450124";
        var certified = LabelChecklist.For(input, Melati);
        input.LabelTicks = ["halalLogo"];
        var ticked = LabelChecklist.For(input, Melati);

        Assert.DoesNotContain(uncertified.Items, i => i.Id == "halalLogo");
        Assert.Equal("4 dari 7", uncertified.Completeness); // a stray halal tick counts for nothing
        Assert.Equal("4 dari 8", certified.Completeness);
        Assert.Equal(LabelItemStatus.Missing, certified.Items.Single(i => i.Id == "halalLogo").Status);
        Assert.Equal("5 dari 8", ticked.Completeness);
    }

    [Theory]
    [InlineData("batik-tenun")]
    [InlineData("busana-jahitan")]
    [InlineData("kerajinan")]
    [InlineData("anyaman")]
    public void Crafts_and_sewing_get_material_size_and_care(string category)
    {
        var c = LabelChecklist.For(new ProductInput { Name = "Kain", CategorySlug = category, PirtNumber = "123" }, Melati);

        Assert.Equal(LabelKind.Craft, c.Kind);
        Assert.Equal(["name", "producer", "material", "size", "care"], c.Items.Select(i => i.Id));
        Assert.Equal("2 dari 5", c.Completeness);
    }

    [Theory]
    [InlineData("makanan-olahan")]
    [InlineData("kue-camilan")]
    [InlineData("minuman")]
    [InlineData("bumbu-rempah")]
    [InlineData("madu-hasil-hutan")]
    public void Every_seeded_food_category_gets_the_food_list(string category) =>
        Assert.Equal(LabelKind.Food, LabelChecklist.KindFor(category, BusinessSector.Crafts));

    [Theory]
    [InlineData(null, BusinessSector.Crafts, LabelKind.Craft)]
    [InlineData(null, BusinessSector.SewingFashion, LabelKind.Craft)]
    [InlineData(null, BusinessSector.FoodProcessing, LabelKind.Food)]
    [InlineData("kategori-baru", BusinessSector.Other, LabelKind.Food)]
    [InlineData("kategori-baru", BusinessSector.Crafts, LabelKind.Craft)]
    public void Without_a_known_category_the_groups_sector_decides(string? category, BusinessSector sector, LabelKind kind) =>
        Assert.Equal(kind, LabelChecklist.KindFor(category, sector));

    [Fact]
    public void A_crafts_size_is_known_from_the_net_content_field_or_ticked()
    {
        var fromField = LabelChecklist.For(new ProductInput { Name = "Batik", CategorySlug = "batik-tenun", NetContent = "2 m × 1,15 m" }, Melati);
        var ticked = LabelChecklist.For(new ProductInput { Name = "Batik", CategorySlug = "batik-tenun", LabelTicks = ["size", "material", "care"] }, Melati);

        var size = fromField.Items.Single(i => i.Id == "size");
        Assert.Equal(LabelItemStatus.FromField, size.Status);
        Assert.False(size.Tickable);
        Assert.Equal("Dari kolom Isi bersih: 2 m × 1,15 m", size.Why);
        Assert.Equal("5 dari 5", ticked.Completeness);
    }

    [Fact]
    public void A_group_without_village_and_district_leaves_the_producer_missing()
    {
        var c = LabelChecklist.For(Food(), Melati with { Village = " ", District = "" });

        Assert.Equal(LabelItemStatus.Missing, c.Items.Single(i => i.Id == "producer").Status);
    }

    [Theory]
    [InlineData("name")]
    [InlineData("permit")]
    [InlineData("PRODUCTIONCODE")]
    [InlineData("<script>")]
    [InlineData("")]
    public void Only_the_tickable_ids_pass_the_rules(string tick)
    {
        var errors = ProductRules.CheckDraft(ProductRules.Normalize(new ProductInput { Name = "X", LabelTicks = ["composition", tick] }));

        Assert.StartsWith($"Centang label \"{tick}\" tidak dikenal", errors["labelTicks"]);
    }

    [Fact]
    public void Known_ticks_pass_and_blanks_and_duplicates_are_cleaned()
    {
        var clean = ProductRules.Normalize(new ProductInput { Name = "X", LabelTicks = [" care ", "care", "material"] });

        Assert.Equal(["care", "material"], clean.LabelTicks);
        Assert.DoesNotContain("labelTicks", ProductRules.CheckDraft(clean).Keys);
    }

    [Fact]
    public void A_huge_hostile_tick_is_cut_short_in_the_message()
    {
        var errors = ProductRules.CheckDraft(new ProductInput { Name = "X", LabelTicks = [new string('a', 10_000)] });

        Assert.True(errors["labelTicks"].Length < 300);
    }
}
