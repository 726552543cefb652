using System.Net;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using UppkaCatalog.Web.Infrastructure;

namespace UppkaCatalog.Web.Tests.Infrastructure;

/// <summary>The throttle's own rules: what counts as one client, when a window ends, how memory stays bounded.</summary>
public sealed class SignInThrottleTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 28, 3, 0, 0, TimeSpan.Zero));

    private SignInThrottle Throttle(int limit = 3, int windowSeconds = 900, int maxAddresses = 100) =>
        new(Options.Create(new SignInLimitOptions { FailureLimit = limit, WindowSeconds = windowSeconds, MaxAddresses = maxAddresses }), _clock);

    [Theory]
    [InlineData("203.0.113.7", "203.0.113.7")]
    [InlineData("::ffff:203.0.113.7", "203.0.113.7")]
    [InlineData("2001:db8:1:2:aaaa:bbbb:cccc:dddd", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:2::1", "2001:db8:1:2::/64")]
    public void A_client_is_its_IPv4_address_or_its_IPv6_slash_64(string address, string key) =>
        Assert.Equal(key, SignInThrottle.ClientKey(IPAddress.Parse(address)));

    [Fact]
    public void The_limit_holds_for_the_window_from_the_first_failure_then_the_count_starts_again()
    {
        var throttle = Throttle();
        var client = IPAddress.Parse("203.0.113.7");
        throttle.RecordFailure(client);
        _clock.Advance(TimeSpan.FromMinutes(5));
        throttle.RecordFailure(client);
        Assert.Null(throttle.RetryAfter(client));
        throttle.RecordFailure(client);

        Assert.Equal(TimeSpan.FromMinutes(10), throttle.RetryAfter(client));
        _clock.Advance(TimeSpan.FromMinutes(10) - TimeSpan.FromSeconds(1));
        Assert.Equal(TimeSpan.FromSeconds(1), throttle.RetryAfter(client));
        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Null(throttle.RetryAfter(client));

        // A new window: one failure is not over the limit again.
        throttle.RecordFailure(client);
        Assert.Null(throttle.RetryAfter(client));
        Assert.Null(throttle.RetryAfter(IPAddress.Parse("203.0.113.8")));
    }

    [Fact]
    public void A_flood_of_one_off_addresses_stays_within_MaxAddresses_and_does_not_push_out_a_refused_address()
    {
        var throttle = Throttle(limit: 3, maxAddresses: 50);
        var sprayer = IPAddress.Parse("2001:db8:ffff:1::9");
        for (var i = 0; i < 3; i++) throttle.RecordFailure(sprayer);

        for (var i = 0; i < 5_000; i++) throttle.RecordFailure(new IPAddress([10, (byte)(i >> 16), (byte)(i >> 8), (byte)i]));

        Assert.Equal(50, throttle.TrackedAddresses);
        Assert.NotNull(throttle.RetryAfter(sprayer));
    }

    [Fact]
    public void Expired_windows_make_room_first()
    {
        var throttle = Throttle(limit: 1, windowSeconds: 60, maxAddresses: 2);
        var a = IPAddress.Parse("192.0.2.1");
        var b = IPAddress.Parse("192.0.2.2");
        throttle.RecordFailure(a);
        _clock.Advance(TimeSpan.FromSeconds(30));
        throttle.RecordFailure(b);
        _clock.Advance(TimeSpan.FromSeconds(31)); // a's window is over, b's is not

        throttle.RecordFailure(IPAddress.Parse("192.0.2.3"));

        Assert.Equal(2, throttle.TrackedAddresses);
        Assert.NotNull(throttle.RetryAfter(b));
    }
}
