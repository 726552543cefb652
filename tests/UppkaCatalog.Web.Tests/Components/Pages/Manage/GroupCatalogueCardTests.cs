using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Tests.Shared;
using UppkaCatalog.Web.Components.Pages.Manage;
using UppkaCatalog.Web.Infrastructure;
using UppkaCatalog.Web.Tests.Support;

namespace UppkaCatalog.Web.Tests.Components.Pages.Manage;

/// <summary>
/// "Katalog PDF kelompok Anda" on <c>/kelola</c>, rendered in the whole overview page over the real services: the
/// member's own group's PDF to open and share, how many published products it holds, the empty and inactive cases.
/// </summary>
public sealed class GroupCatalogueCardTests : EditorTestBase
{
    private const string Site = "https://katalog.uppka.id";

    public GroupCatalogueCardTests() =>
        // A configured public address: the shared link must carry it, not the address the page was asked under.
        Services.AddSingleton(new PublicUrls(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [PublicUrls.Setting] = Site }).Build()));

    [Fact]
    public async Task The_card_links_the_groups_pdf_shares_its_absolute_address_on_whatsapp_and_counts_only_its_published_products()
    {
        using var culture = new CultureScope("id-ID");
        await PublishAsync(await NewDraftAsync(CompleteInput("Dodol Nanas")));
        await PublishAsync(await NewDraftAsync(CompleteInput("Keripik Pisang")));
        await NewDraftAsync(CompleteInput("Masih Draf"));
        await PublishAsync(await NewDraftAsync(CompleteInput("Produk Kelompok Lain"), owner: OtherMember));

        var card = Card();

        Assert.Equal("Katalog PDF kelompok Anda", card.QuerySelector("h2")!.TextContent);
        Assert.StartsWith("Berisi 2 produk yang tayang.", card.QuerySelector(".catalogue-card__count")!.TextContent.Trim());
        var download = card.QuerySelector("a.catalogue-download")!;
        Assert.Equal("/kelompok/kelompok-a/katalog.pdf", download.GetAttribute("href"));
        Assert.Equal("_blank", download.GetAttribute("target"));
        Assert.Contains("Unduh katalog (PDF)", download.TextContent);
        var share = card.QuerySelector("a.catalogue-share")!;
        Assert.Contains("Bagikan katalog", share.TextContent);
        var href = share.GetAttribute("href")!;
        Assert.StartsWith("https://wa.me/?text=", href);
        var text = Uri.UnescapeDataString(href["https://wa.me/?text=".Length..]);
        Assert.Equal("Katalog produk Kelompok kelompok-a (PDF): " + Site + "/kelompok/kelompok-a/katalog.pdf", text);
        // The text is percent-encoded as one query value (spaces, colon, slashes), so WhatsApp gets all of it.
        Assert.DoesNotContain(" ", href);
        Assert.Contains(Uri.EscapeDataString(Site + "/kelompok/kelompok-a/katalog.pdf"), href);
    }

    [Fact]
    public async Task A_group_without_published_products_is_told_so_and_still_gets_the_links()
    {
        using var culture = new CultureScope("id-ID");
        await NewDraftAsync(CompleteInput("Masih Draf"));

        var card = Card();

        Assert.Contains("Belum ada produk yang tayang.", card.QuerySelector(".catalogue-card__count")!.TextContent);
        Assert.Equal("/kelompok/kelompok-a/katalog.pdf", card.QuerySelector("a.catalogue-download")!.GetAttribute("href"));
        Assert.Single(card.QuerySelectorAll("a.catalogue-share"));
    }

    [Fact]
    public async Task An_inactive_group_gets_no_links_only_when_its_catalogue_becomes_public()
    {
        using var culture = new CultureScope("id-ID");
        await PublishAsync(await NewDraftAsync(CompleteInput("Dodol Nanas")));
        await using (var db = await Db.CreateDbContextAsync(Ct))
        {
            var group = await db.Groups.SingleAsync(g => g.Id == Member.GroupId, Ct);
            group.IsActive = false;
            await db.SaveChangesAsync(Ct);
        }

        var card = Card();

        Assert.Contains("tidak terbuka untuk umum", card.QuerySelector(".catalogue-card__inactive")!.TextContent);
        Assert.Empty(card.QuerySelectorAll("a"));
        Assert.Empty(card.QuerySelectorAll(".catalogue-card__count"));
    }

    [Fact]
    public async Task In_english_the_card_uses_the_english_texts_and_message()
    {
        using var culture = new CultureScope("en");
        await PublishAsync(await NewDraftAsync(CompleteInput("Dodol Nanas")));

        var card = Card();

        Assert.Equal("Your group's PDF catalogue", card.QuerySelector("h2")!.TextContent);
        Assert.StartsWith("Published products in it: 1.", card.QuerySelector(".catalogue-card__count")!.TextContent.Trim());
        Assert.Contains("Download catalogue (PDF)", card.QuerySelector("a.catalogue-download")!.TextContent);
        var href = card.QuerySelector("a.catalogue-share")!.GetAttribute("href")!;
        Assert.Equal("https://wa.me/?text=" + Uri.EscapeDataString("Product catalogue of Kelompok kelompok-a (PDF): " + Site + "/kelompok/kelompok-a/katalog.pdf"), href);
    }

    /// <summary>The overview page as the member opens it, once loaded; its catalogue card.</summary>
    private AngleSharp.Dom.IElement Card()
    {
        var page = Render<ManageHomePage>();
        page.WaitForAssertion(() => Assert.NotNull(page.Find("section.catalogue-card")));
        return page.Find("section.catalogue-card");
    }

    private async Task PublishAsync(ProductEditView product)
    {
        await using var db = await Db.CreateDbContextAsync(Ct);
        var row = await db.Products.SingleAsync(p => p.Id == product.Id, Ct);
        row.Status = ProductStatus.Published;
        row.PublishedAt = DateTimeOffset.UtcNow;
        await db.SaveChangesAsync(Ct);
    }
}
