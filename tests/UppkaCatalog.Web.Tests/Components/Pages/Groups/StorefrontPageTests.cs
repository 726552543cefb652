using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;
using UppkaCatalog.Core.Groups;
using UppkaCatalog.Web.Tests.Support;

namespace UppkaCatalog.Web.Tests.Components.Pages.Groups;

/// <summary>The group storefront /kelompok/{slug}.</summary>
public sealed class StorefrontPageTests(InquiryAppFactory app) : IClassFixture<InquiryAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_storefront_shows_the_groups_place_story_contact_products_and_head_tags()
    {
        var product = await app.PublishedProductAsync();
        var store = await app.Services.GetRequiredService<StorefrontService>().GetAsync(product.GroupSlug, Ct);
        Assert.NotNull(store);
        using var client = app.Browser();

        using var response = await client.GetAsync("/kelompok/" + product.GroupSlug, Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);
        var text = Html.Text(html);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(store.Name, text);
        Assert.Contains(store.Village, text);
        Assert.Contains(store.RegencyName, text);
        Assert.Contains(store.Story.Split('\n')[0].Trim(), text);
        var links = Html.Hrefs(html, "/produk/");
        Assert.Equal(store.Products.Select(p => "/produk/" + p.Slug).Distinct().Order(), links.Distinct().Order());
        Assert.Contains("/produk/" + product.Slug, links);
        // Two wa.me links: the group's number, and "Bagikan katalog" (no number: the buyer picks a chat).
        var wa = Html.Hrefs(html, "https://wa.me/");
        Assert.Equal(2, wa.Count);
        Assert.Single(wa, l => l.StartsWith($"https://wa.me/{store.PublicWhatsApp!.TrimStart('+')}?text=", StringComparison.Ordinal));
        Assert.Single(wa, l => l == "https://wa.me/?text=" + Uri.EscapeDataString($"http://localhost/kelompok/{product.GroupSlug}/katalog.pdf"));
        Assert.Equal($"http://localhost/kelompok/{product.GroupSlug}", Html.MetaProperty(html, "og:url"));
        Assert.Contains($"<link rel=\"canonical\" href=\"http://localhost/kelompok/{product.GroupSlug}\"", html);
        Assert.Equal(store.Name, Html.MetaProperty(html, "og:title"));
        Assert.False(string.IsNullOrWhiteSpace(Html.MetaProperty(html, "og:description")));
        Assert.Matches("^http://localhost/media/.+\\.jpg$", Html.MetaProperty(html, "og:image"));
    }

    [Fact]
    public async Task An_unknown_or_inactive_group_is_404()
    {
        using var client = app.Browser();
        using var unknown = await client.GetAsync("/kelompok/tidak-ada", Ct);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);

        var slug = await app.QueryAsync(async db =>
        {
            var group = await db.Groups.OrderByDescending(g => g.Id).FirstAsync(Ct);
            group.IsActive = false;
            await db.SaveChangesAsync(Ct);
            return group.Slug;
        });

        using var inactive = await client.GetAsync("/kelompok/" + slug, Ct);
        Assert.Equal(HttpStatusCode.NotFound, inactive.StatusCode);
        Assert.Contains("Halaman tidak ditemukan", await inactive.Content.ReadAsStringAsync(Ct));
    }
}
