using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace UppkaCatalog.DeployTests;

/// <summary>What the tests do over HTTP: API sign-in and JSON calls, forms with their hidden fields, cookies carried by hand.</summary>
internal static partial class Http
{
    public const string DemoPassword = "Demo-UPPKA-2026";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A bearer token from <c>POST /api/auth/login</c> on the node <paramref name="client"/> talks to.</summary>
    public static async Task<string> TokenAsync(HttpClient client, string email)
    {
        using var response = await client.PostAsJsonAsync("/api/auth/login", new { email, password = DemoPassword }, Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.IsSuccessStatusCode, $"login as {email} on {client.BaseAddress} answered {(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body)!["accessToken"]!.GetValue<string>();
    }

    public static async Task<JsonNode> SendJsonAsync(HttpClient client, HttpMethod method, string path, string token, JsonNode? body = null, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (body is not null) request.Content = JsonContent.Create(body);
        using var response = await client.SendAsync(request, Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == expected, $"{method} {path} on {client.BaseAddress} answered {(int)response.StatusCode}, not {(int)expected}: {text}");
        return JsonNode.Parse(text)!;
    }

    /// <summary>Name → value of every cookie the response sets (attributes dropped): a cookie jar that knows no ports or hosts.</summary>
    public static void Keep(Dictionary<string, string> jar, HttpResponseMessage response)
    {
        if (!response.Headers.TryGetValues("Set-Cookie", out var cookies)) return;
        foreach (var cookie in cookies)
        {
            var pair = cookie.Split(';', 2)[0];
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0) jar[pair[..eq].Trim()] = pair[(eq + 1)..].Trim();
        }
    }

    public static void Send(Dictionary<string, string> jar, HttpRequestMessage request)
    {
        if (jar.Count > 0) request.Headers.Add("Cookie", string.Join("; ", jar.Select(c => $"{c.Key}={c.Value}")));
    }

    public static async Task<HttpResponseMessage> GetAsync(HttpClient client, string path, Dictionary<string, string> jar)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        Send(jar, request);
        var response = await client.SendAsync(request, Ct);
        Keep(jar, response);
        return response;
    }

    /// <summary>The sign-in form (<c>/masuk</c>) as a browser fetches it: its hidden fields (antiforgery token) and cookies.</summary>
    public static async Task<Dictionary<string, string>> SignInFormAsync(HttpClient client, Dictionary<string, string> jar)
    {
        using var page = await GetAsync(client, "/masuk", jar);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync(Ct);
        var fields = new Dictionary<string, string>();
        foreach (Match input in InputPattern().Matches(html))
        {
            if (!input.Value.Contains("type=\"hidden\"", StringComparison.Ordinal)) continue;
            var name = NamePattern().Match(input.Value);
            var value = ValuePattern().Match(input.Value);
            if (name.Success) fields[WebUtility.HtmlDecode(name.Groups[1].Value)] = value.Success ? WebUtility.HtmlDecode(value.Groups[1].Value) : "";
        }

        Assert.Contains("__RequestVerificationToken", fields.Keys);
        return fields;
    }

    public static async Task<HttpResponseMessage> PostSignInAsync(HttpClient client, Dictionary<string, string> form, Dictionary<string, string> jar, string login)
    {
        var fields = new Dictionary<string, string>(form) { ["Input.Login"] = login, ["Input.Password"] = DemoPassword };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/masuk") { Content = new FormUrlEncodedContent(fields) };
        Send(jar, request);
        var response = await client.SendAsync(request, Ct);
        Keep(jar, response);
        return response;
    }

    [GeneratedRegex("<input\\b[^>]*>")]
    private static partial Regex InputPattern();

    [GeneratedRegex("\\sname=\"([^\"]*)\"")]
    private static partial Regex NamePattern();

    [GeneratedRegex("\\svalue=\"([^\"]*)\"")]
    private static partial Regex ValuePattern();
}
