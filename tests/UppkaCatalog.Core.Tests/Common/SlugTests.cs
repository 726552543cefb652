using UppkaCatalog.Core.Common;

namespace UppkaCatalog.Core.Tests.Common;

public sealed class SlugTests
{
    [Theory]
    [InlineData("Kopi Kerinci – Arabika", "kopi-kerinci-arabika")]
    [InlineData("Keripik Pisang Cokelat", "keripik-pisang-cokelat")]
    [InlineData("Kue & Camilan", "kue-camilan")]
    [InlineData("Crème brûlée à la Jambi", "creme-brulee-a-la-jambi")]
    [InlineData("Señora Müller's Café!", "senora-muller-s-cafe")]
    [InlineData("  --Dodol  Nanas (500 g)--  ", "dodol-nanas-500-g")]
    [InlineData("UPPKA/1505/2016/014", "uppka-1505-2016-014")]
    public void From_makes_lower_case_ascii_words_joined_by_single_hyphens(string text, string expected)
    {
        Assert.Equal(expected, Slug.From(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("!!!")]
    [InlineData("– — …")]
    [InlineData("咖啡")]
    public void From_falls_back_to_item_when_nothing_usable_is_left(string text)
    {
        Assert.Equal("item", Slug.From(text));
    }

    [Theory]
    [InlineData("abcd efgh", 5)]
    [InlineData("abc def ghi jkl", 4)]
    [InlineData("abcdefghij", 6)]
    [InlineData("a b c d e f g h", 3)]
    public void From_never_exceeds_max_length_nor_ends_with_a_hyphen(string text, int maxLength)
    {
        var slug = Slug.From(text, maxLength);

        Assert.InRange(slug.Length, 1, maxLength);
        Assert.False(slug.EndsWith('-'), slug);
        Assert.StartsWith(slug, Slug.From(text));
    }
}
