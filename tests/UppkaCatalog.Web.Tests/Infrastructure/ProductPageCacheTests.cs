using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Web.Tests.Support;

namespace UppkaCatalog.Web.Tests.Infrastructure;

/// <summary>
/// The product page (where every WhatsApp share lands) comes from the output cache for anonymous visitors, and is
/// forgotten the moment the product, one of its photos or its group changes. Its own app: these tests change data.
/// </summary>
public sealed class ProductPageCacheTests(InquiryAppFactory app) : IClassFixture<InquiryAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<HttpResponseMessage> CachedAsync(HttpClient client, string path)
    {
        (await client.GetAsync(path, Ct)).Dispose();
        var second = await client.GetAsync(path, Ct);
        Assert.True(second.Headers.Age is not null, $"{path}: the second visit was not served from the output cache");
        return second;
    }

    [Fact]
    public async Task An_anonymous_second_visit_is_served_from_the_cache_without_a_cookie_or_no_store()
    {
        var product = await app.PublishedProductAsync();
        using var client = app.Browser();

        using var first = await client.GetAsync($"/produk/{product.Slug}", Ct);
        using var second = await client.GetAsync($"/produk/{product.Slug}", Ct);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.NotNull(second.Headers.Age);
        Assert.False(first.Headers.Contains("Set-Cookie"), "the product page sets a cookie, so it cannot be shared");
        Assert.DoesNotContain("no-store", first.Headers.CacheControl?.ToString() ?? "");
    }

    [Fact]
    public async Task A_cached_page_still_takes_an_inquiry_and_the_confirmation_is_its_own_page()
    {
        var product = await app.PublishedProductAsync(3);
        using var client = app.Browser();
        (await CachedAsync(client, $"/produk/{product.Slug}")).Dispose();

        // The hidden fields come from the cached copy: nothing in it belongs to one visitor.
        using var sent = await app.PostInquiryAsync(client, product.Slug, "Pembeli Cache", "081270000020", null, "Apakah masih tersedia minggu ini?");

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal($"/produk/{product.Slug}?terkirim=1", AccountFlows.Target(sent));
        Assert.Contains("Terima kasih!", Html.Text(await client.GetStringAsync($"/produk/{product.Slug}?terkirim=1", Ct)));
        Assert.DoesNotContain("Terima kasih!", Html.Text(await client.GetStringAsync($"/produk/{product.Slug}", Ct)));
    }

    [Fact]
    public async Task A_signed_in_visitor_never_gets_the_anonymous_copy()
    {
        var product = await app.PublishedProductAsync();
        using (var anonymous = app.Browser())
        {
            (await CachedAsync(anonymous, $"/produk/{product.Slug}")).Dispose();
        }

        using var member = await AccountFlows.SignedInAsync(app, "anggota1@uppka.test");
        using var response = await member.GetAsync($"/produk/{product.Slug}", Ct);

        Assert.Null(response.Headers.Age);
        Assert.Contains("href=\"/kelola\"", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task A_change_to_the_product_is_on_the_next_visit()
    {
        var product = await app.PublishedProductAsync(4);
        using var client = app.Browser();
        (await CachedAsync(client, $"/produk/{product.Slug}")).Dispose();

        await app.QueryAsync(async db =>
        {
            var p = await db.Products.SingleAsync(x => x.Id == product.Id, Ct);
            p.Description = "Deskripsi baru untuk uji cache: renyah, gurih, tanpa pengawet.";
            return await db.SaveChangesAsync(Ct);
        });

        using var after = await client.GetAsync($"/produk/{product.Slug}", Ct);
        Assert.Null(after.Headers.Age);
        Assert.Contains("Deskripsi baru untuk uji cache", Html.Text(await after.Content.ReadAsStringAsync(Ct)));
    }

    [Fact]
    public async Task A_change_to_one_of_its_photos_is_on_the_next_visit()
    {
        var product = await app.PublishedProductAsync(5);
        Assert.NotEmpty(product.Photos);
        using var client = app.Browser();
        (await CachedAsync(client, $"/produk/{product.Slug}")).Dispose();

        await app.QueryAsync(async db =>
        {
            var photo = await db.ProductPhotos.Where(x => x.ProductId == product.Id).OrderBy(x => x.SortOrder).FirstAsync(Ct);
            photo.AltText = "Kemasan baru tampak depan untuk uji cache";
            return await db.SaveChangesAsync(Ct);
        });

        using var after = await client.GetAsync($"/produk/{product.Slug}", Ct);
        Assert.Null(after.Headers.Age);
        Assert.Contains("Kemasan baru tampak depan untuk uji cache", await after.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task A_change_to_its_group_is_on_the_next_visit()
    {
        var product = await app.PublishedProductAsync(6);
        using var client = app.Browser();
        (await CachedAsync(client, $"/produk/{product.Slug}")).Dispose();

        await app.QueryAsync(async db =>
        {
            var group = await db.Groups.SingleAsync(g => g.Slug == product.GroupSlug, Ct);
            group.Name += " Baru";
            return await db.SaveChangesAsync(Ct);
        });

        using var after = await client.GetAsync($"/produk/{product.Slug}", Ct);
        Assert.Null(after.Headers.Age);
        Assert.Contains(WebUtility.HtmlEncode(product.GroupName + " Baru"), await after.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task A_product_renamed_by_its_member_leaves_at_once()
    {
        // A new name sends a published product back to review: the cached page must not keep showing it.
        var product = await app.PublishedProductAsync(7);
        var groupId = await app.QueryAsync(db => db.Products.Where(p => p.Id == product.Id).Select(p => p.GroupId).SingleAsync(Ct));
        var userId = await app.QueryAsync(db => db.Users.Where(u => u.GroupId == groupId).OrderBy(u => u.Id).Select(u => u.Id).FirstAsync(Ct));
        var member = new Actor(userId, groupId, IsStaff: false);
        using var client = app.Browser();
        (await CachedAsync(client, $"/produk/{product.Slug}")).Dispose();

        var editing = app.Services.GetRequiredService<ProductEditingService>();
        var view = await editing.GetForEditAsync(member, product.Id, Ct);
        view.Input.Name = product.Name + " Edisi Baru";
        await editing.UpdateAsync(member, product.Id, view.Input, view.Version, Ct);

        using var after = await client.GetAsync($"/produk/{product.Slug}", Ct);
        Assert.Equal(HttpStatusCode.NotFound, after.StatusCode);
    }
}
