using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace UppkaCatalog.Core.Reporting;

/// <summary>
/// Takes visits on the request path without touching the database: an in-memory queue that
/// <see cref="VisitFlusher"/> empties every few seconds. When the queue is full (the flusher is stuck or a flood
/// arrives) a visit is dropped and counted as dropped: a buyer's page never waits for a statistic.
/// </summary>
public sealed class VisitRecorder
{
    private readonly Channel<VisitEvent> _queue;
    private readonly TimeProvider _time;
    private long _dropped;

    public VisitRecorder(IOptions<ReportingOptions> options, TimeProvider time)
    {
        _time = time;
        // Wait mode with TryWrite only: TryWrite answers false at once when full (DropWrite would claim success).
        _queue = Channel.CreateBounded<VisitEvent>(new BoundedChannelOptions(Math.Max(1, options.Value.QueueCapacity))
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = true,
            SingleWriter = false,
        });
    }

    /// <summary>Visits dropped because the queue was full, since start.</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    /// <summary>Visits waiting for the next flush.</summary>
    public int Pending => _queue.Reader.Count;

    internal ChannelReader<VisitEvent> Reader => _queue.Reader;

    public TimeProvider Time => _time;

    /// <summary>Queues a visit; false (and counted as dropped) when the queue is full. Never blocks.</summary>
    public bool Record(VisitEvent visit)
    {
        if (_queue.Writer.TryWrite(visit)) return true;
        Interlocked.Increment(ref _dropped);
        return false;
    }

    public bool RecordHall(string visitor, string exhibitionSlug) => Record(VisitEvent.Hall(_time.GetUtcNow(), visitor, exhibitionSlug));

    public bool RecordBooth(string visitor, string exhibitionSlug, string groupSlug) =>
        Record(VisitEvent.Booth(_time.GetUtcNow(), visitor, exhibitionSlug, groupSlug));

    public bool RecordProductFromBooth(string visitor, int boothId) => Record(VisitEvent.ProductFromBooth(_time.GetUtcNow(), visitor, boothId));

    public bool RecordWhatsApp(string visitor, int boothId) => Record(VisitEvent.WhatsApp(_time.GetUtcNow(), visitor, boothId));
}
