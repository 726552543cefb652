using System.Text.Json;

namespace UppkaCatalog.Web.Tests.Support;

/// <summary>What a client sees of a problem-details answer, as one comparable value.</summary>
public static class ProblemAnswers
{
    /// <summary>Sends the request and returns the answer's status, title and detail (asserting it is problem JSON).</summary>
    public static async Task<(int Status, string? Title, string? Detail)> SendAsync(HttpClient client, HttpRequestMessage request)
    {
        var ct = TestContext.Current.CancellationToken;
        using var response = await client.SendAsync(request, ct);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
        return ((int)response.StatusCode, json.RootElement.GetProperty("title").GetString(), json.RootElement.GetProperty("detail").GetString());
    }
}
