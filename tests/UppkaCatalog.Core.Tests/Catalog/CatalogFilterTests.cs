using UppkaCatalog.Core.Catalog;

namespace UppkaCatalog.Core.Tests.Catalog;

/// <summary>Filters, sorts, paging and hostile input of the catalogue search.</summary>
public sealed class CatalogFilterTests(SearchFixture fx) : IClassFixture<SearchFixture>
{
    private static readonly string[] Named = ["dodol-kentang", "keripik-kentang", "keripik-pisang", "kopi-liberika", "sirup-nanas"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<CatalogSearchResult> Search(CatalogQuery query) => fx.Catalog.SearchAsync(query, Ct);

    /// <summary>The named products a query finds (the woven mats left out), sorted by slug.</summary>
    private async Task<List<string>> NamedSlugs(CatalogQuery query)
    {
        var all = new List<string>();
        for (var page = 1; ; page++)
        {
            var result = await Search(query with { Page = page });
            all.AddRange(result.Results.Items.Select(p => p.Slug));
            if (page >= result.Results.PageCount) break;
        }

        return all.Where(s => !s.StartsWith("anyaman-", StringComparison.Ordinal)).Order().ToList();
    }

    [Fact]
    public async Task Category_filter_takes_the_slug()
    {
        var result = await Search(new CatalogQuery { Category = "kue-camilan" });

        Assert.Equal(["keripik-kentang", "keripik-pisang"], result.Results.Items.Select(p => p.Slug).Order());
        Assert.Equal("kue-camilan", result.Applied.Category);
    }

    [Theory]
    [InlineData("kerinci")]
    [InlineData("1501")]
    [InlineData(" KERINCI ")]
    public async Task Regency_filter_takes_the_slug_or_the_BPS_code(string regency)
    {
        var result = await Search(new CatalogQuery { Regency = regency });

        Assert.Equal(["dodol-kentang", "keripik-kentang", "sirup-nanas"], result.Results.Items.Select(p => p.Slug).Order());
        Assert.Equal("kerinci", result.Applied.Regency);
    }

    [Fact]
    public async Task Price_range_is_inclusive_and_a_reversed_range_is_turned_round()
    {
        Assert.Equal(["keripik-kentang", "sirup-nanas"], await NamedSlugs(new CatalogQuery { MinPrice = 20_000, MaxPrice = 25_000 }));
        Assert.Equal(["keripik-kentang", "sirup-nanas"], await NamedSlugs(new CatalogQuery { MinPrice = 25_000, MaxPrice = 20_000 }));
        Assert.Equal(["keripik-pisang"], await NamedSlugs(new CatalogQuery { MaxPrice = 15_000 }));
        var expensive = await Search(new CatalogQuery { MinPrice = 100_000 });
        Assert.Equal(SearchFixture.FillerCount, expensive.Results.TotalCount);
        Assert.Equal(100_000, expensive.Applied.MinPrice);
    }

    [Fact]
    public async Task Each_certification_needs_its_number_and_several_need_all_of_them()
    {
        // dodol-kentang's halal number is blank: that is no certificate.
        Assert.Equal(["keripik-kentang", "kopi-liberika"], await NamedSlugs(new CatalogQuery { Certifications = Certification.Halal }));
        Assert.Equal(["keripik-pisang", "kopi-liberika"], await NamedSlugs(new CatalogQuery { Certifications = Certification.Pirt }));
        Assert.Equal(["keripik-kentang"], await NamedSlugs(new CatalogQuery { Certifications = Certification.Bpom }));
        Assert.Equal(["kopi-liberika"], await NamedSlugs(new CatalogQuery { Certifications = Certification.Halal | Certification.Pirt }));
    }

    [Fact]
    public async Task Availability_filter()
    {
        Assert.Equal(["keripik-kentang"], await NamedSlugs(new CatalogQuery { Availability = Availability.PreOrder }));
        Assert.Equal(["dodol-kentang"], await NamedSlugs(new CatalogQuery { Availability = Availability.OutOfStock }));
        Assert.Equal(["keripik-pisang", "kopi-liberika", "sirup-nanas"], await NamedSlugs(new CatalogQuery { Availability = Availability.Ready }));
    }

    [Fact]
    public async Task Filters_combine_with_search_words()
    {
        var result = await Search(new CatalogQuery { Text = "keri", Regency = "1505", Certifications = Certification.Pirt });

        Assert.Equal(["keripik-pisang"], result.Results.Items.Select(p => p.Slug));
        Assert.Equal(CatalogSort.Relevance, result.Applied.Sort);
    }

    [Fact]
    public async Task Unknown_filter_values_are_ignored()
    {
        var result = await Search(new CatalogQuery
        {
            Category = "<script>alert(1)</script>", Regency = "9999", Availability = (Availability)42, Certifications = (Certification)64,
        });

        Assert.Equal(SearchFixture.VisibleCount, result.Results.TotalCount);
        Assert.Null(result.Applied.Category);
        Assert.Null(result.Applied.Regency);
        Assert.Null(result.Applied.Availability);
        Assert.Equal(Certification.None, result.Applied.Certifications);
        Assert.False(result.Applied.HasFilters);
    }

    [Fact]
    public async Task Sorts_by_price_both_ways_and_by_newest()
    {
        var cheapest = (await Search(new CatalogQuery { Sort = CatalogSort.Cheapest })).Results.Items;
        var dearest = (await Search(new CatalogQuery { Sort = CatalogSort.MostExpensive })).Results.Items;
        var newest = (await Search(new CatalogQuery { Text = "keripik", Sort = CatalogSort.Newest })).Results.Items;

        Assert.Equal(["keripik-pisang", "keripik-kentang", "sirup-nanas", "dodol-kentang", "kopi-liberika"], cheapest.Take(5).Select(p => p.Slug));
        Assert.Equal(cheapest.Select(p => p.Price).Order(), cheapest.Select(p => p.Price));
        Assert.Equal("anyaman-30", dearest[0].Slug);
        Assert.Equal(dearest.Select(p => p.Price).OrderDescending(), dearest.Select(p => p.Price));
        Assert.Equal(["keripik-kentang", "keripik-pisang"], newest.Select(p => p.Slug)); // keripik-kentang was published later
    }

    [Fact]
    public async Task Relevance_without_words_falls_back_to_newest()
    {
        var result = await Search(new CatalogQuery { Sort = CatalogSort.Relevance });

        Assert.Equal(CatalogSort.Newest, result.Applied.Sort);
        Assert.Equal("anyaman-30", result.Results.Items[0].Slug);
    }

    [Fact]
    public async Task Pages_hold_24_and_together_list_every_product_once()
    {
        var first = await Search(new CatalogQuery { Page = 1 });
        var second = await Search(new CatalogQuery { Page = 2 });

        Assert.Equal(24, first.Results.PageSize);
        Assert.Equal(2, first.Results.PageCount);
        Assert.Equal(24, first.Results.Items.Count);
        Assert.Equal(SearchFixture.VisibleCount - 24, second.Results.Items.Count);
        Assert.Equal(SearchFixture.VisibleCount, first.Results.Items.Concat(second.Results.Items).Select(p => p.Id).Distinct().Count());
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(-5, 1)]
    [InlineData(int.MinValue, 1)]
    [InlineData(3, 2)]
    [InlineData(999_999_999, 2)]
    [InlineData(int.MaxValue, 2)]
    public async Task Page_numbers_out_of_range_are_clamped_to_the_pages_there_are(int asked, int shown)
    {
        var result = await Search(new CatalogQuery { Page = asked });

        Assert.Equal(shown, result.Results.Page);
        Assert.Equal(shown, result.Applied.Page);
        Assert.NotEmpty(result.Results.Items);
    }

    [Fact]
    public async Task An_empty_result_is_page_1_of_1()
    {
        var result = await Search(new CatalogQuery { Text = "tidakadaprodukseperti", Page = 7 });

        Assert.Empty(result.Results.Items);
        Assert.Equal(0, result.Results.TotalCount);
        Assert.Equal(1, result.Results.Page);
        Assert.Equal(1, result.Results.PageCount);
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("*")]
    [InlineData("NEAR(")]
    [InlineData("-")]
    [InlineData("AND")]
    [InlineData("OR")]
    [InlineData("NOT")]
    [InlineData("kopi AND")]
    [InlineData("kopi OR keripik")]
    [InlineData("NEAR(kopi keripik, 2)")]
    [InlineData("Name:kopi")]
    [InlineData("^kopi")]
    [InlineData("kopi\"")]
    [InlineData("'); DROP TABLE Products; --")]
    [InlineData("{Name Description}: kopi")]
    [InlineData("\u0301")]
    [InlineData("🙂 kopi")]
    public async Task Full_text_syntax_is_read_as_plain_words(string text)
    {
        var result = await Search(new CatalogQuery { Text = text });

        Assert.All(result.Results.Items, p => Assert.DoesNotContain(p.Slug, new[] { "keripik-draf", "kopi-arsip", "keripik-tutup" }));
        Assert.Equal(SearchFixture.VisibleCount, (await Search(new CatalogQuery())).Results.TotalCount); // the table is still there
    }

    [Theory]
    [InlineData("-kopi", new[] { "dodol-kentang", "kopi-liberika", "sirup-nanas" })] // not "everything but kopi"
    [InlineData("\"kopi", new[] { "dodol-kentang", "kopi-liberika", "sirup-nanas" })]
    [InlineData("keri*", new[] { "keripik-kentang", "keripik-pisang" })]
    [InlineData("kopi OR keripik", new string[0])] // three words, all required: no product has "or"
    [InlineData("*", new[] { "dodol-kentang", "keripik-kentang", "keripik-pisang", "kopi-liberika", "sirup-nanas" })] // no words: everything
    public async Task Operators_do_not_operate(string text, string[] expected)
    {
        Assert.Equal(expected, await NamedSlugs(new CatalogQuery { Text = text }));
    }

    [Fact]
    public async Task Very_long_input_is_cut_and_still_answers()
    {
        var text = "kopi " + string.Concat(Enumerable.Repeat("liberika ", 2_000));

        var result = await Search(new CatalogQuery { Text = text });

        Assert.Equal(["kopi-liberika"], result.Results.Items.Select(p => p.Slug));
        Assert.True(result.Applied.Text!.Length <= 200);
    }

    [Fact]
    public async Task Only_the_first_eight_words_count()
    {
        // The ninth word matches nothing; were it used, nothing would be found.
        var result = await Search(new CatalogQuery { Text = "kopi kopi kopi kopi kopi kopi kopi liberika tidakada" });

        Assert.Equal(["kopi-liberika"], result.Results.Items.Select(p => p.Slug));
    }
}
