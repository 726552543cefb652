using System.Globalization;
using UppkaCatalog.Core.Groups;
using UppkaCatalog.Core.Regions;
using UppkaCatalog.Tests.Shared;

namespace UppkaCatalog.Core.Tests.Groups;

public sealed class RegistryNamesTests
{
    [Theory]
    [InlineData("Makanan Olahan", BusinessSector.FoodProcessing)]
    [InlineData("makanan olahan", BusinessSector.FoodProcessing)]
    [InlineData("  MAKANAN-OLAHAN ", BusinessSector.FoodProcessing)]
    [InlineData("Food processing", BusinessSector.FoodProcessing)]
    [InlineData("FoodProcessing", BusinessSector.FoodProcessing)]
    [InlineData("Jahit & Busana", BusinessSector.SewingFashion)]
    [InlineData("jahit dan busana", BusinessSector.SewingFashion)]
    [InlineData("Sewing and fashion", BusinessSector.SewingFashion)]
    [InlineData("Kerajinan", BusinessSector.Crafts)]
    [InlineData("lain-lain", BusinessSector.Other)]
    public void A_sector_is_found_by_any_spelling_of_its_names(string text, BusinessSector expected) =>
        Assert.Equal(expected, RegistryNames.FindSector(text));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Bengkel motor")]
    [InlineData("<b>Makanan</b> Olahan")]
    public void An_unknown_or_empty_sector_is_not_found(string text) => Assert.Null(RegistryNames.FindSector(text));

    [Theory]
    [InlineData("Dasar", GroupStage.Basic)]
    [InlineData("BERKEMBANG", GroupStage.Developing)]
    [InlineData("mandiri", GroupStage.SelfReliant)]
    public void A_stage_is_found_by_its_Indonesian_name(string text, GroupStage expected) =>
        Assert.Equal(expected, RegistryNames.FindStage(text));

    [Fact]
    public void The_sector_list_names_every_sector_once_in_the_readers_language()
    {
        using (new CultureScope(new CultureInfo("id-ID")))
        {
            Assert.Equal("Makanan Olahan, Minuman, Kerajinan, Jahit dan Busana, Pertanian, Perdagangan, Jasa, Lainnya", RegistryNames.SectorList());
        }

        using (new CultureScope(new CultureInfo("en-US")))
        {
            Assert.Equal("Food processing", RegistryNames.Name(BusinessSector.FoodProcessing));
        }
    }

    [Theory]
    [InlineData("1505", "1505")]
    [InlineData("1505.0", "1505")]
    [InlineData("Kabupaten Muaro Jambi", "1505")]
    [InlineData("Kab. Muaro Jambi", "1505")]
    [InlineData("KAB MUARO JAMBI", "1505")]
    [InlineData("muaro jambi", "1505")]
    [InlineData("Kota Jambi", "1571")]
    [InlineData("kota sungai penuh", "1572")]
    [InlineData("Sungai Penuh", "1572")]
    [InlineData("Tanjung Jabung Timur", "1506")]
    public void A_regency_is_found_by_code_or_by_name(string text, string code) =>
        Assert.Equal(code, Jambi().Find(text)?.Code);

    [Theory]
    [InlineData("")]
    [InlineData("Kabupaten Bogor")]
    [InlineData("9999")]
    [InlineData("Kota Muaro Jambi")]
    public void An_unknown_regency_is_not_found(string text) => Assert.Null(Jambi().Find(text));

    private static RegencyNames Jambi() => new(
    [
        new Regency { Code = "1501", Name = "Kabupaten Kerinci", Slug = "kerinci" },
        new Regency { Code = "1505", Name = "Kabupaten Muaro Jambi", Slug = "muaro-jambi" },
        new Regency { Code = "1506", Name = "Kabupaten Tanjung Jabung Timur", Slug = "tanjung-jabung-timur" },
        new Regency { Code = "1507", Name = "Kabupaten Tanjung Jabung Barat", Slug = "tanjung-jabung-barat" },
        new Regency { Code = "1571", Name = "Kota Jambi", Slug = "kota-jambi" },
        new Regency { Code = "1572", Name = "Kota Sungai Penuh", Slug = "kota-sungai-penuh" },
    ]);
}
