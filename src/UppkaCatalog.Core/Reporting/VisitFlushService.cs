using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace UppkaCatalog.Core.Reporting;

/// <summary>Runs <see cref="VisitFlusher"/> every <see cref="ReportingOptions.FlushSeconds"/>, and once more on shutdown.</summary>
public sealed class VisitFlushService(VisitFlusher flusher, IOptions<ReportingOptions> options, TimeProvider time, ILogger<VisitFlushService> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, options.Value.FlushSeconds)), time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken)) await FlushQuietlyAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            // Stopping: StopAsync writes what is left.
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await FlushQuietlyAsync(cancellationToken);
    }

    // A failed write (database locked for too long, disk full) must not stop counting for good: log and try next time.
    private async Task FlushQuietlyAsync(CancellationToken ct)
    {
        try
        {
            await flusher.FlushAsync(ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogWarning(e, "Writing visit counts failed; the visits of this batch are lost");
        }
    }
}
