using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using UppkaCatalog.Web.Endpoints.Api;
using UppkaCatalog.Web.Resources;

namespace UppkaCatalog.Web.Infrastructure;

/// <summary>Settings <c>Accounts:SignInLimit:*</c>: how many failed sign-ins one client address may make per window.</summary>
public sealed class SignInLimitOptions
{
    public const string Section = "Accounts:SignInLimit";

    public int FailureLimit { get; set; } = 10;

    public int WindowSeconds { get; set; } = 900;

    /// <summary>Most addresses remembered at once, so a flood from many addresses cannot grow memory without end.</summary>
    public int MaxAddresses { get; set; } = 10_000;
}

/// <summary>
/// Against password spraying: the account lockout stops many guesses at one account, not one guess at each of many
/// accounts. This counts FAILED sign-ins (page <c>POST /masuk</c> and <c>POST /api/auth/login</c> together) per client
/// address; past <see cref="SignInLimitOptions.FailureLimit"/> in a window every sign-in post from that address is
/// refused with 429 and Retry-After, even one with the right password (else the limit would tell a sprayer which guess
/// was right). Successful sign-ins are not counted, so an office behind one NAT address where members sign in right
/// is never refused; they do not reset the count either, or one valid account would let a sprayer reset it at will.
/// <para>
/// An IPv6 client is counted by its /64 (one subscriber line gets a whole /64 and can pick any address in it).
/// The window is fixed, starting at an address's first failure. Memory is bounded by
/// <see cref="SignInLimitOptions.MaxAddresses"/>: when full, expired windows go first, then the address with the
/// fewest failures, so a flood of one-off addresses cannot push out an address that is being refused. Behind a
/// reverse proxy the client address must come from forwarded headers, or every member shares the proxy's budget.
/// The counts are in this node's memory, also with Redis configured: with N nodes and no sticky balancing an address
/// gets up to N times the budget (README, "Running on several machines").
/// </para>
/// </summary>
public sealed class SignInThrottle(IOptions<SignInLimitOptions> options, TimeProvider time)
{
    private readonly int _limit = Math.Max(1, options.Value.FailureLimit);
    private readonly TimeSpan _window = TimeSpan.FromSeconds(Math.Max(1, options.Value.WindowSeconds));
    private readonly int _maxAddresses = Math.Max(1, options.Value.MaxAddresses);
    private readonly Dictionary<string, Counter> _counters = [];
    private readonly Lock _lock = new();

    private sealed class Counter(DateTimeOffset started)
    {
        public DateTimeOffset Started { get; } = started;

        public int Failures { get; set; }
    }

    /// <summary>How many addresses are remembered now (for the bounded-memory test).</summary>
    public int TrackedAddresses
    {
        get
        {
            lock (_lock) return _counters.Count;
        }
    }

    /// <summary>How long the client must wait before it may try again, or null when it may try now.</summary>
    public TimeSpan? RetryAfter(IPAddress? client)
    {
        var now = time.GetUtcNow();
        lock (_lock)
        {
            if (!_counters.TryGetValue(ClientKey(client), out var counter)) return null;
            var ends = counter.Started + _window;
            return counter.Failures >= _limit && now < ends ? ends - now : null;
        }
    }

    /// <summary>Counts one failed sign-in (wrong password, unknown account or locked account) from the client.</summary>
    public void RecordFailure(IPAddress? client)
    {
        var now = time.GetUtcNow();
        var key = ClientKey(client);
        lock (_lock)
        {
            if (!_counters.TryGetValue(key, out var counter) || now >= counter.Started + _window)
            {
                if (counter is null && _counters.Count >= _maxAddresses) MakeRoom(now);
                _counters[key] = counter = new Counter(now);
            }

            counter.Failures++;
        }
    }

    /// <summary>The address a budget belongs to: IPv4 as it is (also when mapped into IPv6), IPv6 by its /64.</summary>
    public static string ClientKey(IPAddress? client)
    {
        if (client is null) return "unknown"; // TestServer, or a transport without addresses: one shared budget
        if (client.IsIPv4MappedToIPv6) client = client.MapToIPv4();
        if (client.AddressFamily != AddressFamily.InterNetworkV6) return client.ToString();
        var bytes = client.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }

    private void MakeRoom(DateTimeOffset now)
    {
        foreach (var (key, counter) in _counters)
        {
            if (now >= counter.Started + _window) _counters.Remove(key);
        }

        if (_counters.Count < _maxAddresses) return;
        var weakest = _counters.MinBy(c => (c.Value.Failures, c.Value.Started)).Key;
        _counters.Remove(weakest);
    }
}

/// <summary>Wires <see cref="SignInThrottle"/> in: options, the singleton, and the refusal before the sign-in endpoints run.</summary>
public static class SignInThrottleSetup
{
    public static IServiceCollection AddSignInThrottle(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SignInLimitOptions>(configuration.GetSection(SignInLimitOptions.Section));
        services.AddSingleton<SignInThrottle>();
        return services;
    }

    /// <summary>A sign-in post: the page's form (<c>POST /masuk</c>) or the API's (<c>POST /api/auth/login</c>).</summary>
    public static bool IsSignInPost(HttpRequest request) =>
        HttpMethods.IsPost(request.Method)
        && (request.Path.Equals(AccountPaths.SignIn, StringComparison.OrdinalIgnoreCase)
            || request.Path.Equals("/api/auth/login", StringComparison.OrdinalIgnoreCase));

    /// <summary>Refuses a sign-in post from an address over its budget before any password is checked.</summary>
    public static IApplicationBuilder UseSignInThrottle(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (IsSignInPost(context.Request)
            && context.RequestServices.GetRequiredService<SignInThrottle>().RetryAfter(context.Connection.RemoteIpAddress) is { } wait)
        {
            await WriteRefusalAsync(context, wait);
            return;
        }

        await next(context);
    });

    private static async Task WriteRefusalAsync(HttpContext context, TimeSpan wait)
    {
        var minutes = Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes));
        context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        var accountText = context.RequestServices.GetRequiredService<IStringLocalizer<AccountResource>>();
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            // The API speaks Indonesian problem details, as its other refusals do (ApiProblems).
            context.Response.Headers.CacheControl = "no-store";
            await ApiProblems.Problem(StatusCodes.Status429TooManyRequests, "Terlalu banyak percobaan masuk.",
                $"Dari alamat ini terlalu banyak percobaan masuk yang gagal. Coba lagi dalam {minutes} menit.").ExecuteAsync(context);
            return;
        }

        await MessagePage.WriteAsync(context, StatusCodes.Status429TooManyRequests, accountText["SignInThrottledTitle"],
            accountText["SignInThrottledText", minutes], (context.Request.PathBase + AccountPaths.SignIn, accountText["BackToSignIn"]), context.RequestAborted);
    }
}
