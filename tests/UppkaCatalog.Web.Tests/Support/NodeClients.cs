using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace UppkaCatalog.Web.Tests.Support;

/// <summary>
/// One browser talking to several nodes of a site: its cookies (a <see cref="Jar"/>) go with it from node to node, as
/// they do behind a load balancer. Each node's TestServer needs a client of its own, so the jar is kept here.
/// </summary>
internal static class NodeClients
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>No redirects followed, no cookies kept: the jar keeps them.</summary>
    public static HttpClient Plain(AppFactory node) =>
        node.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    /// <summary>The sign-in form of <paramref name="client"/>'s node, filled and posted there.</summary>
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, Jar jar, string login, string password)
    {
        var form = await jar.FormAsync(client, "/masuk");
        form["Input.Login"] = login;
        form["Input.Password"] = password;
        return await jar.PostAsync(client, "/masuk", form);
    }

    public sealed class Jar
    {
        private readonly Dictionary<string, string> _cookies = new(StringComparer.Ordinal);

        public bool Has(string name) => _cookies.ContainsKey(name);

        public async Task<HttpResponseMessage> GetAsync(HttpClient client, string path)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            return await SendAsync(client, request);
        }

        /// <summary>GETs a page and returns its hidden inputs (form name, antiforgery token), keeping its cookies.</summary>
        public async Task<Dictionary<string, string>> FormAsync(HttpClient client, string path)
        {
            using var response = await GetAsync(client, path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return Html.HiddenInputs(await response.Content.ReadAsStringAsync(Ct));
        }

        public async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, IReadOnlyDictionary<string, string> fields)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(fields) };
            return await SendAsync(client, request);
        }

        private async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpRequestMessage request)
        {
            if (_cookies.Count > 0) request.Headers.Add("Cookie", string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}")));
            var response = await client.SendAsync(request, Ct);
            if (response.Headers.TryGetValues("Set-Cookie", out var setCookies))
            {
                foreach (var header in setCookies) Keep(header);
            }

            return response;
        }

        private void Keep(string setCookie)
        {
            var pair = setCookie.Split(';', 2)[0];
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0) return;
            var (name, value) = (pair[..equals].Trim(), pair[(equals + 1)..].Trim());
            // A deleted cookie comes back empty with an expiry in the past.
            if (value.Length == 0 || setCookie.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase)) _cookies.Remove(name);
            else _cookies[name] = value;
        }
    }
}
