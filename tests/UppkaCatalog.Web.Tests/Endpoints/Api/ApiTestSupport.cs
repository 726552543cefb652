using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using UppkaCatalog.Web.Tests.Support;

namespace UppkaCatalog.Web.Tests.Endpoints.Api;

/// <summary>
/// The API tests get an app of their own (fresh demo database and data folder): they lock accounts,
/// create, publish and reject products, which would change what the page tests in the shared app see.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ApiAppCollection : ICollectionFixture<AppFactory>
{
    public const string Name = "api app";
}

/// <summary>Talking to the API as a script would: JSON over real HTTP (TestServer), bearer tokens from the login endpoint.</summary>
public static class Api
{
    public const string Password = "Demo-UPPKA-2026";
    public const string Staff = "staf@uppka.test";

    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static string Member(int group) => $"anggota{group}@uppka.test";

    /// <summary>A client with no credentials at all (no cookies kept, redirects not followed).</summary>
    public static HttpClient Anonymous(AppFactory app) =>
        app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });

    public static async Task<HttpClient> SignedInAsync(AppFactory app, string login)
    {
        var client = Anonymous(app);
        using var response = await client.PostAsJsonAsync("/api/auth/login", new { email = login, password = Password }, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var token = (await JsonAsync(response)).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).Clone();

    /// <summary>Asserts an RFC 7807 answer with the status and returns its body.</summary>
    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(status == response.StatusCode, $"Expected {(int)status}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        // No stack trace or exception type reaches the client.
        Assert.DoesNotContain("Exception", text);
        Assert.DoesNotContain("   at ", text);
        using var doc = JsonDocument.Parse(text);
        var problem = doc.RootElement.Clone();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        return problem;
    }

    /// <summary>The message a 400 gives for one field (the <c>errors</c> object of a validation problem).</summary>
    public static string FieldError(JsonElement problem, string field) =>
        problem.GetProperty("errors").GetProperty(field)[0].GetString()!;

    /// <summary>A listing complete enough to submit once it has a photo; the name is unique per call.</summary>
    public static object CompleteProduct(string name, long price = 25_000) => new
    {
        name,
        categorySlug = "kue-camilan",
        description = "Keripik tempe renyah dari tempe kedelai lokal, digoreng dengan minyak baru. Tahan 2 bulan.",
        price,
        unit = "bungkus",
        minimumOrder = 2,
        availability = "ready",
        netContent = "250 g",
        packaging = "Standing pouch dengan ziplock",
        pirtNumber = "2061571010123-25",
        marketplaceLinks = new[] { new { name = "Shopee", url = "https://shopee.co.id/keripik-tempe-uji" } },
    };

    public static string UniqueName(string prefix) => $"{prefix} {Guid.NewGuid().ToString("N")[..6]}";

    public static async Task<JsonElement> CreateAsync(HttpClient member, object product)
    {
        using var response = await member.PostAsJsonAsync("/api/v1/products", product, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await JsonAsync(response);
    }

    public static async Task<HttpResponseMessage> UploadAsync(HttpClient member, int productId, byte[] bytes, string fileName, string contentType = "image/jpeg", string? altText = null)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(file, "file", fileName);
        if (altText is not null) form.Add(new StringContent(altText), "altText");
        return await member.PostAsync($"/api/v1/products/{productId}/photos", form, Ct);
    }

    /// <summary>Every file under the data folder's media directory (what an upload may leave behind).</summary>
    public static HashSet<string> MediaFiles(AppFactory app)
    {
        var root = app.MediaPath;
        return Directory.Exists(root) ? Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).ToHashSet() : [];
    }
}
