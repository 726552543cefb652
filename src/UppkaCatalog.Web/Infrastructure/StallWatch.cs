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

    /// <summary>Worker threads the pool starts without waiting (see <see cref="RaiseThreadPoolFloor"/>).</summary>
    public const int MinWorkerThreads = 64;

    /// <summary>
    /// The pool starts with one worker per core (two on our servers) and adds more only about once or twice a second.
    /// Microsoft.Data.Sqlite's "async" calls run synchronously and wait out a held write lock on the calling thread
    /// (busy_timeout, then its own retry loop up to the command timeout), and image resizing blocks threads too; with two
    /// workers, two such waits leave every other request and every circuit event queued until the pool grows — seconds
    /// on a loaded 2-core machine, while the lock holder itself may be queued behind them. A higher floor lets the pool
    /// hand out a thread at once; threads are still only created when work is waiting, so an idle server costs nothing.
    /// </summary>
    public static void RaiseThreadPoolFloor()
    {
        ThreadPool.GetMinThreads(out var workers, out var completionPorts);
        if (workers < MinWorkerThreads) ThreadPool.SetMinThreads(MinWorkerThreads, completionPorts);
    }

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
