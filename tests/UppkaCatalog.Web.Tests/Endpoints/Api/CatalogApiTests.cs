using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Web.Tests.Support;
using static UppkaCatalog.Web.Tests.Endpoints.Api.Api;

namespace UppkaCatalog.Web.Tests.Endpoints.Api;

/// <summary>The public catalogue API: anonymous, published products only, and the member routes beside it still bearer-only.</summary>
[Collection(ApiAppCollection.Name)]
public sealed class CatalogApiTests(AppFactory app)
{
    private static readonly string[] ItemFields = ["id", "slug", "name", "price", "unit", "groupSlug", "groupName", "regency", "category", "url", "coverUrl", "verifiedPermits"];

    [Fact]
    public async Task Search_is_anonymous_and_answers_items_total_and_page()
    {
        var expected = await app.Services.GetRequiredService<CatalogService>().SearchAsync(new CatalogQuery { Text = "keri" }, Ct);
        using var client = Anonymous(app);

        using var response = await client.GetAsync("/api/v1/products?q=keri", Ct);
        var json = await JsonAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(expected.Results.TotalCount, json.GetProperty("total").GetInt32());
        Assert.Equal(1, json.GetProperty("page").GetInt32());
        var items = json.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(expected.Results.Items.Select(p => p.Slug), items.Select(i => i.GetProperty("slug").GetString()));
        var first = items[0];
        Assert.Equal(ItemFields, first.EnumerateObject().Select(p => p.Name));
        Assert.Equal(JsonValueKind.Number, first.GetProperty("price").ValueKind);
        Assert.Equal($"http://localhost/produk/{first.GetProperty("slug").GetString()}", first.GetProperty("url").GetString());
        Assert.Matches(@"^http://localhost/media/p/[0-9a-f]{32}/\d+\.jpg$", first.GetProperty("coverUrl").GetString());
    }

    [Fact]
    public async Task Category_regency_and_page_filter_the_list()
    {
        using var client = Anonymous(app);

        var json = await JsonAsync(await client.GetAsync("/api/v1/products?category=kue-camilan&regency=1572", Ct));
        var clamped = await JsonAsync(await client.GetAsync("/api/v1/products?page=-3&q=%22NEAR(", Ct));

        var items = json.GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(items);
        Assert.All(items, i => Assert.Equal("Kue & Camilan", i.GetProperty("category").GetString()));
        Assert.All(items, i => Assert.Equal("Kota Sungai Penuh", i.GetProperty("regency").GetString()));
        Assert.Equal(1, clamped.GetProperty("page").GetInt32());
    }

    [Fact]
    public async Task One_published_product_by_slug()
    {
        var slug = await DemoProducts.WithPhotoAndWhatsAppAsync(app);
        using var client = Anonymous(app);

        using var response = await client.GetAsync($"/api/v1/products/{slug}", Ct);
        var json = await JsonAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(slug, json.GetProperty("slug").GetString());
        Assert.True(json.GetProperty("price").GetInt64() > 0);
        Assert.NotEmpty(json.GetProperty("photos").EnumerateArray());
        Assert.StartsWith("http://localhost/media/", json.GetProperty("photos")[0].GetProperty("variants")[0].GetProperty("url").GetString());
    }

    [Theory]
    [InlineData("tidak-ada-produk-ini")]
    [InlineData("%3Cscript%3E")]
    public async Task An_unknown_slug_is_a_404_problem(string slug)
    {
        using var client = Anonymous(app);

        using var response = await client.GetAsync($"/api/v1/products/{slug}", Ct);

        await ProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_unpublished_product_is_a_404_problem()
    {
        var draft = await app.QueryAsync(db => db.Products.Where(p => p.Status != ProductStatus.Published).Select(p => p.Slug).FirstOrDefaultAsync(Ct));
        if (draft is null)
        {
            using var member = await SignedInAsync(app, Member(1));
            using var created = await member.PostAsJsonAsync("/api/v1/products", CompleteProduct("Draf Tidak Tayang Uji API"), Ct);
            draft = (await JsonAsync(created)).GetProperty("slug").GetString();
        }

        using var client = Anonymous(app);
        using var response = await client.GetAsync($"/api/v1/products/{draft}", Ct);

        await ProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Member_routes_beside_the_public_ones_still_need_a_bearer_token_and_work_with_one()
    {
        using var anonymous = Anonymous(app);
        using var member = await SignedInAsync(app, Member(1));
        var own = await JsonAsync(await member.GetAsync("/api/v1/me/products", Ct));
        var id = own.EnumerateArray().First().GetProperty("id").GetInt32();

        await ProblemAsync(await anonymous.GetAsync("/api/v1/me/products", Ct), HttpStatusCode.Unauthorized);
        await ProblemAsync(await anonymous.GetAsync($"/api/v1/products/{id}", Ct), HttpStatusCode.Unauthorized);
        using var edit = await member.GetAsync($"/api/v1/products/{id}", Ct);
        Assert.Equal(HttpStatusCode.OK, edit.StatusCode);
        Assert.Equal(id, (await JsonAsync(edit)).GetProperty("id").GetInt32());
    }
}
