using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection.Extensions;
using StackExchange.Redis;
using UppkaCatalog.Core.Data;

namespace UppkaCatalog.Web.Infrastructure;

/// <summary>
/// <c>ConnectionStrings:Redis</c>: when set, several web nodes share one output cache (pages and their tag
/// eviction) and hear each other's catalogue changes (<see cref="RedisCatalogueChanges"/>). Unset (the default):
/// everything stays in this process's memory, as on one machine.
/// </summary>
public static class RedisSetup
{
    public const string Setting = "ConnectionStrings:Redis";

    /// <summary>Every key this app writes starts with it, so a Redis shared with other apps shows which are ours.</summary>
    public const string KeyPrefix = "uppka:";

    /// <summary>
    /// The parsed setting, or null when unset. A value StackExchange.Redis cannot read, or one naming no server,
    /// throws <see cref="DatabaseSetup.ConfigurationProblem"/>: start-up stops with one line naming the setting.
    /// </summary>
    public static ConfigurationOptions? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        ConfigurationOptions options;
        try
        {
            options = ConfigurationOptions.Parse(value);
        }
        catch (ArgumentException e)
        {
            throw new DatabaseSetup.ConfigurationProblem($"{Setting} could not be read ({e.Message}). Use e.g. \"127.0.0.1:6379\" or leave it unset for one machine.");
        }

        if (options.EndPoints.Count == 0)
        {
            throw new DatabaseSetup.ConfigurationProblem($"{Setting} names no server. Use e.g. \"127.0.0.1:6379\" or leave it unset for one machine.");
        }

        // A Redis that is down (or not up yet) must not stop start-up or the site: connect in the background and
        // keep retrying, and fail a command at once while disconnected (no 5-second wait per page) — the pages are
        // then made per request, uncached (ResilientOutputCacheStore).
        options.AbortOnConnectFail = false;
        options.BacklogPolicy = BacklogPolicy.FailFast;
        return options;
    }

    /// <summary>The Redis output-cache store (instead of the in-memory one) and the shared catalogue-change signal, when configured.</summary>
    public static IServiceCollection AddRedisWhenConfigured(this IServiceCollection services, IConfiguration configuration)
    {
        if (Parse(configuration[Setting]) is not { } options) return services;
        services.AddSingleton(new RedisConnection(options));
        services.AddStackExchangeRedisOutputCache(o => o.InstanceName = KeyPrefix);
        // The store shares the one connection (also used for the catalogue-change channel).
        services.AddOptions<Microsoft.AspNetCore.OutputCaching.StackExchangeRedis.RedisOutputCacheOptions>()
            .Configure<RedisConnection>((o, redis) => o.ConnectionMultiplexerFactory = redis.GetAsync);
        // Wrap the package's store (the last IOutputCacheStore registered; the in-memory one is dropped) so a Redis
        // failure is a cache miss, not an error page.
        var registered = services.Last(d => d.ServiceType == typeof(IOutputCacheStore));
        services.RemoveAll<IOutputCacheStore>();
        services.AddSingleton<IOutputCacheStore>(sp => new ResilientOutputCacheStore(
            (IOutputCacheStore)(registered.ImplementationFactory?.Invoke(sp) ?? ActivatorUtilities.CreateInstance(sp, registered.ImplementationType!)),
            sp.GetRequiredService<ILogger<ResilientOutputCacheStore>>()));
        services.AddHostedService<RedisCatalogueChanges>();
        return services;
    }
}

/// <summary>One connection to Redis for the whole process (StackExchange.Redis multiplexes every caller over it), made on first use.</summary>
public sealed class RedisConnection(ConfigurationOptions options) : IAsyncDisposable
{
    private readonly Lazy<Task<IConnectionMultiplexer>> _connection =
        new(async () => await ConnectionMultiplexer.ConnectAsync(options));

    public Task<IConnectionMultiplexer> GetAsync() => _connection.Value;

    public async ValueTask DisposeAsync()
    {
        if (_connection.IsValueCreated) await (await _connection.Value).DisposeAsync();
    }
}

/// <summary>
/// The Redis output-cache store, with Redis being down turned into "not cached": a lookup is a miss, a store is
/// skipped, an eviction is logged (the pages then expire within <see cref="PublicPageCache.Lifetime"/> anyway).
/// The site keeps answering, more slowly, while Redis is away, and caches again once it is back.
/// </summary>
public sealed class ResilientOutputCacheStore(IOutputCacheStore inner, ILogger<ResilientOutputCacheStore> log) : IOutputCacheStore
{
    /// <summary>A Redis failure, also as thrown by the store's tag scan (an AggregateException around it).</summary>
    internal static bool IsRedisDown(Exception e) =>
        e is RedisException or TimeoutException || (e is AggregateException a && a.InnerExceptions.All(IsRedisDown));

    public async ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            return await inner.GetAsync(key, cancellationToken);
        }
        catch (Exception e) when (IsRedisDown(e))
        {
            log.LogWarning("Output cache unavailable, page made uncached: {Message}", e.Message);
            return null;
        }
    }

    public async ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        try
        {
            await inner.SetAsync(key, value, tags, validFor, cancellationToken);
        }
        catch (Exception e) when (IsRedisDown(e))
        {
            log.LogWarning("Output cache unavailable, page not kept: {Message}", e.Message);
        }
    }

    public async ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
    {
        try
        {
            await inner.EvictByTagAsync(tag, cancellationToken);
        }
        catch (Exception e) when (IsRedisDown(e))
        {
            log.LogError("Output cache unavailable, pages tagged {Tag} not evicted (they expire within {Lifetime}): {Message}", tag, PublicPageCache.Lifetime, e.Message);
        }
    }
}
