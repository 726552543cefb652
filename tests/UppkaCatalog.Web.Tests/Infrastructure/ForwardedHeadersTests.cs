using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using UppkaCatalog.Web.Tests.Support;

namespace UppkaCatalog.Web.Tests.Infrastructure;

/// <summary>
/// A node behind nginx: every request comes from 127.0.0.1 and names the client in <c>X-Forwarded-For</c>. With
/// <c>ASPNETCORE_FORWARDEDHEADERS_ENABLED=true</c> (host setting <c>FORWARDEDHEADERS_ENABLED</c>) the framework puts its
/// forwarded-headers middleware first, so the inquiry limit (2 here) and the sign-in throttle (3 failures here) count
/// per client; without it every client is the proxy, one budget for all.
/// </summary>
public class ProxiedNode(bool forwardedHeaders) : InquiryAppFactory
{
    public const int SignInFailures = 3;

    protected override int PermitLimit => 2;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Accounts:SignInLimit:FailureLimit", SignInFailures.ToString(System.Globalization.CultureInfo.InvariantCulture));
        // What ASPNETCORE_FORWARDEDHEADERS_ENABLED=true in the environment sets (the ASPNETCORE_ prefix is the host's).
        if (forwardedHeaders) builder.UseSetting("FORWARDEDHEADERS_ENABLED", "true");
    }
}

public sealed class ForwardingNode() : ProxiedNode(forwardedHeaders: true);

public sealed class NonForwardingNode() : ProxiedNode(forwardedHeaders: false);

internal static class ProxiedClients
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A browser whose requests nginx forwards as coming from <paramref name="client"/>.</summary>
    public static HttpClient Via(AppFactory node, string client)
    {
        var http = node.Browser();
        http.DefaultRequestHeaders.Add("X-Forwarded-For", client);
        return http;
    }

    public static async Task<HttpStatusCode> InquireAsync(ProxiedNode node, HttpClient http, string slug, string client, int n)
    {
        using var response = await node.PostInquiryAsync(http, slug, $"Pembeli {n}", "081270000010", null, "Pertanyaan ke-" + n,
            new Dictionary<string, string> { ["Origin"] = InquiryAppFactory.ThisSite, ["X-Forwarded-For"] = client });
        return response.StatusCode;
    }

    public static async Task<HttpStatusCode> WrongPasswordAsync(HttpClient http)
    {
        using var response = await http.PostAsJsonAsync("/api/auth/login", new { email = "anggota1@uppka.test", password = "bukan-sandinya" }, Ct);
        return response.StatusCode;
    }
}

public sealed class ForwardedHeadersTests(ForwardingNode node) : IClassFixture<ForwardingNode>
{
    [Fact]
    public async Task Two_clients_behind_the_proxy_get_an_inquiry_budget_each()
    {
        var slug = (await node.PublishedProductAsync(3)).Slug;
        using var first = ProxiedClients.Via(node, "203.0.113.10");
        using var second = ProxiedClients.Via(node, "203.0.113.20");

        var firstCodes = new List<HttpStatusCode>();
        for (var i = 1; i <= 3; i++) firstCodes.Add(await ProxiedClients.InquireAsync(node, first, slug, "203.0.113.10", i));
        var secondCode = await ProxiedClients.InquireAsync(node, second, slug, "203.0.113.20", 4);

        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.TooManyRequests], firstCodes);
        Assert.Equal(HttpStatusCode.Redirect, secondCode);
    }

    [Fact]
    public async Task Two_clients_behind_the_proxy_get_a_sign_in_budget_each()
    {
        using var first = ProxiedClients.Via(node, "198.51.100.10");
        using var second = ProxiedClients.Via(node, "198.51.100.20");

        var firstCodes = new List<HttpStatusCode>();
        for (var i = 0; i <= ProxiedNode.SignInFailures; i++) firstCodes.Add(await ProxiedClients.WrongPasswordAsync(first));
        var secondCode = await ProxiedClients.WrongPasswordAsync(second);

        Assert.Equal(HttpStatusCode.TooManyRequests, firstCodes[^1]);
        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, firstCodes[..^1]);
        Assert.Equal(HttpStatusCode.Unauthorized, secondCode);
    }
}

/// <summary>The counterpart: without the setting, X-Forwarded-For is ignored and both clients share the proxy's budget.</summary>
public sealed class WithoutForwardedHeadersTests(NonForwardingNode node) : IClassFixture<NonForwardingNode>
{
    [Fact]
    public async Task Two_clients_behind_the_proxy_share_one_inquiry_budget()
    {
        var slug = (await node.PublishedProductAsync(3)).Slug;
        using var first = ProxiedClients.Via(node, "203.0.113.10");
        using var second = ProxiedClients.Via(node, "203.0.113.20");

        Assert.Equal(HttpStatusCode.Redirect, await ProxiedClients.InquireAsync(node, first, slug, "203.0.113.10", 1));
        Assert.Equal(HttpStatusCode.Redirect, await ProxiedClients.InquireAsync(node, first, slug, "203.0.113.10", 2));
        Assert.Equal(HttpStatusCode.TooManyRequests, await ProxiedClients.InquireAsync(node, second, slug, "203.0.113.20", 3));
    }

    [Fact]
    public async Task Two_clients_behind_the_proxy_share_one_sign_in_budget()
    {
        using var first = ProxiedClients.Via(node, "198.51.100.10");
        using var second = ProxiedClients.Via(node, "198.51.100.20");

        for (var i = 0; i < ProxiedNode.SignInFailures; i++) Assert.Equal(HttpStatusCode.Unauthorized, await ProxiedClients.WrongPasswordAsync(first));

        Assert.Equal(HttpStatusCode.TooManyRequests, await ProxiedClients.WrongPasswordAsync(second));
    }
}
