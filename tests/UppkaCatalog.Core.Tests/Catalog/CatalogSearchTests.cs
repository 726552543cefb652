using UppkaCatalog.Core.Catalog;

namespace UppkaCatalog.Core.Tests.Catalog;

/// <summary>Words, accents, ranking and visibility of the catalogue search, against a real SQLite FTS5 index.</summary>
public sealed class CatalogSearchTests(SearchFixture fx) : IClassFixture<SearchFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<List<string>> Slugs(CatalogQuery query) => (await fx.Catalog.SearchAsync(query, Ct)).Results.Items.Select(p => p.Slug).ToList();

    private Task<List<string>> Slugs(string text) => Slugs(new CatalogQuery { Text = text });

    [Fact]
    public async Task A_word_prefix_finds_every_word_it_begins()
    {
        Assert.Equal(["keripik-kentang", "keripik-pisang"], (await Slugs("keri")).Order());
        Assert.Equal(["keripik-kentang", "keripik-pisang"], (await Slugs("keripik")).Order());
        Assert.Empty(await Slugs("ripik")); // a prefix of a word, not any part of it
    }

    [Theory]
    [InlineData("liberíka")]
    [InlineData("LIBER")]
    [InlineData("Liberika")]
    [InlineData("liberi\u0301ka")] // the accent as a separate combining mark
    [InlineData("TUNGKÁL libe")]
    public async Task Search_ignores_case_and_accents(string text)
    {
        Assert.Equal(["kopi-liberika"], await Slugs(text));
    }

    [Fact]
    public async Task Every_word_must_match_somewhere()
    {
        Assert.Equal(["keripik-kentang"], await Slugs("keripik kentang"));
        Assert.Equal(["dodol-kentang", "keripik-kentang"], (await Slugs("kentang")).Order());
        Assert.Empty(await Slugs("keripik liberika"));
    }

    [Fact]
    public async Task Category_and_group_names_are_searched_too()
    {
        Assert.Equal(["keripik-kentang", "keripik-pisang"], (await Slugs("camilan")).Order()); // category "Kue & Camilan"
        Assert.Equal(["dodol-kentang", "keripik-kentang", "sirup-nanas"], (await Slugs("mawar")).Order()); // group "UPPKA Mawar Sejahtera"
        Assert.Equal(["dodol-kentang"], await Slugs("sejahtera dodol"));
    }

    [Fact]
    public async Task A_match_in_the_name_ranks_above_a_match_in_the_description_only()
    {
        // "dodol-kentang" says "manis" only in its description and is newer; the name match still comes first.
        Assert.Equal(["keripik-pisang", "dodol-kentang"], await Slugs("manis"));
        // "kopi": in the name (and category) of one, the category of another, the description of a third.
        Assert.Equal(["kopi-liberika", "sirup-nanas", "dodol-kentang"], await Slugs("kopi"));
    }

    [Theory]
    [InlineData("keripik")]
    [InlineData("kopi")]
    [InlineData("draf")]
    [InlineData("menunggu")]
    [InlineData("arsip")]
    [InlineData("tutup")]
    public async Task Drafts_pending_archived_and_inactive_groups_products_are_never_found(string text)
    {
        var slugs = await Slugs(text);

        Assert.DoesNotContain("keripik-draf", slugs);
        Assert.DoesNotContain("keripik-menunggu", slugs);
        Assert.DoesNotContain("kopi-arsip", slugs);
        Assert.DoesNotContain("keripik-tutup", slugs);
    }

    [Fact]
    public async Task Cards_carry_the_cover_photo_group_and_regency()
    {
        var card = Assert.Single((await fx.Catalog.SearchAsync(new CatalogQuery { Text = "liberika" }, Ct)).Results.Items);

        Assert.Equal("kemasan depan", card.Cover?.Alt);
        Assert.Equal("UPPKA Melati", card.GroupName);
        Assert.Equal("Kabupaten Muaro Jambi", card.RegencyName);
        Assert.Equal(45_000, card.Price);
        Assert.Equal("bungkus", card.Unit);
    }

    [Fact]
    public async Task No_words_lists_every_visible_product_newest_first()
    {
        var result = await fx.Catalog.SearchAsync(new CatalogQuery(), Ct);

        Assert.Equal(SearchFixture.VisibleCount, result.Results.TotalCount);
        Assert.Equal(CatalogSort.Newest, result.Applied.Sort);
        Assert.Equal("anyaman-30", result.Results.Items[0].Slug);
        Assert.Equal(24, result.Results.Items.Count);
    }

    [Fact]
    public async Task The_result_offers_every_category_and_regency_for_the_filter_form()
    {
        var result = await fx.Catalog.SearchAsync(new CatalogQuery(), Ct);

        Assert.Contains(result.Categories, c => c.Slug == "kue-camilan");
        Assert.Equal(11, result.Regencies.Count);
        Assert.Contains(result.Regencies, r => r is { Slug: "muaro-jambi", Code: "1505", Name: "Kabupaten Muaro Jambi" });
    }
}
