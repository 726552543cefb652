using System.Diagnostics;

namespace UppkaCatalog.Web.Infrastructure;

/// <summary>
/// Makes a stalled server visible in its log instead of only in a client's time-out:
/// a request that takes longer than <see cref="SlowRequest"/> is logged with its path and duration, and a background
/// probe logs when work queued to the thread pool waits longer than <see cref="PoolLag"/> to start (thread-pool
/// starvation: every worker blocked, e.g. in synchronous SQLite waits), with the pool's thread and queue counts.
/// Both cost next to nothing while all is well.
/// </summary>
public static class StallWatch
{
    public static readonly TimeSpan SlowRequest = TimeSpan.FromSeconds(5);

    public static readonly TimeSpan PoolLag = TimeSpan.FromSeconds(1);

    public static IServiceCollection AddStallWatch(this IServiceCollection services) =>
        services.AddHostedService<ThreadPoolLagProbe>();

    public static IApplicationBuilder UseSlowRequestLog(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            var took = Stopwatch.GetElapsedTime(started);
            // A circuit's WebSocket (/_blazor) stays open for the page's whole life: not a slow request.
            if (took > SlowRequest && !context.WebSockets.IsWebSocketRequest)
            {
                context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(StallWatch))
                    .LogWarning("Slow request: {Method} {Path} took {Seconds:0.0} s (status {Status}); {Pool}",
                        context.Request.Method, context.Request.Path.Value, took.TotalSeconds, context.Response.StatusCode, PoolState());
            }
        }
    });

    public static string PoolState() =>
        $"thread pool: {ThreadPool.ThreadCount} threads, {ThreadPool.PendingWorkItemCount} queued items";

    /// <summary>Every half second, queues a work item and measures how long it waited for a thread.</summary>
    private sealed class ThreadPoolLagProbe(ILogger<ThreadPoolLagProbe> log) : BackgroundService
    {
        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            var period = TimeSpan.FromMilliseconds(500);
            using var timer = new PeriodicTimer(period);
            var lastTick = Stopwatch.GetTimestamp();
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                // The timer's own continuation needs a pool thread too: a late tick is lag as well.
                var late = Stopwatch.GetElapsedTime(lastTick) - period;
                var queued = Stopwatch.GetTimestamp();
                var lag = await Task.Run(() => Stopwatch.GetElapsedTime(queued), stoppingToken);
                lastTick = Stopwatch.GetTimestamp();
                if (late > lag) lag = late;
                if (lag > PoolLag)
                {
                    log.LogWarning("Thread pool lag: a queued work item waited {Seconds:0.0} s to start; {Pool}", lag.TotalSeconds, PoolState());
                }
            }
        }
    }
}
