using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using UppkaCatalog.Tests.Shared;

namespace UppkaCatalog.DeployTests;

/// <summary>
/// The real deploy/two-nodes.sh started once for the test class: PostgreSQL (a throw-away database and role), Redis, two
/// app nodes with the demo data and nginx in front, on free loopback ports and a temporary run folder; stopped again with
/// <c>stop --drop</c>. The nodes run <c>UPPKA_DEPLOY_APP</c> (test.sh passes its publish output) or else the Release build
/// output of src/UppkaCatalog.Web: never a publish of its own.
/// </summary>
public sealed class TwoNodeSite : IAsyncLifetime
{
    private const string Configuration =
#if DEBUG
        "Debug";
#else
        "Release";
#endif

    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(8);

    public string RunFolder { get; } = Directory.CreateTempSubdirectory("uppka-two-nodes-").FullName;

    /// <summary>One database per test run, so a run never meets another's data (dropped at the end).</summary>
    public string Database { get; } = $"uppka_deploy_t{Environment.ProcessId}";

    public int NginxPort { get; private set; }

    public int PortA { get; private set; }

    public int PortB { get; private set; }

    public int RedisPort { get; private set; }

    public Uri Nginx => new($"http://127.0.0.1:{NginxPort}");

    public Uri NodeA => new($"http://127.0.0.1:{PortA}");

    public Uri NodeB => new($"http://127.0.0.1:{PortB}");

    /// <summary>nginx's access log: one line per request with <c>upstream=</c> the node that answered.</summary>
    public string AccessLog => Path.Combine(RunFolder, "logs", "nginx-access.log");

    /// <summary>What <c>start</c> printed (for failure messages).</summary>
    public string StartOutput { get; private set; } = "";

    private static string Script => Path.Combine(RepoPaths.Root, "deploy", "two-nodes.sh");

    private static string App => Environment.GetEnvironmentVariable("UPPKA_DEPLOY_APP") is { Length: > 0 } app
        ? app
        : Path.Combine(RepoPaths.Root, "src", "UppkaCatalog.Web", "bin", Configuration, "net10.0");

    public async ValueTask InitializeAsync()
    {
        var ports = FreePorts(4);
        (NginxPort, PortA, PortB, RedisPort) = (ports[0], ports[1], ports[2], ports[3]);
        var (code, output) = await RunScriptAsync(StartTimeout, "start", "--run", RunFolder, "--app", App, "--demo", "--db", Database,
            "--nginx-port", $"{NginxPort}", "--node-ports", $"{PortA},{PortB}", "--redis-port", $"{RedisPort}");
        StartOutput = output;
        if (code != 0) throw new InvalidOperationException($"deploy/two-nodes.sh start exited {code}:\n{output}");
    }

    public async ValueTask DisposeAsync()
    {
        var (code, output) = await RunScriptAsync(TimeSpan.FromMinutes(2), "stop", "--run", RunFolder, "--drop");
        KeepLogs();
        if (code != 0) throw new InvalidOperationException($"deploy/two-nodes.sh stop exited {code}:\n{output}");
        try
        {
            Directory.Delete(RunFolder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean.
        }
    }

    /// <summary>A client that sends no cookies of its own and follows no redirects; from <paramref name="from"/> if given (any 127.x.y.z).</summary>
    public static HttpClient Client(Uri baseAddress, IPAddress? from = null)
    {
        var handler = new SocketsHttpHandler
        {
            UseCookies = false,
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.All,
        };
        if (from is not null)
        {
            // The whole of 127.0.0.0/8 is this machine's loopback: binding the client's end to another address makes
            // nginx see another client (ip_hash hashes the first three octets).
            handler.ConnectCallback = async (context, ct) =>
            {
                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    socket.Bind(new IPEndPoint(from, 0));
                    await socket.ConnectAsync(context.DnsEndPoint, ct);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            };
        }

        return new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
    }

    /// <summary>The access log's lines (nginx writes each when the request ends, unbuffered).</summary>
    public string[] AccessLogLines() => File.Exists(AccessLog) ? File.ReadAllLines(AccessLog) : [];

    private static async Task<(int Code, string Output)> RunScriptAsync(TimeSpan timeout, params string[] args)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Script);
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            return (-1, $"timed out after {timeout}\n{await stdout}\n{await stderr}");
        }

        return (process.ExitCode, $"{await stdout}\n{await stderr}".Trim());
    }

    /// <summary>The run folder's logs into TEST_RESULTS_DIR/two-nodes (test.sh keeps that folder), for a failed run's story.</summary>
    private void KeepLogs()
    {
        var results = Environment.GetEnvironmentVariable("TEST_RESULTS_DIR");
        var logs = Path.Combine(RunFolder, "logs");
        if (string.IsNullOrEmpty(results) || !Directory.Exists(logs)) return;
        var target = Directory.CreateDirectory(Path.Combine(results, "two-nodes")).FullName;
        foreach (var file in Directory.GetFiles(logs)) File.Copy(file, Path.Combine(target, Path.GetFileName(file)), overwrite: true);
    }

    /// <summary><paramref name="count"/> different ports nobody listens on (all held at once while asking, then released).</summary>
    private static int[] FreePorts(int count)
    {
        var listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToList();
        try
        {
            listeners.ForEach(l => l.Start());
            return listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port).ToArray();
        }
        finally
        {
            listeners.ForEach(l => l.Stop());
        }
    }
}
