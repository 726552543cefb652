using System.Net;
using System.Net.Http.Json;
using UppkaCatalog.Web.Tests.Support;
using static UppkaCatalog.Web.Tests.Endpoints.Api.Api;

namespace UppkaCatalog.Web.Tests.Endpoints.Api;

/// <summary>
/// A service's refusal reaches an API client in the request's language: English when it asks for it (the app's
/// culture providers: <c>?culture=</c> or the culture cookie), Indonesian otherwise.
/// </summary>
[Collection(ApiAppCollection.Name)]
public sealed class RefusalLanguageApiTests(AppFactory app)
{
    [Theory]
    [InlineData("/api/v1/products?culture=en-US", "Enter the product name.")]
    [InlineData("/api/v1/products", "Isi nama produk.")]
    public async Task A_rule_break_is_in_the_requests_language(string path, string message)
    {
        using var member = await SignedInAsync(app, Member(8));

        using var response = await member.PostAsJsonAsync(path, new { name = "" }, Ct);

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(message, FieldError(problem, "name"));
        Assert.Equal(message, problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("c=en-US|uic=en-US", "Product not found.")]
    [InlineData(null, "Produk tidak ditemukan.")]
    public async Task A_refusal_without_a_field_is_in_the_cookies_language(string? cultureCookie, string message)
    {
        using var member = await SignedInAsync(app, Member(8));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/products/987654");
        if (cultureCookie is not null) request.Headers.Add("Cookie", ".AspNetCore.Culture=" + Uri.EscapeDataString(cultureCookie));

        using var response = await member.SendAsync(request, Ct);

        var problem = await ProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Equal(message, problem.GetProperty("detail").GetString());
    }
}
