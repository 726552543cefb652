using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;

namespace UppkaCatalog.Bench;

/// <summary>One response: status, wall time from sending to the last byte read, the body and the headers we check.</summary>
internal sealed record Hit(int Status, double Ms, byte[] Body, string? ETag, string? ContentType, string? ContentEncoding);

/// <summary>
/// Measures the catalogues over HTTP only, against the running app (never its classes: the exhibition catalogue's
/// internals are still changing). One phase per fresh app process, so each "cold" is the first of its kind there:
/// <list type="bullet">
/// <item><c>first</c>: nothing before but the script's /health polls: the group's PDF, then the exhibition's, each
/// including the JIT of everything it runs.</item>
/// <item><c>group</c>: warm-up requests to other pages first (/, /katalog, the storefront: the app's own JIT, EF's
/// first queries), then the group's PDF cold, warm (cached) <c>runs</c> times, 304 with If-None-Match, English (a
/// cold file made by warm code).</item>
/// <item><c>exhibition</c>: the same for the exhibition (warm-up /, /pameran, the hall), then both group files too, so
/// the peak memory reported last is the app's with all four files made and kept.</item>
/// </list>
/// Writes "phase\tkey=value…" lines to the results file and the PDFs into the output folder.
/// </summary>
internal sealed class Measure(string baseUrl, int pid, int runs, string outDir, TextWriter results) : IDisposable
{
    private readonly HttpClient _http = new(new SocketsHttpHandler
    {
        AutomaticDecompression = DecompressionMethods.None, UseCookies = false, AllowAutoRedirect = false,
        PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
    })
    {
        BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(120),
    };

    public static string GroupPdf => $"/kelompok/{World.GroupSlug}/katalog.pdf";

    public static string ExhibitionPdf => $"/pameran/{World.ExhibitionSlug}/katalog.pdf";

    public async Task RunAsync(string phase)
    {
        // A phone browser, as a buyer opening the link from WhatsApp: its Accept-Encoding too (a PDF is not compressed).
        _http.DefaultRequestHeaders.UserAgent.ParseAdd("Mozilla/5.0 (Linux; Android 12; SM-A125F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36");
        _http.DefaultRequestHeaders.AcceptEncoding.ParseAdd("gzip, deflate, br");
        // The client's own first request (its JIT, the connection): not part of any figure.
        await GetAsync("/health");
        switch (phase)
        {
            case "first":
                var group = await GetAsync(GroupPdf);
                var exhibition = await GetAsync(ExhibitionPdf);
                Write(phase, ("group_status", group.Status), ("group_ms", group.Ms), ("exhibition_status", exhibition.Status), ("exhibition_ms", exhibition.Ms));
                break;
            case "group":
                await WarmUpAsync("/", "/katalog", $"/kelompok/{World.GroupSlug}");
                await CatalogueAsync(phase, GroupPdf, "group");
                break;
            case "exhibition":
                await WarmUpAsync("/", "/pameran", $"/pameran/{World.ExhibitionSlug}");
                // The generated exhibition is public and its booths are placed: the hall page links every one.
                var hall = Text(await GetAsync($"/pameran/{World.ExhibitionSlug}"));
                var booths = System.Text.RegularExpressions.Regex.Matches(hall, $"/pameran/{World.ExhibitionSlug}/stan/[a-z0-9-]+")
                    .Select(m => m.Value).Distinct().Count();
                Write(phase, ("hall_booth_links", booths));
                await CatalogueAsync(phase, ExhibitionPdf, "exhibition");
                // Both group files as well: the memory figure is then the app's with every catalogue made and kept.
                var id = await GetAsync(GroupPdf);
                var en = await GetAsync(GroupPdf, english: true);
                Write(phase, ("group_after_status", id.Status), ("group_after_ms", id.Ms), ("group_en_after_ms", en.Ms));
                break;
            default: throw new ArgumentException($"unknown phase {phase}");
        }

        var (hwm, rss) = Memory(pid);
        Write(phase, ("vmhwm_kib", hwm), ("vmrss_kib", rss));
    }

    private async Task WarmUpAsync(params string[] paths)
    {
        for (var i = 0; i < 3; i++)
        {
            foreach (var path in paths)
            {
                var hit = await GetAsync(path);
                if (hit.Status != 200) throw new InvalidOperationException($"warm-up {path} answered {hit.Status}");
            }
        }
    }

    private async Task CatalogueAsync(string phase, string path, string name)
    {
        var cold = await GetAsync(path);
        if (cold.Status != 200)
        {
            Write(phase, ("available", 0), ("status", cold.Status));
            return;
        }

        await File.WriteAllBytesAsync(Path.Combine(outDir, name + ".pdf"), cold.Body);
        var warm = new List<double>();
        var notCached = 0;
        for (var i = 0; i < runs; i++)
        {
            var hit = await GetAsync(path);
            warm.Add(hit.Ms);
            if (hit.Status != 200 || hit.ETag != cold.ETag || hit.Body.Length != cold.Body.Length) notCached++;
        }

        // Without an ETag there is nothing to revalidate with: counted as not 304.
        var revalidate = new List<double>();
        var not304 = cold.ETag is null ? runs : 0;
        for (var i = 0; i < runs && cold.ETag is not null; i++)
        {
            var hit = await GetAsync(path, cold.ETag);
            revalidate.Add(hit.Ms);
            if (hit.Status != 304 || hit.Body.Length != 0) not304++;
        }

        if (revalidate.Count == 0) revalidate.Add(double.NaN);
        var english = await GetAsync(path, english: true);
        if (english.Status == 200) await File.WriteAllBytesAsync(Path.Combine(outDir, name + "-en.pdf"), english.Body);
        Write(phase, ("available", 1), ("status", cold.Status), ("cold_ms", cold.Ms), ("bytes", cold.Body.Length),
            ("content_type", cold.ContentType ?? "none"), ("content_encoding", cold.ContentEncoding ?? "none"),
            ("warm_n", warm.Count), ("warm_median_ms", Figures.Percentile(warm, 50)), ("warm_p90_ms", Figures.Percentile(warm, 90)),
            ("warm_max_ms", warm.Max()), ("warm_changed", notCached),
            ("not_modified_median_ms", Figures.Percentile(revalidate, 50)), ("not_modified_p90_ms", Figures.Percentile(revalidate, 90)),
            ("not_304", not304), ("en_status", english.Status), ("en_cold_ms", english.Ms), ("en_bytes", english.Body.Length),
            ("en_differs", english.ETag != cold.ETag ? 1 : 0));
    }

    private async Task<Hit> GetAsync(string path, string? ifNoneMatch = null, bool english = false)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        // The language switch's cookie (the app's English is en-US).
        if (english) request.Headers.Add("Cookie", ".AspNetCore.Culture=" + Uri.EscapeDataString("c=en-US|uic=en-US"));
        if (ifNoneMatch is not null) request.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Parse(ifNoneMatch));
        var sw = Stopwatch.StartNew();
        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        var body = await response.Content.ReadAsByteArrayAsync();
        var ms = sw.Elapsed.TotalMilliseconds;
        return new Hit((int)response.StatusCode, ms, body, response.Headers.ETag?.ToString(), response.Content.Headers.ContentType?.MediaType,
            response.Content.Headers.ContentEncoding.Count > 0 ? string.Join(',', response.Content.Headers.ContentEncoding) : null);
    }

    /// <summary>A page's HTML: pages come compressed (the browser's Accept-Encoding), PDFs do not.</summary>
    private static string Text(Hit hit)
    {
        using var raw = new MemoryStream(hit.Body);
        using Stream body = hit.ContentEncoding switch
        {
            "br" => new System.IO.Compression.BrotliStream(raw, System.IO.Compression.CompressionMode.Decompress),
            "gzip" => new System.IO.Compression.GZipStream(raw, System.IO.Compression.CompressionMode.Decompress),
            _ => raw,
        };
        using var reader = new StreamReader(body);
        return reader.ReadToEnd();
    }

    private void Write(string phase, params (string Key, object Value)[] values)
    {
        results.WriteLine(phase + "\t" + string.Join('\t', values.Select(v => $"{v.Key}={Format(v.Value)}")));
        results.Flush();
    }

    private static string Format(object value) => value switch
    {
        double d => d.ToString("F2", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    /// <summary>Peak and current resident set size of the app (VmHWM, VmRSS in /proc/PID/status), KiB.</summary>
    private static (long Hwm, long Rss) Memory(int pid)
    {
        long Field(string[] lines, string name) =>
            long.Parse(lines.First(l => l.StartsWith(name, StringComparison.Ordinal))[name.Length..].Replace("kB", "", StringComparison.Ordinal).Trim(), CultureInfo.InvariantCulture);
        var status = File.ReadAllLines($"/proc/{pid}/status");
        return (Field(status, "VmHWM:"), Field(status, "VmRSS:"));
    }

    public void Dispose() => _http.Dispose();
}
