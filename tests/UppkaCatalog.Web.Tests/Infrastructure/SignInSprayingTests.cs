using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using UppkaCatalog.Web.Infrastructure;
using UppkaCatalog.Web.Tests.Support;

namespace UppkaCatalog.Web.Tests.Infrastructure;

/// <summary>
/// The demo app with the production sign-in limit (10 failures per 15 minutes per address), its throttle on a fake
/// clock, and each client's address taken from a test header (TestServer has none of its own).
/// </summary>
public sealed class SprayingAppFactory : AppFactory
{
    public const int Limit = 10;
    public const string AddressHeader = "X-Test-Client-Address";

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    /// <summary>A browser-like client (cookies, no redirects followed) whose requests come from <paramref name="address"/>.</summary>
    public HttpClient From(string address)
    {
        var client = Browser();
        client.DefaultRequestHeaders.Add(AddressHeader, address);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Accounts:SignInLimit:FailureLimit", Limit.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Accounts:SignInLimit:WindowSeconds", "900");
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton(sp => new SignInThrottle(sp.GetRequiredService<IOptions<SignInLimitOptions>>(), Clock));
            services.AddSingleton<IStartupFilter, AddressFromHeader>();
        });
    }

    private sealed class AddressFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (context.Request.Headers.TryGetValue(AddressHeader, out var value)) context.Connection.RemoteIpAddress = IPAddress.Parse(value.ToString());
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}

/// <summary>Password spraying: one guess at each of many accounts from one address is stopped; members signing in right never are.</summary>
public sealed class SignInSprayingTests(SprayingAppFactory app) : IClassFixture<SprayingAppFactory>
{
    private const string Member = "anggota1@uppka.test";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Task<HttpResponseMessage> ApiLoginAsync(HttpClient client, string email, string password) =>
        client.PostAsJsonAsync("/api/auth/login", new { email, password }, Ct);

    [Fact]
    public async Task Forty_emails_from_one_address_on_the_page_get_429_after_the_limit_even_with_the_right_password_and_others_still_sign_in()
    {
        using var sprayer = app.From("203.0.113.7");
        var codes = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 1; i <= 40; i++)
        {
            last?.Dispose();
            last = await AccountFlows.SignInAsync(sprayer, $"korban{i}@contoh.test", "Tebakan-2026");
            codes.Add(last.StatusCode);
        }

        Assert.All(codes.Take(SprayingAppFactory.Limit), c => Assert.Equal(HttpStatusCode.OK, c)); // the form again, with "salah"
        Assert.All(codes.Skip(SprayingAppFactory.Limit), c => Assert.Equal(HttpStatusCode.TooManyRequests, c));
        var wait = last!.Headers.RetryAfter?.Delta;
        Assert.True(wait > TimeSpan.Zero && wait <= TimeSpan.FromMinutes(15), $"Retry-After {wait}");
        var body = await AccountFlows.BodyAsync(last);
        Assert.Contains("Terlalu banyak percobaan masuk", body);
        Assert.Contains("coba lagi dalam 15 menit", body);
        Assert.Contains("href=\"/masuk\"", body);
        last.Dispose();

        // Over budget, the right password is refused too (else the answer would show which guess was right) ...
        using var right = await AccountFlows.SignInAsync(sprayer, Member, AccountFlows.DemoPassword);
        Assert.Equal(HttpStatusCode.TooManyRequests, right.StatusCode);
        // ... and the API is the same budget, not a second one.
        using var api = await ApiLoginAsync(sprayer, Member, AccountFlows.DemoPassword);
        Assert.Equal(HttpStatusCode.TooManyRequests, api.StatusCode);

        // Another address is not affected.
        using var neighbour = app.From("203.0.113.8");
        using var ok = await AccountFlows.SignInAsync(neighbour, Member, AccountFlows.DemoPassword);
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
    }

    [Fact]
    public async Task Forty_emails_from_one_address_on_the_API_get_429_problem_details_in_Indonesian_with_Retry_After()
    {
        using var sprayer = app.From("2001:db8:7:7::1");
        var codes = new List<HttpStatusCode>();
        for (var i = 1; i <= 40; i++)
        {
            // Any address in the same /64: one subscriber line, one budget.
            sprayer.DefaultRequestHeaders.Remove(SprayingAppFactory.AddressHeader);
            sprayer.DefaultRequestHeaders.Add(SprayingAppFactory.AddressHeader, $"2001:db8:7:7::{i:x}");
            using var response = await ApiLoginAsync(sprayer, $"sasaran{i}@contoh.test", "Tebakan-2026");
            codes.Add(response.StatusCode);
            if (i == 40)
            {
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
                Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero);
                Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
                var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
                Assert.Equal(429, problem.GetProperty("status").GetInt32());
                Assert.Equal("Terlalu banyak percobaan masuk.", problem.GetProperty("title").GetString());
                Assert.Contains("Coba lagi dalam 15 menit", problem.GetProperty("detail").GetString());
            }
        }

        Assert.All(codes.Take(SprayingAppFactory.Limit), c => Assert.Equal(HttpStatusCode.Unauthorized, c));
        Assert.All(codes.Skip(SprayingAppFactory.Limit), c => Assert.Equal(HttpStatusCode.TooManyRequests, c));
        // The other /64 of the same provider is someone else.
        using var other = app.From("2001:db8:7:8::1");
        using var ok = await ApiLoginAsync(other, Member, AccountFlows.DemoPassword);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
    }

    [Fact]
    public async Task A_busy_office_behind_one_address_signing_in_right_many_times_with_a_few_typos_is_never_refused()
    {
        using var office = app.From("198.51.100.20");
        for (var i = 0; i < 20; i++)
        {
            var member = $"anggota{i % 3 + 1}@uppka.test";
            // A typo now and then (below the limit in all), then the right password, as real members do.
            if (i % 4 == 0)
            {
                using var typo = await AccountFlows.SignInAsync(office, member, "Demo-UPPKA-2062");
                Assert.Equal(HttpStatusCode.OK, typo.StatusCode);
            }

            using var colleague = app.From("198.51.100.20"); // another browser in the same office
            using var page = await AccountFlows.SignInAsync(colleague, member, AccountFlows.DemoPassword);
            Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
            using var api = await ApiLoginAsync(office, member, AccountFlows.DemoPassword);
            Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        }
    }

    [Fact]
    public async Task When_the_window_has_passed_the_address_may_sign_in_again()
    {
        using var client = app.From("192.0.2.44");
        for (var i = 1; i <= SprayingAppFactory.Limit; i++)
        {
            using var wrong = await ApiLoginAsync(client, $"tebak{i}@contoh.test", "Tebakan-2026");
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        using var refused = await AccountFlows.SignInAsync(client, Member, AccountFlows.DemoPassword);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);

        app.Clock.Advance(TimeSpan.FromMinutes(14));
        using var stillRefused = await ApiLoginAsync(client, Member, AccountFlows.DemoPassword);
        Assert.Equal(HttpStatusCode.TooManyRequests, stillRefused.StatusCode);
        Assert.True(stillRefused.Headers.RetryAfter?.Delta <= TimeSpan.FromMinutes(1));

        app.Clock.Advance(TimeSpan.FromMinutes(1));
        using var allowed = await AccountFlows.SignInAsync(client, Member, AccountFlows.DemoPassword);
        Assert.Equal(HttpStatusCode.Redirect, allowed.StatusCode);
    }
}
