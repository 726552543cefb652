using UppkaCatalog.Core.Catalog;

namespace UppkaCatalog.Core.Tests.Catalog;

/// <summary>Reading the catalogue's URL values: anything unreadable is "not given", never an error.</summary>
public sealed class CatalogWordsTests
{
    [Theory]
    [InlineData("25.000", 25_000L)]
    [InlineData("25000", 25_000L)]
    [InlineData("Rp 25.000", 25_000L)]
    [InlineData(" 1.500.000 ", 1_500_000L)]
    [InlineData("0", 0L)]
    [InlineData("abc", null)]
    [InlineData("-5", null)]
    [InlineData("25,5", null)]
    [InlineData("99999999999999999999", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Prices_are_read_as_whole_rupiah(string? text, long? expected)
    {
        Assert.Equal(expected, CatalogWords.ParsePrice(text));
    }

    [Theory]
    [InlineData(null, 1)]
    [InlineData("", 1)]
    [InlineData("abc", 1)]
    [InlineData("3", 3)]
    [InlineData("-5", -5)]
    [InlineData("99999999999999", int.MaxValue)]
    [InlineData("1.5", 1)]
    public void Page_numbers_are_read_leniently(string? text, int expected)
    {
        Assert.Equal(expected, CatalogWords.ParsePage(text));
    }

    [Fact]
    public void Sort_availability_and_certification_words_round_trip()
    {
        foreach (var sort in Enum.GetValues<CatalogSort>()) Assert.Equal(sort, CatalogWords.ParseSort(CatalogWords.Word(sort)));
        foreach (var a in Enum.GetValues<Availability>()) Assert.Equal(a, CatalogWords.ParseAvailability(CatalogWords.Word(a)));
        foreach (var c in CatalogWords.AllCertifications) Assert.Equal(c, CatalogWords.ParseCertifications([CatalogWords.Word(c)]));
        Assert.Equal(CatalogSort.Cheapest, CatalogWords.ParseSort(" TERMURAH "));
        Assert.Null(CatalogWords.ParseSort("cheapest"));
        Assert.Null(CatalogWords.ParseAvailability("<script>"));
    }

    [Fact]
    public void Certifications_come_repeated_or_as_a_comma_list_and_unknown_ones_are_skipped()
    {
        Assert.Equal(Certification.Halal | Certification.Bpom, CatalogWords.ParseCertifications(["halal", "bpom"]));
        Assert.Equal(Certification.Halal | Certification.Pirt, CatalogWords.ParseCertifications(["HALAL,pirt,sni", null]));
        Assert.Equal(Certification.None, CatalogWords.ParseCertifications(["<b>"]));
        Assert.Equal(Certification.None, CatalogWords.ParseCertifications(null));
    }
}
