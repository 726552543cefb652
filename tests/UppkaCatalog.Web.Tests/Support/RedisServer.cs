using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using StackExchange.Redis;

namespace UppkaCatalog.Web.Tests.Support;

/// <summary>
/// A throw-away Debian <c>redis-server</c> on a free loopback port: no persistence, its own temporary folder,
/// stopped (and the folder removed) on disposal. test.sh installs the package on a fresh machine.
/// </summary>
public sealed class RedisServer : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _folder;

    private RedisServer(Process process, string folder, int port)
    {
        _process = process;
        _folder = folder;
        Port = port;
    }

    public int Port { get; }

    /// <summary>The value for ConnectionStrings:Redis.</summary>
    public string ConnectionString => $"127.0.0.1:{Port}";

    public static async Task<RedisServer> StartAsync()
    {
        const string executable = "/usr/bin/redis-server";
        if (!File.Exists(executable)) throw new InvalidOperationException("redis-server is missing: apt-get install -y redis-server (test.sh does)");
        var folder = Directory.CreateTempSubdirectory("uppka-redis-").FullName;
        var port = FreePort();
        var process = Process.Start(new ProcessStartInfo(executable,
            ["--port", $"{port}", "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", folder, "--daemonize", "no", "--logfile", Path.Combine(folder, "redis.log")])
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var server = new RedisServer(process, folder, port);
        // Ready when it answers PING.
        for (var i = 0; i < 100; i++)
        {
            try
            {
                await using var probe = await ConnectionMultiplexer.ConnectAsync(server.ConnectionString + ",connectTimeout=500");
                await probe.GetDatabase().PingAsync();
                return server;
            }
            catch (RedisConnectionException) when (!process.HasExited)
            {
                await Task.Delay(100);
            }
        }

        await server.DisposeAsync();
        throw new InvalidOperationException($"redis-server did not start on port {port}");
    }

    /// <summary>A port nobody listens on (asked of the OS, then released), also for "Redis unreachable".</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The keys the app wrote (all carry its prefix).</summary>
    public async Task<string[]> KeysAsync(string pattern)
    {
        await using var connection = await ConnectionMultiplexer.ConnectAsync(ConnectionString);
        return connection.GetServer(connection.GetEndPoints()[0]).Keys(pattern: pattern).Select(k => k.ToString()).ToArray();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean.
        }
    }
}
