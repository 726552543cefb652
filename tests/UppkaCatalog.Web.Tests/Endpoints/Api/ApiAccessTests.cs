using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using UppkaCatalog.Web.Tests.Support;
using static UppkaCatalog.Web.Tests.Endpoints.Api.Api;

namespace UppkaCatalog.Web.Tests.Endpoints.Api;

/// <summary>Who may call what: public reads, bearer-only member and staff calls, problem details for every refusal.</summary>
[Collection(ApiAppCollection.Name)]
public sealed class ApiAccessTests(AppFactory app)
{
    public static TheoryData<string, string> MemberAndStaffCalls => new()
    {
        { "GET", "/api/v1/me/products" },
        { "GET", "/api/v1/products/1" },
        { "POST", "/api/v1/products" },
        { "PUT", "/api/v1/products/1" },
        { "POST", "/api/v1/products/1/photos" },
        { "DELETE", "/api/v1/products/1/photos/1" },
        { "POST", "/api/v1/products/1/submit" },
        { "POST", "/api/v1/programs/pelatihan-pengolahan-pangan-dan-kemasan-2026/applications" },
        { "GET", "/api/v1/me/programs" },
        { "POST", "/api/v1/me/programs/applications/1/withdraw" },
        { "GET", "/api/v1/staff/products?status=pending" },
        { "POST", "/api/v1/staff/products/1/approve" },
        { "POST", "/api/v1/staff/products/1/reject" },
        { "GET", "/api/v1/staff/groups" },
        { "POST", "/api/v1/staff/groups/1/invitations" },
        { "GET", "/api/v1/staff/dashboard" },
        { "GET", "/api/v1/partner/programs" },
        { "GET", "/api/v1/partner/programs/pelatihan-menjahit-busana-muslim-2026/applications" },
        { "POST", "/api/v1/partner/applications/1/decision" },
    };

    private static HttpRequestMessage Request(string method, string path) =>
        new(new HttpMethod(method), path) { Content = method == "GET" || method == "DELETE" ? null : JsonContent.Create(new { reason = "x" }) };

    [Fact]
    public async Task Categories_are_public_as_slug_and_name_in_the_catalogue_order()
    {
        var expected = await app.QueryAsync(db => db.Categories.OrderBy(c => c.SortOrder).ThenBy(c => c.Name).Select(c => new { c.Slug, c.Name }).ToListAsync(Ct));
        using var client = Anonymous(app);

        using var response = await client.GetAsync("/api/v1/categories", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = await JsonAsync(response);
        Assert.Equal(expected.Count, body.GetArrayLength());
        Assert.True(expected.Count >= 5);
        Assert.Equal(expected.Select(c => (c.Slug, c.Name)),
            body.EnumerateArray().Select(c => (c.GetProperty("slug").GetString()!, c.GetProperty("name").GetString()!)));
        Assert.Equal(2, body[0].EnumerateObject().Count());
    }

    [Theory]
    [MemberData(nameof(MemberAndStaffCalls))]
    public async Task Anonymous_call_is_a_401_problem_asking_for_a_bearer_token(string method, string path)
    {
        using var client = Anonymous(app);

        using var response = await client.SendAsync(Request(method, path), Ct);

        var problem = await ProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.Equal("Belum masuk.", problem.GetProperty("title").GetString());
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Fact]
    public async Task A_forged_or_foreign_token_is_a_401()
    {
        using var client = Anonymous(app);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "CfDJ8-bukan-token-yang-sah");

        using var response = await client.GetAsync("/api/v1/me/products", Ct);

        await ProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("GET", "/api/v1/staff/products?status=pending")]
    [InlineData("POST", "/api/v1/staff/products/1/approve")]
    [InlineData("POST", "/api/v1/staff/products/1/reject")]
    [InlineData("GET", "/api/v1/staff/groups")]
    [InlineData("POST", "/api/v1/staff/groups/1/invitations")]
    [InlineData("GET", "/api/v1/staff/dashboard")]
    public async Task Member_calling_a_staff_endpoint_is_a_403_problem(string method, string path)
    {
        using var member = await SignedInAsync(app, Member(3));
        var pending = await app.QueryAsync(db => db.Products.CountAsync(p => p.Status == Core.Catalog.ProductStatus.PendingReview, Ct));

        using var response = await member.SendAsync(Request(method, path), Ct);

        var problem = await ProblemAsync(response, HttpStatusCode.Forbidden);
        Assert.Equal("Hanya staf BKKBN yang dapat memakai alamat ini.", problem.GetProperty("detail").GetString());
        Assert.Equal(pending, await app.QueryAsync(db => db.Products.CountAsync(p => p.Status == Core.Catalog.ProductStatus.PendingReview, Ct)));
    }

    [Theory]
    [InlineData("GET", "/api/v1/partner/programs")]
    [InlineData("GET", "/api/v1/partner/programs/pelatihan-menjahit-busana-muslim-2026/applications")]
    [InlineData("POST", "/api/v1/partner/applications/1/decision")]
    public async Task Member_calling_a_partner_endpoint_is_a_403_problem(string method, string path)
    {
        using var member = await SignedInAsync(app, Member(3));

        using var response = await member.SendAsync(Request(method, path), Ct);

        var problem = await ProblemAsync(response, HttpStatusCode.Forbidden);
        Assert.Equal("Hanya petugas mitra dan staf BKKBN yang dapat memakai alamat ini.", problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("GET", "/api/v1/staff/products?status=pending")]
    [InlineData("GET", "/api/v1/me/products")]
    public async Task A_partner_officer_calling_a_staff_or_member_endpoint_is_a_403_problem(string method, string path)
    {
        using var officer = await SignedInAsync(app, "mitra1@uppka.test");

        using var response = await officer.SendAsync(Request(method, path), Ct);

        await ProblemAsync(response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Staff_calling_a_member_endpoint_is_a_403_problem()
    {
        using var staff = await SignedInAsync(app, Staff);

        using var response = await staff.PostAsJsonAsync("/api/v1/products", new { name = "Produk staf" }, Ct);

        var problem = await ProblemAsync(response, HttpStatusCode.Forbidden);
        Assert.Contains("anggota kelompok", problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("GET", "/api/v1/tidak-ada")]
    [InlineData("GET", "/api/v1/products/bukan-angka")]
    [InlineData("GET", "/api/auth/login")]
    public async Task Unknown_API_address_is_a_404_problem_not_the_HTML_page(string method, string path)
    {
        using var client = Anonymous(app);

        using var response = await client.SendAsync(Request(method, path), Ct);

        await ProblemAsync(response, HttpStatusCode.NotFound);
    }
}
