using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using UppkaCatalog.Tests.Shared;
using UppkaCatalog.Web.Tests.Support;
using static UppkaCatalog.Web.Tests.Endpoints.Api.Api;

namespace UppkaCatalog.Web.Tests.Endpoints.Api;

/// <summary>
/// <c>docs/api.http</c> is what a client reads to use the API, so it must be true: every request in it is sent, in order,
/// to a fresh demo app and must answer the status the file states; together they call every API route the app maps.
/// An app of its own: the file signs in with a wrong password and publishes a product.
/// </summary>
public sealed class ApiHttpFileTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static string Folder => Path.Combine(RepoPaths.Root, "docs");

    [Fact]
    public async Task Every_request_in_docs_api_http_answers_the_status_it_states()
    {
        var (variables, requests) = HttpFile.Parse(await File.ReadAllTextAsync(Path.Combine(Folder, "api.http"), Ct));
        var vars = new Dictionary<string, string>(variables) { ["base"] = "" };
        var answers = new Dictionary<string, JsonElement>();
        using var client = Anonymous(app);

        Assert.True(requests.Count >= 20, $"only {requests.Count} requests read from the file");
        foreach (var r in requests)
        {
            Assert.True(r.ExpectedStatus is not null, $"'{r.Title}' does not say what it answers (# → NNN)");
            string Sub(string s) => HttpFile.Substitute(s, vars, answers);
            using var request = new HttpRequestMessage(new HttpMethod(r.Method), Sub(r.Url));
            var contentHeaders = r.Headers.Where(h => h.Name.StartsWith("Content-", StringComparison.OrdinalIgnoreCase)).ToList();
            foreach (var (name, value) in r.Headers.Except(contentHeaders)) request.Headers.TryAddWithoutValidation(name, Sub(value));
            if (r.Body.Count > 0)
            {
                request.Content = new ByteArrayContent(HttpFile.Body(r.Body, Folder, Sub));
                foreach (var (name, value) in contentHeaders) request.Content.Headers.TryAddWithoutValidation(name, Sub(value));
            }

            using var response = await client.SendAsync(request, Ct);
            var text = await response.Content.ReadAsStringAsync(Ct);
            Assert.True(r.ExpectedStatus == (int)response.StatusCode,
                $"'{r.Title}' ({r.Method} {request.RequestUri}): expected {r.ExpectedStatus}, got {(int)response.StatusCode}: {text}");
            if (r.Name is not null) answers[r.Name] = JsonDocument.Parse(text).RootElement.Clone();
        }

        AssertEveryApiRouteIsCalled(requests.Select(r => (r.Method, Path: new Uri("http://x" + Regex.Replace(r.Url, @"\{\{[^}]+\}\}", "1")).AbsolutePath)));
    }

    /// <summary>Each API route the app maps (but the not-found catch-all) is called by some request of the file.</summary>
    private void AssertEveryApiRouteIsCalled(IEnumerable<(string Method, string Path)> calls)
    {
        var called = calls.ToList();
        var routes = ApiRoutes.Mapped(app);
        Assert.Equal(34, routes.Count);
        Assert.All(routes, route =>
        {
            var pattern = "^" + Regex.Replace(route.Pattern, @"\{[^}]+\}", "[^/]+") + "$";
            Assert.True(called.Any(c => c.Method == route.Method && Regex.IsMatch(c.Path, pattern)), $"docs/api.http never calls {route.Method} {route.Pattern}");
        });
    }
}
