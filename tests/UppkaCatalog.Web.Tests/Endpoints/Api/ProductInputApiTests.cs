using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using UppkaCatalog.Web.Tests.Support;
using static UppkaCatalog.Web.Tests.Endpoints.Api.Api;

namespace UppkaCatalog.Web.Tests.Endpoints.Api;

/// <summary>What the product endpoints accept, and how they say what is wrong.</summary>
[Collection(ApiAppCollection.Name)]
public sealed class ProductInputApiTests(AppFactory app)
{
    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");

    [Theory]
    [InlineData("{\"name\": \"Kopi Liberika\", ")]
    [InlineData("name=Kopi")]
    [InlineData("")]
    [InlineData("null")]
    public async Task Malformed_JSON_is_a_400_problem_in_Indonesian_and_creates_nothing(string body)
    {
        using var member = await SignedInAsync(app, Member(8));
        var before = await app.QueryAsync(db => db.Products.CountAsync(Ct));

        using var response = await member.PostAsync("/api/v1/products", Json(body), Ct);

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("Permintaan tidak bisa dibaca.", problem.GetProperty("title").GetString());
        Assert.Contains("bukan JSON yang sah", problem.GetProperty("detail").GetString());
        Assert.Equal(before, await app.QueryAsync(db => db.Products.CountAsync(Ct)));
    }

    [Fact]
    public async Task A_field_of_the_wrong_type_is_named_in_errors()
    {
        using var member = await SignedInAsync(app, Member(8));

        using var response = await member.PostAsync("/api/v1/products", Json("{\"name\": \"Kopi Liberika\", \"price\": 25.000}"), Ct);

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("Jenis isian salah", FieldError(problem, "price"));
    }

    [Fact]
    public async Task Rule_breaks_are_a_400_with_a_message_per_field()
    {
        using var member = await SignedInAsync(app, Member(8));

        using var response = await member.PostAsJsonAsync("/api/v1/products", new
        {
            name = "",
            price = 0,
            availability = "preOrder",
            marketplaceLinks = new[] { new { name = "Shopee", url = "javascript:alert(1)" } },
        }, Ct);

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("Isian belum benar.", problem.GetProperty("title").GetString());
        Assert.Equal("Isi nama produk.", FieldError(problem, "name"));
        Assert.Contains("Rp 1", FieldError(problem, "price"));
        Assert.Contains("1 sampai 90 hari", FieldError(problem, "preOrderDays"));
        Assert.Contains("https://", FieldError(problem, "marketplaceLinks[0].url"));
    }

    [Fact]
    public async Task Unknown_category_and_unknown_availability_are_named()
    {
        using var member = await SignedInAsync(app, Member(8));

        using var category = await member.PostAsJsonAsync("/api/v1/products", new { name = "Kopi", categorySlug = "senjata" }, Ct);
        using var availability = await member.PostAsJsonAsync("/api/v1/products", new { name = "Kopi", availability = "kadang-kadang" }, Ct);

        Assert.Contains("Kategori tidak dikenal", FieldError(await ProblemAsync(category, HttpStatusCode.BadRequest), "categorySlug"));
        Assert.Contains("ready, preOrder, outOfStock", FieldError(await ProblemAsync(availability, HttpStatusCode.BadRequest), "availability"));
    }

    [Fact]
    public async Task Availability_is_read_in_any_casing_and_written_back_in_camel_case()
    {
        using var member = await SignedInAsync(app, Member(8));

        var created = await CreateAsync(member, new { name = UniqueName("Kue Pesanan"), availability = "PREORDER", preOrderDays = 3 });

        Assert.Equal("preOrder", created.GetProperty("availability").GetString());
        Assert.Equal(3, created.GetProperty("preOrderDays").GetInt32());
    }

    [Fact]
    public async Task PUT_without_a_version_is_refused_and_writes_nothing()
    {
        using var member = await SignedInAsync(app, Member(8));
        var created = await CreateAsync(member, new { name = UniqueName("Madu Hutan") });
        var id = created.GetProperty("id").GetInt32();

        using var response = await member.PutAsJsonAsync($"/api/v1/products/{id}", new { name = "Madu Hutan Baru" }, Ct);

        Assert.Contains("version", FieldError(await ProblemAsync(response, HttpStatusCode.BadRequest), "version"));
        Assert.Equal(created.GetProperty("name").GetString(), (await JsonAsync(await member.GetAsync($"/api/v1/products/{id}", Ct))).GetProperty("name").GetString());
    }

    [Fact]
    public async Task Own_list_filters_by_status_and_refuses_an_unknown_one()
    {
        using var member = await SignedInAsync(app, Member(8));
        var draftId = (await CreateAsync(member, new { name = UniqueName("Teh Daun Kelor") })).GetProperty("id").GetInt32();

        var drafts = await JsonAsync(await member.GetAsync("/api/v1/me/products?status=draft", Ct));
        var published = await JsonAsync(await member.GetAsync("/api/v1/me/products?status=published", Ct));
        using var unknown = await member.GetAsync("/api/v1/me/products?status=menunggu", Ct);

        Assert.Contains(drafts.EnumerateArray(), p => p.GetProperty("id").GetInt32() == draftId);
        Assert.All(drafts.EnumerateArray(), p => Assert.Equal("draft", p.GetProperty("status").GetString()));
        Assert.NotEqual(0, published.GetArrayLength()); // the demo group's published products
        Assert.All(published.EnumerateArray(), p => Assert.Equal("published", p.GetProperty("status").GetString()));
        Assert.Contains("draft, pending", FieldError(await ProblemAsync(unknown, HttpStatusCode.BadRequest), "status"));
    }
}
