using StackExchange.Redis;
using UppkaCatalog.Web.Catalogues;

namespace UppkaCatalog.Web.Infrastructure;

/// <summary>
/// Carries <see cref="CatalogueChanges"/> between nodes on the Redis channel <c>uppka:catalogue-changes</c>: a change
/// on one node is published, every other node bumps its own counter, so a catalogue PDF kept on node B is made anew
/// after a rename on node A. Pub/sub is fire-and-forget: a node cut off from Redis misses messages, so every
/// reconnection counts as a change (a few PDFs made again for nothing rather than stale ones kept).
/// The pages need none of this: their eviction is a Redis command, seen by every node at once.
/// </summary>
public sealed class RedisCatalogueChanges(RedisConnection redis, CatalogueChanges changes, ILogger<RedisCatalogueChanges> log) : IHostedService
{
    public static readonly RedisChannel Channel = RedisChannel.Literal(RedisSetup.KeyPrefix + "catalogue-changes");

    /// <summary>This process, so it does not count its own messages twice.</summary>
    private readonly string _node = Guid.NewGuid().ToString("N");

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var connection = await redis.GetAsync();
        var subscriber = connection.GetSubscriber();
        changes.TellOthersWith(() =>
        {
            try
            {
                subscriber.Publish(Channel, _node, CommandFlags.FireAndForget);
            }
            catch (RedisException e)
            {
                log.LogWarning("Catalogue change not told to the other nodes (Redis unavailable): {Message}", e.Message);
            }
        });
        connection.ConnectionRestored += (_, _) => changes.Heard();
        try
        {
            // StackExchange.Redis keeps the subscription and renews it on every reconnection.
            await subscriber.SubscribeAsync(Channel, (_, message) =>
            {
                if (message != _node) changes.Heard();
            });
        }
        catch (RedisException e)
        {
            log.LogWarning("Redis unavailable at start-up; catalogue changes of other nodes are heard once it is back: {Message}", e.Message);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
