using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Web.Tests.Support;

namespace UppkaCatalog.Web.Tests.Components.Pages.Catalog;

/// <summary>
/// The capped count through both front doors, /katalog and GET /api/v1/products (issue 15): an app of its own, the
/// demo data plus 1,001 published mats named "Tikar Pandan" (10,001 … 11,001 rupiah), more than
/// <see cref="CatalogService.SearchCountCap"/>.
/// </summary>
public sealed class CatalogCapTests(CatalogCapTests.MatsApp app) : IClassFixture<CatalogCapTests.MatsApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(string Count, string? Capped, string? Pager)> PageAsync(string url)
    {
        using var client = app.Browser();
        var page = new HtmlParser().ParseDocument(await client.GetStringAsync(url, Ct));
        return (page.QuerySelector("#jumlah-hasil")!.TextContent.Trim(), page.QuerySelector(".catalog__capped")?.TextContent.Trim(),
            page.QuerySelector(".pager [aria-current=page]")?.TextContent.Trim());
    }

    [Fact]
    public async Task Above_the_cap_the_page_says_more_than_1000_and_pages_to_the_1000th()
    {
        var (count, capped, pager) = await PageAsync("/katalog?q=tikar");
        Assert.Equal("lebih dari 1.000 produk untuk “tikar”", count);
        Assert.Contains("1.000 produk pertama", capped);
        Assert.EndsWith(" 42", pager); // the last page offered

        var (last, _, lastPager) = await PageAsync("/katalog?q=tikar&halaman=43");
        Assert.Equal("lebih dari 1.000 produk untuk “tikar”", last);
        Assert.StartsWith("Halaman 42", lastPager);

        var (browse, _, _) = await PageAsync("/katalog");
        Assert.Equal("lebih dari 1.000 produk", browse);
    }

    [Fact]
    public async Task In_English_it_says_more_than_1000_products()
    {
        var (count, capped, _) = await PageAsync("/katalog?q=tikar&culture=en-US");

        Assert.Equal("more than 1,000 products for “tikar”", count);
        Assert.Contains("first 1,000 products", capped);
    }

    [Fact]
    public async Task At_or_below_the_cap_the_page_shows_the_exact_count_and_no_hint()
    {
        var (exact, capped, _) = await PageAsync("/katalog?q=tikar&harga_min=10001&harga_max=11000");
        Assert.Equal("1.000 produk untuk “tikar”", exact);
        Assert.Null(capped);

        var (few, _, _) = await PageAsync("/katalog?q=tikar&harga_min=10001&harga_max=10020");
        Assert.Equal("20 produk untuk “tikar”", few);
    }

    [Fact]
    public async Task The_api_answers_the_cap_as_total_1000_with_totalCapped()
    {
        using var client = app.CreateClient();
        using var capped = JsonDocument.Parse(await client.GetStringAsync("/api/v1/products?q=tikar&page=99", Ct));
        Assert.Equal(1_000, capped.RootElement.GetProperty("total").GetInt32());
        Assert.True(capped.RootElement.GetProperty("totalCapped").GetBoolean());
        Assert.Equal(42, capped.RootElement.GetProperty("pageCount").GetInt32());
        Assert.Equal(42, capped.RootElement.GetProperty("page").GetInt32());
        Assert.Equal(16, capped.RootElement.GetProperty("items").GetArrayLength());

        // The API has no price filter: a word only demo products hold gives an exact, uncapped count.
        using var exact = JsonDocument.Parse(await client.GetStringAsync("/api/v1/products?q=keripik", Ct));
        Assert.False(exact.RootElement.GetProperty("totalCapped").GetBoolean());
        Assert.InRange(exact.RootElement.GetProperty("total").GetInt32(), 1, 999);
    }

    /// <summary>A demo app of its own (the mats would change every other catalogue test's counts).</summary>
    public sealed class MatsApp : AppFactory, IAsyncLifetime
    {
        public async ValueTask InitializeAsync()
        {
            await QueryAsync(async db =>
            {
                var group = await db.Groups.Where(g => g.IsActive).OrderBy(g => g.Id).FirstAsync();
                var category = await db.Categories.SingleAsync(c => c.Slug == "anyaman");
                var now = DateTimeOffset.UtcNow;
                for (var i = 1; i <= CatalogService.SearchCountCap + 1; i++)
                {
                    db.Products.Add(new Product
                    {
                        Slug = $"tikar-uji-{i:0000}", GroupId = group.Id, CategoryId = category.Id, Name = $"Tikar Pandan {i}",
                        Description = "Dianyam tangan.", Price = 10_000 + i, Status = ProductStatus.Published,
                        CreatedAt = now, UpdatedAt = now, PublishedAt = now.AddMinutes(-i),
                    });
                }

                return await db.SaveChangesAsync();
            });
        }
    }
}
