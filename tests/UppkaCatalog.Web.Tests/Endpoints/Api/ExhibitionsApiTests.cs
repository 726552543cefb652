using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using UppkaCatalog.Core.Exhibitions;
using UppkaCatalog.Web.Tests.Support;
using static UppkaCatalog.Web.Tests.Endpoints.Api.Api;

namespace UppkaCatalog.Web.Tests.Endpoints.Api;

/// <summary>The public exhibitions API: anonymous, published and archived exhibitions only, times in WIB.</summary>
[Collection(ApiAppCollection.Name)]
public sealed class ExhibitionsApiTests(AppFactory app)
{
    private static readonly string[] ListFields = ["slug", "title", "theme", "status", "startsAt", "endsAt", "boothCount", "hallCount", "url"];

    private ExhibitionService Service => app.Services.GetRequiredService<ExhibitionService>();

    [Fact]
    public async Task List_has_every_public_exhibition_with_status_WIB_times_and_booth_count()
    {
        var expected = await Service.ListPublicAsync(Ct);
        using var client = Anonymous(app);

        using var response = await client.GetAsync("/api/v1/exhibitions", Ct);
        var items = (await JsonAsync(response)).EnumerateArray().ToList();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected.Select(e => e.Slug), items.Select(i => i.GetProperty("slug").GetString()));
        Assert.Equal(ListFields, items[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(["ongoing", "upcoming", "past"], items.Select(i => i.GetProperty("status").GetString()));
        foreach (var (item, e) in items.Zip(expected))
        {
            Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$", item.GetProperty("startsAt").GetString());
            Assert.Equal(e.StartsAt, DateTimeOffset.Parse(item.GetProperty("startsAt").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(e.EndsAt, DateTimeOffset.Parse(item.GetProperty("endsAt").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(e.BoothCount, item.GetProperty("boothCount").GetInt32());
            Assert.Equal($"http://localhost/pameran/{e.Slug}", item.GetProperty("url").GetString());
        }
    }

    [Fact]
    public async Task One_exhibition_has_halls_booths_with_their_group_and_featured_products()
    {
        var ongoing = (await Service.ListPublicAsync(Ct)).Single(e => e.Phase == ExhibitionPhase.Ongoing);
        var hall = (await Service.GetHallAsync(ongoing.Slug, ct: Ct))!;
        using var client = Anonymous(app);

        var json = await JsonAsync(await client.GetAsync($"/api/v1/exhibitions/{ongoing.Slug}", Ct));

        Assert.Equal("ongoing", json.GetProperty("status").GetString());
        var halls = json.GetProperty("halls").EnumerateArray().ToList();
        Assert.Equal(hall.Halls.Select(h => h.Slug), halls.Select(h => h.GetProperty("slug").GetString()));
        var booths = halls.SelectMany(h => h.GetProperty("booths").EnumerateArray()).ToList();
        var expected = hall.Halls.SelectMany(h => h.Booths).ToList();
        Assert.Equal(expected.Select(b => b.GroupSlug), booths.Select(b => b.GetProperty("group").GetProperty("slug").GetString()));
        var first = booths[0];
        var group = first.GetProperty("group");
        Assert.Equal(expected[0].GroupName, group.GetProperty("name").GetString());
        Assert.Equal(expected[0].RegencyName, group.GetProperty("regency").GetString());
        Assert.Equal($"http://localhost/pameran/{ongoing.Slug}/stan/{expected[0].GroupSlug}", first.GetProperty("url").GetString());
        var products = first.GetProperty("products").EnumerateArray().ToList();
        Assert.Equal(expected[0].Products.Select(p => p.Slug), products.Select(p => p.GetProperty("slug").GetString()));
        var product = products[0];
        Assert.Equal(["id", "slug", "name", "price", "exhibitionPrice", "url"], product.EnumerateObject().Select(p => p.Name));
        Assert.True(product.GetProperty("exhibitionPrice").GetInt64() < product.GetProperty("price").GetInt64());
        Assert.Equal($"http://localhost/produk/{product.GetProperty("slug").GetString()}?stan={first.GetProperty("id").GetInt32()}", product.GetProperty("url").GetString());
    }

    [Fact]
    public async Task An_unknown_exhibition_is_a_404_problem()
    {
        using var client = Anonymous(app);

        using var response = await client.GetAsync("/api/v1/exhibitions/tidak-ada", Ct);
        var problem = await ProblemAsync(response, HttpStatusCode.NotFound);

        Assert.Equal("Pameran tidak ditemukan atau belum terbit.", problem.GetProperty("detail").GetString());
        Assert.Equal(JsonValueKind.String, problem.GetProperty("title").ValueKind);
    }
}
