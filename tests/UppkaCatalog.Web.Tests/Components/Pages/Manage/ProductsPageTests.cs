using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Tests.Shared;
using UppkaCatalog.Web.Components.Pages.Manage;
using UppkaCatalog.Web.Tests.Support;

namespace UppkaCatalog.Web.Tests.Components.Pages.Manage;

/// <summary><c>/kelola/produk</c>: every status of the group's own products, filtered by the address, with staff's reason beside a rejection.</summary>
public sealed class ProductsPageTests : EditorTestBase
{
    [Fact]
    public async Task The_list_shows_only_the_groups_products_with_the_rejection_reason_beside_the_rejected_one()
    {
        using var culture = new CultureScope("id-ID");
        await NewDraftAsync(CompleteInput("Dodol Nanas"));
        var rejected = await NewDraftAsync(CompleteInput("Keripik Pisang", price: 18_500));
        await RejectAsync(rejected.Id, "Foto kemasan buram; ulangi di tempat terang.");
        await NewDraftAsync(CompleteInput("Produk Kelompok Lain"), owner: OtherMember);

        var page = Render<ProductsPage>();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll(".product-rows > li").Count));
        Assert.DoesNotContain("Produk Kelompok Lain", page.Markup);
        var row = page.FindAll(".product-rows > li").Single(li => li.TextContent.Contains("Keripik Pisang"));
        Assert.Contains("Rp 18.500 / bungkus", row.TextContent);
        Assert.Equal("Ditolak", row.QuerySelector(".status")!.TextContent);
        Assert.Contains("Foto kemasan buram; ulangi di tempat terang.", row.QuerySelector(".row__reason")!.TextContent);
        Assert.Equal($"/kelola/produk/{rejected.Id}", row.QuerySelector("a.row__name")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_status_in_the_address_filters_the_list_and_marks_its_chip()
    {
        using var culture = new CultureScope("id-ID");
        await NewDraftAsync(CompleteInput("Dodol Nanas"));
        var rejected = await NewDraftAsync(CompleteInput("Keripik Pisang"));
        await RejectAsync(rejected.Id, "Harga belum benar.");
        Services.GetRequiredService<NavigationManager>().NavigateTo("/kelola/produk?status=ditolak");

        var page = Render<ProductsPage>();

        page.WaitForAssertion(() => Assert.Single(page.FindAll(".product-rows > li")));
        Assert.Contains("Keripik Pisang", page.Find(".product-rows").TextContent);
        var current = page.Find(".filters a[aria-current=page]");
        Assert.Equal("Ditolak (1)", current.TextContent.Trim());
    }

    private async Task RejectAsync(int productId, string reason)
    {
        await using var db = await Db.CreateDbContextAsync(Ct);
        var row = await db.Products.SingleAsync(p => p.Id == productId, Ct);
        row.Status = ProductStatus.Rejected;
        row.RejectionReason = reason;
        await db.SaveChangesAsync(Ct);
    }
}
