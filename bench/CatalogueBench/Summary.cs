using System.Diagnostics;
using System.Globalization;

namespace UppkaCatalog.Bench;

/// <summary>
/// Prints the figures of the results file against issue 14's targets, PASS or FAIL per line, and what
/// <c>pdfimages -list</c> (poppler-utils) says of the photos in each PDF: how many, whether JPEG (DCTDecode), their
/// pixel widths and their effective dpi at the size they are printed.
/// </summary>
internal static class Summary
{
    private const double GroupColdMs = 1000, WarmMs = 5, ExhibitionColdMs = 4000, GroupBytes = 1_500_000, ExhibitionBytes = 6_000_000, MemoryBytes = 300_000_000;

    public static int Print(string resultsFile, string pdfDir, int groupProducts, int boothProducts)
    {
        var r = Read(resultsFile);
        string? Get(string key) => r.GetValueOrDefault(key);
        double Num(string key) => double.Parse(r[key], CultureInfo.InvariantCulture);

        Console.WriteLine();
        Console.WriteLine($"== summary (app pinned to one core; MB = 10^6 bytes; times from sending the request to its last byte, client on another core)");
        if (Get("photos.count") is { } photos)
        {
            Console.WriteLine($"photos: {photos} generated {Get("photos.source")} JPEGs (avg {Get("photos.source_kib_avg")} KiB) through ImagePipeline " +
                              $"(median {Get("photos.pipeline_ms_median")} ms each); JPEG renditions avg 320: {Get("photos.jpg320_kib_avg")} KiB, " +
                              $"480: {Get("photos.jpg480_kib_avg")} KiB, 800: {Get("photos.jpg800_kib_avg")} KiB, 1600: {Get("photos.jpg1600_kib_avg")} KiB");
        }

        Console.WriteLine();
        Console.WriteLine($"group catalogue ({groupProducts} products): {Measure.GroupPdf}");
        Line("first request after start (only /health before: includes the JIT of the app and PDF code)", $"{Num("first.group_ms"):F0} ms (status {Get("first.group_status")})");
        if (Get("group.available") == "1")
        {
            Catalogue(r, "group", GroupColdMs, GroupBytes, "warm-up before: /, /katalog, the storefront, 3 times each", Path.Combine(pdfDir, "group.pdf"));
        }
        else
        {
            Console.WriteLine($"  group catalogue: answered {Get("group.status")}, not measured");
        }

        Console.WriteLine();
        Console.WriteLine($"exhibition catalogue ({boothProducts} products): {Measure.ExhibitionPdf}");
        Line("booths linked from the hall page (the exhibition is public, its booths accepted and placed)", $"{Get("exhibition.hall_booth_links") ?? "?"} of {Get("generated.booths")}");
        if (Get("exhibition.available") == "1")
        {
            Line("first request after start (after the group's PDF in the same fresh process)", $"{Num("first.exhibition_ms"):F0} ms (status {Get("first.exhibition_status")})");
            Catalogue(r, "exhibition", ExhibitionColdMs, ExhibitionBytes, "warm-up before: /, /pameran, the hall, 3 times each", Path.Combine(pdfDir, "exhibition.pdf"));
        }
        else if (Get("exhibition.status") == "404")
        {
            Console.WriteLine("  exhibition catalogue: not available on this build (404)");
        }
        else
        {
            Console.WriteLine($"  exhibition catalogue: answered {Get("exhibition.status")}, not measured");
        }

        Console.WriteLine();
        foreach (var phase in new[] { "first", "group", "exhibition" })
        {
            if (Get($"{phase}.vmhwm_kib") is null) continue;
            var hwm = Num($"{phase}.vmhwm_kib") * 1024;
            var last = phase == "exhibition";
            Line($"peak memory (VmHWM) of the app process, {(last ? "after all of it (every catalogue made and kept)" : $"phase '{phase}'")}",
                $"{hwm / 1024 / 1024:F0} MiB = {hwm / 1e6:F0} MB (now {Num($"{phase}.vmrss_kib") / 1024:F0} MiB)",
                last ? Verdict(hwm <= MemoryBytes, "≤ 300 MB", hwm, MemoryBytes) : "");
        }

        return 0;
    }

    private static void Catalogue(Dictionary<string, string> r, string phase, double coldTarget, double bytesTarget, string warmUp, string pdf)
    {
        double Num(string key) => double.Parse(r[$"{phase}.{key}"], CultureInfo.InvariantCulture);
        var cold = Num("cold_ms");
        Line($"cold ({warmUp})", $"{cold:F0} ms", Verdict(cold <= coldTarget, $"≤ {coldTarget:F0} ms", cold, coldTarget));
        var p90 = Num("warm_p90_ms");
        Line($"warm (cached), median / p90 / max of {r[$"{phase}.warm_n"]}" + (Num("warm_changed") > 0 ? $" ({Num("warm_changed")} NOT the same file!)" : ""),
            $"{Num("warm_median_ms"):F2} / {p90:F2} / {Num("warm_max_ms"):F1} ms", Verdict(p90 <= WarmMs, "p90 ≤ 5 ms", p90, WarmMs));
        Line($"If-None-Match: 304, median / p90 of {r[$"{phase}.warm_n"]}" + (Num("not_304") > 0 ? $" ({Num("not_304")} NOT 304!)" : ""),
            $"{Num("not_modified_median_ms"):F2} / {Num("not_modified_p90_ms"):F2} ms");
        Line("English (language cookie): a cold file made by warm code" + (Num("en_differs") == 0 ? " (the SAME file as Indonesian!)" : ""),
            $"{Num("en_cold_ms"):F0} ms (status {r[$"{phase}.en_status"]}, {Num("en_bytes") / 1e6:F2} MB)");
        var bytes = Num("bytes");
        Line($"size ({r[$"{phase}.content_type"]}, Content-Encoding {r[$"{phase}.content_encoding"]})", $"{bytes / 1e6:F2} MB ({bytes:N0} bytes)",
            Verdict(bytes <= bytesTarget, $"≤ {bytesTarget / 1e6:F1} MB", bytes, bytesTarget));
        Images(pdf);
    }

    /// <summary>Photos as <c>pdfimages -list</c> sees them; the QR code and anything else not JPEG counted apart.</summary>
    private static void Images(string pdf)
    {
        var lines = Run("pdfimages", "-list", pdf);
        if (lines is null)
        {
            Console.WriteLine("  images: pdfimages (poppler-utils) not found");
            return;
        }

        // page num type width height color comp bpc enc interp object ID x-ppi y-ppi size ratio
        var images = lines.Skip(2).Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(c => c.Length >= 14 && c[2] == "image")
            .Select(c => (Width: int.Parse(c[3], CultureInfo.InvariantCulture), Height: int.Parse(c[4], CultureInfo.InvariantCulture), Enc: c[8],
                Object: c[10], Ppi: int.Parse(c[12], CultureInfo.InvariantCulture)))
            .ToList();
        var jpegs = images.Where(i => i.Enc == "jpeg").ToList();
        var others = images.Where(i => i.Enc != "jpeg").ToList();
        Line("images placed (pdfimages -list)", $"{images.Count} ({images.Select(i => i.Object).Distinct().Count()} objects): {jpegs.Count} JPEG (DCTDecode), " +
            $"{others.Count} other" + (others.Count == 0 ? "" : $" ({string.Join(", ", others.GroupBy(o => $"{o.Enc} {o.Width}x{o.Height}").Select(g => $"{g.Count()} × {g.Key}"))})"));
        if (jpegs.Count == 0) return;
        Line("JPEG photos: pixel width min / max", $"{jpegs.Min(j => j.Width)} / {jpegs.Max(j => j.Width)} px " +
            $"({string.Join(", ", jpegs.GroupBy(j => j.Width).OrderBy(g => g.Key).Select(g => $"{g.Count()} × {g.Key}"))})");
        var minPpi = jpegs.Min(j => j.Ppi);
        Line("JPEG photos: effective dpi at printed size min / max", $"{minPpi} / {jpegs.Max(j => j.Ppi)} dpi",
            minPpi >= 150 ? "(≥ 150 dpi)" : "(below 150 dpi, the usual mark for sharp print)");
    }

    private static string Verdict(bool pass, string target, double value, double limit) =>
        pass ? $"{target}  PASS" : $"{target}  FAIL (+{(value / limit - 1) * 100:F0} %)";

    private static void Line(string label, string figure, string verdict = "") =>
        Console.WriteLine($"  {label,-92} {figure,-34} {verdict}".TrimEnd());

    private static Dictionary<string, string> Read(string file)
    {
        var values = new Dictionary<string, string>();
        foreach (var line in File.ReadLines(file))
        {
            var cells = line.Split('\t');
            foreach (var cell in cells.Skip(1))
            {
                var eq = cell.IndexOf('=');
                if (eq > 0) values[$"{cells[0]}.{cell[..eq]}"] = cell[(eq + 1)..];
            }
        }

        return values;
    }

    private static List<string>? Run(string tool, params string[] args)
    {
        try
        {
            var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, UseShellExecute = false };
            foreach (var a in args) start.ArgumentList.Add(a);
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return output.Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
