using System.Net;
using System.Net.Sockets;

namespace UppkaCatalog.Bench;

/// <summary>
/// A TCP proxy in front of the app that counts every byte each way: what the member's phone would pay for,
/// HTTP headers, bodies and the Blazor circuit's WebSocket frames alike (TCP/IP headers and TLS are not
/// counted; the app runs plain HTTP here). <see cref="Reset"/> zeroes the counters, e.g. after sign-in.
/// </summary>
internal sealed class CountingProxy : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly IPEndPoint _target;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;
    private long _up;
    private long _down;

    public CountingProxy(IPEndPoint target)
    {
        _target = target;
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>Browser → app.</summary>
    public long Up => Interlocked.Read(ref _up);

    /// <summary>App → browser.</summary>
    public long Down => Interlocked.Read(ref _down);

    public void Reset()
    {
        Interlocked.Exchange(ref _up, 0);
        Interlocked.Exchange(ref _down, 0);
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            _ = PipeAsync(client);
        }
    }

    private async Task PipeAsync(TcpClient client)
    {
        using (client)
        using (var server = new TcpClient())
        {
            try
            {
                await server.ConnectAsync(_target, _stop.Token);
                client.NoDelay = server.NoDelay = true;
                var a = client.GetStream();
                var b = server.GetStream();
                // Either side closing ends both: a browser's keep-alive connection or a closed circuit.
                await Task.WhenAny(CopyAsync(a, b, isUp: true), CopyAsync(b, a, isUp: false));
            }
            catch (Exception e) when (e is IOException or SocketException or OperationCanceledException)
            {
                // A connection reset by either side: its bytes so far are counted.
            }
        }
    }

    private async Task CopyAsync(NetworkStream from, NetworkStream to, bool isUp)
    {
        var buffer = new byte[64 * 1024];
        try
        {
            int read;
            while ((read = await from.ReadAsync(buffer, _stop.Token)) > 0)
            {
                if (isUp) Interlocked.Add(ref _up, read);
                else Interlocked.Add(ref _down, read);
                await to.WriteAsync(buffer.AsMemory(0, read), _stop.Token);
            }
        }
        catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _accepting;
        _stop.Dispose();
    }
}
