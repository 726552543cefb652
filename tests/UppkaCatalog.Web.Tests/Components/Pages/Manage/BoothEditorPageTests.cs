using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Exhibitions;
using UppkaCatalog.Tests.Shared;
using UppkaCatalog.Web.Components.Pages.Manage;
using UppkaCatalog.Web.Tests.Support;

namespace UppkaCatalog.Web.Tests.Components.Pages.Manage;

/// <summary><c>/kelola/pameran/{id}</c> in bUnit over the real services: applying, and refusals placed beside their product.</summary>
public sealed class BoothEditorPageTests : EditorTestBase
{
    [Fact]
    public async Task Applying_through_the_page_saves_the_products_in_order_with_the_price_typed()
    {
        using var culture = new CultureScope("id-ID");
        var (exhibitionId, products) = await OpenExhibitionWithProductsAsync();
        var page = Render<BoothEditorPage>(p => p.Add(x => x.ExhibitionId, exhibitionId));
        page.WaitForElement(".field-tagline input");

        await page.Find(".field-tagline input").InputAsync(new ChangeEventArgs { Value = "Camilan renyah" });
        await page.Find($"#product-{products[1]}").ChangeAsync(new ChangeEventArgs { Value = true });
        await page.Find($"#product-{products[0]}").ChangeAsync(new ChangeEventArgs { Value = true });
        await Row(page, products[0]).QuerySelector(".pick__price-field input")!.InputAsync(new ChangeEventArgs { Value = "17.500" });
        await page.Find(".action-save").ClickAsync(new Microsoft.AspNetCore.Components.Web.MouseEventArgs());

        page.WaitForAssertion(() => Assert.Equal("Diajukan", page.Find(".head .booth-status").TextContent));
        await using var db = await Db.CreateDbContextAsync(Ct);
        var booth = await db.Booths.Include(b => b.Products).SingleAsync(b => b.ExhibitionId == exhibitionId, Ct);
        Assert.Equal((BoothStatus.Applied, "Camilan renyah"), (booth.Status, booth.Tagline));
        Assert.Equal([(products[1], (long?)null), (products[0], 17_500L)],
            booth.Products.OrderBy(p => p.SortOrder).Select(p => (p.ProductId, p.ExhibitionPrice)).ToArray());
    }

    [Fact]
    public async Task A_price_not_below_normal_is_shown_beside_its_product_and_nothing_is_saved()
    {
        using var culture = new CultureScope("id-ID");
        var (exhibitionId, products) = await OpenExhibitionWithProductsAsync();
        var page = Render<BoothEditorPage>(p => p.Add(x => x.ExhibitionId, exhibitionId));
        page.WaitForElement(".field-tagline input");

        await page.Find(".field-tagline input").InputAsync(new ChangeEventArgs { Value = "Camilan renyah" });
        await page.Find($"#product-{products[0]}").ChangeAsync(new ChangeEventArgs { Value = true });
        await page.Find($"#product-{products[1]}").ChangeAsync(new ChangeEventArgs { Value = true });
        await Row(page, products[1]).QuerySelector(".pick__price-field input")!.InputAsync(new ChangeEventArgs { Value = "30.000" });
        await page.Find(".action-save").ClickAsync(new Microsoft.AspNetCore.Components.Web.MouseEventArgs());

        page.WaitForAssertion(() => Assert.Equal("Harga pameran harus di bawah harga biasa Rp 25.000.",
            Row(page, products[1]).QuerySelector(".pick__price-field .mud-input-helper-text.mud-input-error")?.TextContent.Trim()));
        Assert.Null(Row(page, products[0]).QuerySelector(".mud-input-helper-text.mud-input-error"));
        await using var db = await Db.CreateDbContextAsync(Ct);
        Assert.Equal(0, await db.Booths.CountAsync(Ct));
    }

    [Fact]
    public async Task A_draft_exhibition_is_not_found()
    {
        using var culture = new CultureScope("id-ID");
        var (exhibitionId, _) = await OpenExhibitionWithProductsAsync(ExhibitionStatus.Draft);

        var page = Render<BoothEditorPage>(p => p.Add(x => x.ExhibitionId, exhibitionId));

        page.WaitForAssertion(() => Assert.Equal("Pameran tidak ditemukan", page.Find("h1").TextContent));
        Assert.Empty(page.FindAll(".field-tagline"));
    }

    private static AngleSharp.Dom.IElement Row(IRenderedComponent<BoothEditorPage> page, int productId) =>
        page.Find($"li.pick[data-product-id='{productId}']");

    /// <summary>An exhibition taking applications now, and two published products of the member's group at Rp 25.000.</summary>
    private async Task<(int ExhibitionId, int[] Products)> OpenExhibitionWithProductsAsync(ExhibitionStatus status = ExhibitionStatus.Published)
    {
        await using var db = await Db.CreateDbContextAsync(Ct);
        var now = DateTimeOffset.UtcNow;
        var category = await db.Categories.FirstAsync(c => c.Slug == Category, Ct);
        var products = new[] { "Dodol Nanas", "Keripik Nanas" }.Select(name => new Product
        {
            Slug = Core.Common.Slug.From(name), GroupId = Member.GroupId!.Value, CategoryId = category.Id, Name = name, Price = 25_000, Unit = "bungkus",
            Status = ProductStatus.Published, CreatedAt = now, UpdatedAt = now, PublishedAt = now,
        }).ToList();
        var exhibition = new Exhibition
        {
            Slug = "pameran-uji", Title = "Pameran Uji", StartsAt = now.AddDays(20), EndsAt = now.AddDays(27),
            RegistrationOpensAt = now.AddDays(-1), RegistrationClosesAt = now.AddDays(10), Status = status, CreatedAt = now,
        };
        db.Products.AddRange(products);
        db.Exhibitions.Add(exhibition);
        await db.SaveChangesAsync(Ct);
        return (exhibition.Id, products.Select(p => p.Id).ToArray());
    }
}
