using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Exhibitions;
using UppkaCatalog.Web.Tests.Support;

namespace UppkaCatalog.Web.Tests.Components.Pages.Exhibitions;

/// <summary>
/// The staff preview of a draft exhibition, and the output cache of booth pages. Its own app: these tests add a draft
/// and change exhibitions and products.
/// </summary>
public sealed class ExhibitionPreviewAndCacheTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string DraftSlug = "pameran-draf-uji";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A draft exhibition with one accepted booth (a copy of the first demo booth's group), made once.</summary>
    private async Task<string> DraftBoothGroupAsync()
    {
        var factory = app.Services.GetRequiredService<IDbContextFactory<UppkaCatalog.Core.Data.AppDbContext>>();
        await using var db = await factory.CreateDbContextAsync(Ct);
        var existing = await db.Booths.Where(b => b.Exhibition!.Slug == DraftSlug).Select(b => b.Group!.Slug).FirstOrDefaultAsync(Ct);
        if (existing is not null) return existing;
        var group = await db.Groups.Where(g => g.IsActive).OrderBy(g => g.Id).FirstAsync(Ct);
        var hall = new Hall { Slug = "aula", Name = "Aula Uji" };
        var exhibition = new Exhibition
        {
            Slug = DraftSlug, Title = "Pameran Draf Uji", Status = ExhibitionStatus.Draft,
            StartsAt = DateTimeOffset.UtcNow.AddDays(10), EndsAt = DateTimeOffset.UtcNow.AddDays(17), Halls = [hall],
        };
        hall.Booths.Add(new Booth { Exhibition = exhibition, GroupId = group.Id, Number = "1", Status = BoothStatus.Accepted, Tagline = "Pratinjau" });
        db.Exhibitions.Add(exhibition);
        await db.SaveChangesAsync(Ct);
        return group.Slug;
    }

    [Fact]
    public async Task Anonymous_visitors_and_members_get_404_for_a_draft_even_with_pratinjau()
    {
        var group = await DraftBoothGroupAsync();
        using var anonymous = app.Browser();
        using var member = await AccountFlows.SignedInAsync(app, "anggota1@uppka.test");

        foreach (var client in new[] { anonymous, member })
        {
            foreach (var url in new[] { $"/pameran/{DraftSlug}", $"/pameran/{DraftSlug}?pratinjau=1", $"/pameran/{DraftSlug}/stan/{group}?pratinjau=1" })
            {
                using var response = await client.GetAsync(url, Ct);
                Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{url}: {response.StatusCode}");
            }
        }

        using var api = await anonymous.GetAsync($"/api/v1/exhibitions/{DraftSlug}", Ct);
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.DoesNotContain(DraftSlug, await anonymous.GetStringAsync("/pameran", Ct));
    }

    [Fact]
    public async Task Staff_see_a_draft_only_when_asking_for_the_preview_with_a_banner_and_noindex()
    {
        var group = await DraftBoothGroupAsync();
        using var staff = await AccountFlows.SignedInAsync(app, AccountFlows.StaffEmail);

        using var plain = await staff.GetAsync($"/pameran/{DraftSlug}", Ct);
        using var hall = await staff.GetAsync($"/pameran/{DraftSlug}?pratinjau=1", Ct);
        using var booth = await staff.GetAsync($"/pameran/{DraftSlug}/stan/{group}?pratinjau=1", Ct);
        var hallHtml = await hall.Content.ReadAsStringAsync(Ct);
        var boothHtml = await booth.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.NotFound, plain.StatusCode);
        Assert.Equal(HttpStatusCode.OK, hall.StatusCode);
        Assert.Equal(HttpStatusCode.OK, booth.StatusCode);
        foreach (var html in new[] { hallHtml, boothHtml })
        {
            Assert.Contains("Pratinjau — belum terbit", Html.Text(html));
            Assert.Contains("<meta name=\"robots\" content=\"noindex, nofollow\"", html);
            Assert.DoesNotContain("og:url", html);
        }

        // Links inside the preview keep it a preview.
        Assert.Contains($"/pameran/{DraftSlug}/stan/{group}?pratinjau=1", Html.Hrefs(hallHtml, "/pameran/"));
        Assert.Null(hall.Headers.Age);
    }

    [Fact]
    public async Task A_preview_request_is_never_served_from_nor_stored_in_the_cache()
    {
        var slug = await app.QueryAsync(db => db.Exhibitions.Where(e => e.Status == ExhibitionStatus.Published).Select(e => e.Slug).FirstAsync(Ct));
        using var client = app.Browser();

        using var first = await client.GetAsync($"/pameran/{slug}?pratinjau=1", Ct);
        using var second = await client.GetAsync($"/pameran/{slug}?pratinjau=1", Ct);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Null(second.Headers.Age);
        Assert.Contains("noindex", await second.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Booth_page_comes_from_the_cache_and_leaves_it_when_its_exhibition_changes()
    {
        var (url, exhibitionId, _) = await AnyBoothAsync();
        using var client = app.Browser();
        await AssertCachedAsync(client, url);

        string newTitle = "";
        await ChangeAsync(async db =>
        {
            var e = await db.Exhibitions.SingleAsync(x => x.Id == exhibitionId, Ct);
            e.Title = newTitle = e.Title + " (diperbarui)";
        });

        using var after = await client.GetAsync(url, Ct);
        Assert.Null(after.Headers.Age);
        Assert.Contains(newTitle, Html.Text(await after.Content.ReadAsStringAsync(Ct)));
    }

    [Fact]
    public async Task Booth_page_leaves_the_cache_when_a_product_it_shows_changes()
    {
        var (url, _, productId) = await AnyBoothAsync();
        using var client = app.Browser();
        await AssertCachedAsync(client, url);

        string newName = "";
        await ChangeAsync(async db =>
        {
            var p = await db.Products.SingleAsync(x => x.Id == productId, Ct);
            p.Name = newName = p.Name + " Spesial";
        });

        using var after = await client.GetAsync(url, Ct);
        Assert.Null(after.Headers.Age);
        Assert.Contains(newName, Html.Text(await after.Content.ReadAsStringAsync(Ct)));
    }

    [Fact]
    public async Task A_signed_in_visitor_never_gets_the_cached_booth_page()
    {
        var (url, _, _) = await AnyBoothAsync();
        using (var anonymous = app.Browser())
        {
            await AssertCachedAsync(anonymous, url);
        }

        using var staff = await AccountFlows.SignedInAsync(app, AccountFlows.StaffEmail);
        using var response = await staff.GetAsync(url, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(response.Headers.Age);
    }

    private static async Task AssertCachedAsync(HttpClient client, string url)
    {
        using var first = await client.GetAsync(url, Ct);
        using var second = await client.GetAsync(url, Ct);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.True(second.Headers.Age is not null, $"{url}: the second anonymous visit was not served from the output cache");
        Assert.False(first.Headers.Contains("Set-Cookie"), $"{url} sets a cookie");
    }

    /// <summary>A booth page of a published exhibition, its exhibition, and its first featured published product.</summary>
    private Task<(string Url, int ExhibitionId, int ProductId)> AnyBoothAsync() => app.QueryAsync(async db =>
    {
        var b = await db.BoothProducts
            .Where(bp => bp.Booth!.Status == BoothStatus.Accepted && bp.Booth.Exhibition!.Status == ExhibitionStatus.Published
                && bp.Product!.Status == ProductStatus.Published && bp.Product.GroupId == bp.Booth.GroupId)
            .OrderBy(bp => bp.Id)
            .Select(bp => new { Exhibition = bp.Booth!.Exhibition!.Slug, bp.Booth.ExhibitionId, Group = bp.Booth.Group!.Slug, bp.ProductId })
            .FirstAsync(Ct);
        return ($"/pameran/{b.Exhibition}/stan/{b.Group}", b.ExhibitionId, b.ProductId);
    });

    /// <summary>A change committed through a context (the same SaveChanges path the services use, so eviction follows).</summary>
    private async Task ChangeAsync(Func<UppkaCatalog.Core.Data.AppDbContext, Task> change)
    {
        var factory = app.Services.GetRequiredService<IDbContextFactory<UppkaCatalog.Core.Data.AppDbContext>>();
        await using var db = await factory.CreateDbContextAsync(Ct);
        await change(db);
        await db.SaveChangesAsync(Ct);
    }
}
