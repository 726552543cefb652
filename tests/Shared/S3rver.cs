using System.Diagnostics;
using System.Text.RegularExpressions;
using Amazon.Runtime;
using Amazon.S3;

namespace UppkaCatalog.Tests.Shared;

/// <summary>
/// A fake S3 (npm <c>s3rver</c>, pinned in tests/s3rver/package.json) on a free loopback port over a temp folder, for
/// the S3 media store's tests. On first use it is installed with <c>npm ci</c> into tests/s3rver/node_modules (node and
/// npm are the only prerequisites), so the test command works on a fresh machine. Use as a class fixture.
/// </summary>
public sealed partial class S3rver : IAsyncLifetime
{
    public const string AccessKey = "S3RVER"; // s3rver's fixed credentials
    public const string SecretKey = "S3RVER";

    private static readonly string Folder = Path.Combine(RepoPaths.Root, "tests", "s3rver");
    private static readonly SemaphoreSlim InstallLock = new(1, 1);
    private readonly string _data = Path.Combine(Path.GetTempPath(), "uppka-s3rver", Guid.NewGuid().ToString("N"));
    private Process? _process;

    public string ServiceUrl { get; private set; } = "";

    /// <summary>The <c>Storage:*</c> settings that point the app at this server and <paramref name="bucket"/>.</summary>
    public Dictionary<string, string?> Settings(string bucket) => new()
    {
        ["Storage:Media"] = "S3",
        ["Storage:S3:ServiceUrl"] = ServiceUrl,
        ["Storage:S3:Bucket"] = bucket,
        ["Storage:S3:AccessKey"] = AccessKey,
        ["Storage:S3:SecretKey"] = SecretKey,
        ["Storage:S3:ForcePathStyle"] = "true",
    };

    public AmazonS3Client Client() => new(new BasicAWSCredentials(AccessKey, SecretKey), new AmazonS3Config
    {
        ServiceURL = ServiceUrl,
        ForcePathStyle = true,
        AuthenticationRegion = "us-east-1",
        RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
        ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
    });

    /// <summary>A new empty bucket (lower-case, as S3 requires).</summary>
    public async Task<string> CreateBucketAsync()
    {
        var name = "t" + Guid.NewGuid().ToString("N")[..20];
        using var client = Client();
        await client.PutBucketAsync(name);
        return name;
    }

    public async ValueTask InitializeAsync()
    {
        await InstallAsync();
        Directory.CreateDirectory(_data);
        var start = new ProcessStartInfo("node")
        {
            ArgumentList = { Path.Combine(Folder, "node_modules", "s3rver", "bin", "s3rver.js"), "-a", "127.0.0.1", "-p", "0", "-d", _data },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        _process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginErrorReadLine();
        // "S3rver listening on 127.0.0.1:34547": port 0 lets the kernel pick a free one, and the line says which.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            var line = await _process.StandardOutput.ReadLineAsync(timeout.Token)
                ?? throw new InvalidOperationException($"s3rver exited (code {(_process.HasExited ? _process.ExitCode : -1)}) before listening");
            if (ListeningLine().Match(line) is { Success: true } m)
            {
                ServiceUrl = $"http://127.0.0.1:{m.Groups[1].Value}";
                break;
            }
        }

        // Keep draining its request log, or a full pipe would stall the server.
        _ = Task.Run(async () =>
        {
            while (await _process.StandardOutput.ReadLineAsync() is not null) { }
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
        try
        {
            Directory.Delete(_data, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean.
        }
    }

    private static async Task InstallAsync()
    {
        var script = Path.Combine(Folder, "node_modules", "s3rver", "bin", "s3rver.js");
        await InstallLock.WaitAsync();
        try
        {
            if (File.Exists(script)) return;
            // The pinned lock file; no install scripts run (s3rver needs none).
            var npm = Process.Start(new ProcessStartInfo("npm")
            {
                ArgumentList = { "ci", "--ignore-scripts", "--no-audit", "--no-fund", "--prefix", Folder },
                WorkingDirectory = Folder,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            }) ?? throw new InvalidOperationException("npm did not start (are node and npm installed?)");
            var output = npm.StandardOutput.ReadToEndAsync();
            var error = npm.StandardError.ReadToEndAsync();
            await npm.WaitForExitAsync();
            if (npm.ExitCode != 0 || !File.Exists(script))
            {
                throw new InvalidOperationException($"npm ci in {Folder} failed (exit {npm.ExitCode}): {await output}{await error}");
            }
        }
        finally
        {
            InstallLock.Release();
        }
    }

    [GeneratedRegex(@"listening on [^:\s]+:(\d+)")]
    private static partial Regex ListeningLine();
}
