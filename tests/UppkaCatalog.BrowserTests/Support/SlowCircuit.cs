using System.Threading.Channels;
using Microsoft.Playwright;

namespace UppkaCatalog.BrowserTests.Support;

/// <summary>
/// The page's Blazor circuit as a phone on 3G has it: every WebSocket message, each way, arrives
/// <c>latency</c> late (order kept), and the network can drop (<see cref="DropAsync"/>) and come back
/// (<see cref="Restore"/>). While dropped, reconnection attempts are refused, over the WebSocket and
/// over HTTP (SignalR's negotiate and its fallback transports), and counted.
/// </summary>
public sealed class SlowCircuit
{
    private readonly TimeSpan _latency;
    private readonly List<IWebSocketRoute> _open = [];
    private readonly Lock _lock = new();
    private volatile bool _dropped;
    private int _refused;

    private SlowCircuit(TimeSpan latency) => _latency = latency;

    /// <summary>Connection attempts refused since the drop: how long Blazor has been trying, in its own terms.</summary>
    public int Refused => Volatile.Read(ref _refused);

    /// <summary>Routes the page's circuit (call before the page opens an area page).</summary>
    public static async Task<SlowCircuit> AttachAsync(IPage page, TimeSpan latency)
    {
        var circuit = new SlowCircuit(latency);
        await page.RouteWebSocketAsync(IsCircuit, circuit.Connect);
        await page.RouteAsync(IsCircuit, circuit.HttpAsync);
        return circuit;
    }

    /// <summary>The network goes: open circuit sockets close, new attempts are refused until <see cref="Restore"/>.</summary>
    public async Task DropAsync()
    {
        IWebSocketRoute[] open;
        lock (_lock)
        {
            _dropped = true;
            open = [.. _open];
            _open.Clear();
        }

        foreach (var socket in open)
        {
            await socket.CloseAsync(new() { Code = 4000, Reason = "network dropped (test)" });
        }
    }

    public void Restore() => _dropped = false;

    private static bool IsCircuit(string url) => url.Contains("/_blazor", StringComparison.Ordinal);

    private void Connect(IWebSocketRoute page)
    {
        if (_dropped)
        {
            Interlocked.Increment(ref _refused);
            _ = page.CloseAsync(new() { Code = 4000, Reason = "network dropped (test)" });
            return;
        }

        lock (_lock) _open.Add(page);
        var server = page.ConnectToServer();
        // With OnMessage set, Playwright forwards nothing itself: each direction goes through its own delayed queue.
        var toServer = new DelayedPipe(_latency, server);
        var toPage = new DelayedPipe(_latency, page);
        page.OnMessage(toServer.Post);
        server.OnMessage(toPage.Post);
    }

    private async Task HttpAsync(IRoute route)
    {
        if (_dropped)
        {
            Interlocked.Increment(ref _refused);
            await route.AbortAsync("internetdisconnected");
            return;
        }

        await route.ContinueAsync();
    }

    /// <summary>Frames handed on in arrival order, each no sooner than <c>latency</c> after it arrived.</summary>
    private sealed class DelayedPipe
    {
        private readonly Channel<(IWebSocketFrame Frame, DateTime Due)> _queue = Channel.CreateUnbounded<(IWebSocketFrame, DateTime)>(new() { SingleReader = true });
        private readonly TimeSpan _latency;

        public DelayedPipe(TimeSpan latency, IWebSocketRoute to)
        {
            _latency = latency;
            _ = Task.Run(async () =>
            {
                await foreach (var (frame, due) in _queue.Reader.ReadAllAsync())
                {
                    var wait = due - DateTime.UtcNow;
                    if (wait > TimeSpan.Zero) await Task.Delay(wait);
                    try
                    {
                        if (frame.Binary is { } bytes) to.Send(bytes);
                        else to.Send(frame.Text ?? "");
                    }
                    catch (PlaywrightException)
                    {
                        // The socket closed meanwhile (a drop, the page left): the frame has nowhere to go, as on a real network.
                    }
                }
            });
        }

        public void Post(IWebSocketFrame frame) => _queue.Writer.TryWrite((frame, DateTime.UtcNow + _latency));
    }
}
