using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using UppkaCatalog.Web.Tests.Support;
using static UppkaCatalog.Web.Tests.Endpoints.Api.Api;

namespace UppkaCatalog.Web.Tests.Endpoints.Api;

/// <summary>The OpenAPI description at /openapi/v1.json: anonymous, every API call and nothing else, bearer calls marked.</summary>
[Collection(ApiAppCollection.Name)]
public sealed partial class ApiDocumentTests(AppFactory app)
{
    private static readonly string[] PublicCalls =
    [
        "POST /api/auth/login", "GET /api/v1/categories", "GET /api/v1/products", "GET /api/v1/products/{slug}",
        "GET /api/v1/exhibitions", "GET /api/v1/exhibitions/{slug}", "GET /api/v1/programs", "GET /api/v1/programs/{slug}",
    ];

    private static readonly string[] BearerCalls =
    [
        "GET /api/v1/me/products", "GET /api/v1/products/{id}", "POST /api/v1/products", "PUT /api/v1/products/{id}",
        "POST /api/v1/products/{id}/submit", "POST /api/v1/products/{id}/photos", "DELETE /api/v1/products/{id}/photos/{photoId}",
        "GET /api/v1/staff/products", "POST /api/v1/staff/products/{id}/approve", "POST /api/v1/staff/products/{id}/reject",
        "POST /api/v1/staff/products/{id}/permits/{kind}/verify", "POST /api/v1/staff/products/{id}/permits/{kind}/refuse",
        "GET /api/v1/staff/exhibitions/{slug}/stats", "POST /api/v1/staff/groups/import", "GET /api/v1/staff/groups",
        "POST /api/v1/staff/groups/{id}/invitations",
        "GET /api/v1/staff/dashboard", "GET /api/v1/staff/groups/{id}/record",
        "POST /api/v1/programs/{slug}/applications", "GET /api/v1/me/programs", "POST /api/v1/me/programs/applications/{id}/withdraw",
        "GET /api/v1/partner/programs", "GET /api/v1/partner/programs/{slug}/applications", "POST /api/v1/partner/applications/{id}/decision",
        "GET /api/v1/partner/applications/{id}/deliveries", "POST /api/v1/partner/applications/{id}/deliveries",
    ];

    private async Task<JsonElement> DocumentAsync()
    {
        using var client = Anonymous(app);
        using var response = await client.GetAsync("/openapi/v1.json", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return await JsonAsync(response);
    }

    private static Dictionary<string, JsonElement> Operations(JsonElement document) =>
        document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(op => (Key: $"{op.Name.ToUpperInvariant()} {path.Name}", op.Value)))
            .ToDictionary(o => o.Key, o => o.Value);

    [Fact]
    public async Task Lists_every_api_call_anonymously_and_no_page_upload_or_export()
    {
        var operations = Operations(await DocumentAsync());

        Assert.Equal(PublicCalls.Concat(BearerCalls).Order(), operations.Keys.Order());
        Assert.All(operations.Keys, k => Assert.StartsWith("/api/", k.Split(' ')[1]));
    }

    [Fact]
    public async Task Matches_the_api_routes_the_app_maps_so_a_new_call_cannot_be_left_out()
    {
        var mapped = ApiRoutes.Mapped(app).Select(r => $"{r.Method} {WithoutConstraints(r.Pattern)}").ToHashSet();

        var operations = Operations(await DocumentAsync());

        Assert.Equal(34, mapped.Count);
        Assert.Equal(mapped.Order(), operations.Keys.Order());
    }

    [Fact]
    public async Task Bearer_calls_name_the_bearer_scheme_and_public_reads_need_nothing()
    {
        var document = await DocumentAsync();
        var operations = Operations(document);

        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("bearer");
        Assert.Equal("http", scheme.GetProperty("type").GetString());
        Assert.Equal("bearer", scheme.GetProperty("scheme").GetString());
        Assert.All(BearerCalls, call =>
        {
            Assert.True(operations[call].GetProperty("security")[0].TryGetProperty("bearer", out _), call);
            Assert.True(operations[call].GetProperty("responses").TryGetProperty("401", out _), call);
        });
        Assert.All(PublicCalls, call => Assert.False(operations[call].TryGetProperty("security", out _), call));
        Assert.Contains("Staff", operations["POST /api/v1/staff/products/{id}/approve"].GetProperty("description").GetString());
        Assert.Contains("Member", operations["POST /api/v1/products"].GetProperty("description").GetString());
    }

    [Fact]
    public async Task Request_bodies_are_described_json_for_products_and_multipart_with_a_file_for_photos()
    {
        var operations = Operations(await DocumentAsync());

        var product = operations["POST /api/v1/products"].GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema");
        Assert.True(product.GetProperty("properties").TryGetProperty("categorySlug", out _));
        // Every field may be left out of a draft: the service's 400 names what a rule needs.
        Assert.False(product.TryGetProperty("required", out var required) && required.GetArrayLength() > 0);
        var login = operations["POST /api/auth/login"];
        Assert.True(login.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("properties").TryGetProperty("password", out _));
        Assert.True(login.GetProperty("responses").TryGetProperty("429", out _));
        var photo = operations["POST /api/v1/products/{id}/photos"].GetProperty("requestBody").GetProperty("content").GetProperty("multipart/form-data").GetProperty("schema");
        Assert.Equal("binary", photo.GetProperty("properties").GetProperty("file").GetProperty("format").GetString());
        Assert.Equal(["file"], photo.GetProperty("required").EnumerateArray().Select(e => e.GetString()));
        Assert.True(operations["POST /api/v1/products/{id}/photos"].GetProperty("responses").TryGetProperty("201", out _));
    }

    private static string WithoutConstraints(string pattern) => Constraint().Replace(pattern, "{$1}");

    [GeneratedRegex(@"\{(\w+)(:[^}]*)?\}")]
    private static partial Regex Constraint();
}
