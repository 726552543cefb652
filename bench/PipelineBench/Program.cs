using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Runtime;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.Memory;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;
using SixLabors.ImageSharp.Processing.Processors.Transforms;
using UppkaCatalog.Core.Media;

namespace UppkaCatalog.Bench;

/// <summary>
/// Times UppkaCatalog.Core.Media.ImagePipeline on one photo.
///
///   PipelineBench FILE [--runs 7] [--warmup 1] [--mdop 1]   time ImagePipeline.Process N times
///   PipelineBench FILE --once                                process once after startup, report VmHWM
///   PipelineBench FILE --stages [--runs 7] [--alt-runs 5] [--alts 0,1,..]
///                                                            per-stage times of a faithful replica of the
///                                                            pipeline (--runs 0: skipped), then end-to-end times
///                                                            of alternative settings (--alt-runs 0: skipped;
///                                                            --alts: only those, by index; --list-alts lists them)
///
/// Lines starting with "RESULT" are tab-separated key=value pairs for bench/photo-pipeline.sh.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

        string? file = null;
        int runs = 7, warmup = 1, mdop = 1, altRuns = 5;
        bool once = false, stages = false;
        int[]? alts = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--runs": runs = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--warmup": warmup = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--mdop": mdop = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--alt-runs": altRuns = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--alts": alts = args[++i].Split(',').Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray(); break;
                case "--list-alts": Stages.ListAlternatives(); return 0;
                case "--once": once = true; break;
                case "--stages": stages = true; break;
                default:
                    if (args[i].StartsWith("--", StringComparison.Ordinal) || file is not null)
                    {
                        Console.Error.WriteLine($"unknown argument {args[i]}");
                        return 2;
                    }

                    file = args[i];
                    break;
            }
        }

        if (file is null || (runs <= warmup && !(stages && runs == 0)) || (alts is not null && !stages))
        {
            Console.Error.WriteLine("usage: PipelineBench FILE [--runs N] [--warmup N] [--mdop N] [--once | --stages [--alt-runs N] [--alts 0,3,..]] | --list-alts");
            return 2;
        }

        var startupHwm = Memory.HighWaterKiB();
        SetParallelism(mdop);
        var bytes = File.ReadAllBytes(file);
        Console.WriteLine($"# {Path.GetFileName(file)}: {bytes.Length / 1024.0 / 1024.0:F2} MiB; ProcessorCount={Environment.ProcessorCount}; ServerGC={GCSettings.IsServerGC}");

        if (once) return Once(file, bytes, startupHwm);
        if (stages) return Stages.Run(file, bytes, runs, warmup, altRuns, alts, mdop);
        return Timed(file, bytes, runs, warmup);
    }

    /// <summary>
    /// The pipeline keeps its ImageSharp Configuration in a private static field; it has no public way
    /// to set MaxDegreeOfParallelism. Its default is Environment.ProcessorCount, so DOTNET_PROCESSOR_COUNT=1
    /// already makes it 1; this also sets it by reflection and prints the value in force.
    /// </summary>
    private static void SetParallelism(int mdop)
    {
        Configuration.Default.MaxDegreeOfParallelism = mdop;
        var field = typeof(ImagePipeline).GetField("DecodeConfiguration", BindingFlags.NonPublic | BindingFlags.Static);
        if (field?.GetValue(null) is Configuration configuration)
        {
            var before = configuration.MaxDegreeOfParallelism;
            configuration.MaxDegreeOfParallelism = mdop;
            Console.WriteLine($"# ImagePipeline.DecodeConfiguration.MaxDegreeOfParallelism: default {before} -> {configuration.MaxDegreeOfParallelism} (set by reflection: no public setting)");
        }
        else
        {
            Console.WriteLine($"# ImagePipeline's Configuration not found by reflection: MaxDegreeOfParallelism stays at its default (Environment.ProcessorCount = {Environment.ProcessorCount})");
        }
    }

    private static int Timed(string file, byte[] bytes, int runs, int warmup)
    {
        var pipeline = new ImagePipeline();
        var times = new List<double>();
        ProcessedImage? result = null;
        for (var i = 0; i < runs; i++)
        {
            var sw = Stopwatch.StartNew();
            result = pipeline.Process(new MemoryStream(bytes, writable: false));
            times.Add(sw.Elapsed.TotalMilliseconds);
        }

        var measured = times.Skip(warmup).ToList();
        Console.WriteLine($"# runs (ms, first {warmup} = warm-up): {string.Join(" ", times.Select(t => t.ToString("F0", CultureInfo.InvariantCulture)))}");
        foreach (var v in result!.Variants)
        {
            Console.WriteLine($"#   {v.Width}x{v.Height} {v.Format,-4} {v.Bytes.Length / 1024.0,8:F1} KiB");
        }

        Console.WriteLine($"RESULT\tmode=run\tfile={Path.GetFileName(file)}\tn={measured.Count}\tmedian_ms={Stats.Median(measured):F1}\tp90_ms={Stats.P90(measured):F1}" +
                          $"\tmin_ms={measured.Min():F1}\tmax_ms={measured.Max():F1}\tvmhwm_kib={Memory.HighWaterKiB()}" +
                          $"\toutput_kib={result.Variants.Sum(v => v.Bytes.Length) / 1024.0:F0}\tsize={result.Width}x{result.Height}");
        return 0;
    }

    private static int Once(string file, byte[] bytes, long startupHwm)
    {
        var before = Memory.HighWaterKiB();
        var sw = Stopwatch.StartNew();
        var result = new ImagePipeline().Process(new MemoryStream(bytes, writable: false));
        var ms = sw.Elapsed.TotalMilliseconds;
        Console.WriteLine($"RESULT\tmode=once\tfile={Path.GetFileName(file)}\tms={ms:F1}\tstartup_hwm_kib={startupHwm}\tbefore_hwm_kib={before}" +
                          $"\tvmhwm_kib={Memory.HighWaterKiB()}\tvariants={result.Variants.Count}\tservergc={GCSettings.IsServerGC}");
        return 0;
    }
}

internal static class Stats
{
    public static double Median(IReadOnlyList<double> values)
    {
        var s = values.Order().ToArray();
        return s.Length % 2 == 1 ? s[s.Length / 2] : (s[(s.Length / 2) - 1] + s[s.Length / 2]) / 2;
    }

    /// <summary>Nearest-rank 90th percentile (with 6 samples: the largest).</summary>
    public static double P90(IReadOnlyList<double> values)
    {
        var s = values.Order().ToArray();
        return s[Math.Max(0, (int)Math.Ceiling(0.9 * s.Length) - 1)];
    }
}

internal static class Memory
{
    /// <summary>Peak resident set size of this process so far (VmHWM in /proc/self/status), KiB.</summary>
    public static long HighWaterKiB()
    {
        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                return long.Parse(line["VmHWM:".Length..].Replace("kB", "", StringComparison.Ordinal).Trim(), CultureInfo.InvariantCulture);
            }
        }

        return -1;
    }
}

/// <summary>Settings of one variant of the pipeline.</summary>
internal sealed record PipelineSettings(
    string Name,
    WebpEncoder Webp,
    JpegEncoder Jpeg,
    IResampler Sampler,
    bool FromPrevious = true,
    bool PlaceholderFromSmallest = false,
    bool OrientAfterFirstResize = false);

/// <summary>
/// A step-by-step copy of ImagePipeline.Process (same configuration, order and settings in the
/// baseline) with a stopwatch around every stage, plus switches for the settings worth changing.
/// </summary>
internal static class Stages
{
    private static readonly WebpEncoder PipelineWebp = new() { Quality = 75, FileFormat = WebpFileFormatType.Lossy, Method = WebpEncodingMethod.Level4 };
    private static readonly JpegEncoder PipelineJpeg = new() { Quality = 80 };

    private static readonly PipelineSettings Baseline =
        new("as is: WebP q75 Level4, JPEG q80, Bicubic, from previous", PipelineWebp, PipelineJpeg, KnownResamplers.Bicubic);

    private static readonly JpegEncoder Jpeg420 = new() { Quality = 80, ColorType = JpegColorType.YCbCrRatio420 };

    private static readonly PipelineSettings[] Alternatives =
    [
        Baseline,
        Baseline with { Name = "WebP Level3", Webp = Webp(WebpEncodingMethod.Level3) },
        Baseline with { Name = "WebP Level2", Webp = Webp(WebpEncodingMethod.Level2) },
        Baseline with { Name = "WebP Level1", Webp = Webp(WebpEncodingMethod.Level1) },
        Baseline with { Name = "WebP Level0", Webp = Webp(WebpEncodingMethod.Level0) },
        Baseline with
        {
            Name = "WebP Level4, SNS 0, filter 0",
            Webp = new WebpEncoder { Quality = 75, FileFormat = WebpFileFormatType.Lossy, Method = WebpEncodingMethod.Level4, SpatialNoiseShaping = 0, FilterStrength = 0 },
        },
        Baseline with { Name = "JPEG ColorType 4:2:0 explicit", Jpeg = Jpeg420 },
        Baseline with { Name = "resampler Triangle", Sampler = KnownResamplers.Triangle },
        Baseline with { Name = "each width from the original", FromPrevious = false },
        Baseline with { Name = "placeholder from 320 px rendition", PlaceholderFromSmallest = true },
        Baseline with { Name = "auto-orient after the first resize", OrientAfterFirstResize = true },
        Baseline with
        {
            Name = "WebP Level1 + 4:2:0 + placeholder from 320",
            Webp = Webp(WebpEncodingMethod.Level1), Jpeg = Jpeg420, PlaceholderFromSmallest = true,
        },
        Baseline with
        {
            Name = "WebP Level1 + 4:2:0 + placeholder 320 + orient late",
            Webp = Webp(WebpEncodingMethod.Level1), Jpeg = Jpeg420, PlaceholderFromSmallest = true, OrientAfterFirstResize = true,
        },
        Baseline with
        {
            Name = "WebP Level0 + 4:2:0 + Triangle + placeholder 320 + orient late",
            Webp = Webp(WebpEncodingMethod.Level0), Jpeg = Jpeg420, Sampler = KnownResamplers.Triangle, PlaceholderFromSmallest = true, OrientAfterFirstResize = true,
        },
    ];

    public static void ListAlternatives()
    {
        for (var i = 0; i < Alternatives.Length; i++) Console.WriteLine($"{i}\t{Alternatives[i].Name}");
    }

    public static int Run(string file, byte[] bytes, int runs, int warmup, int altRuns, int[]? alts, int mdop)
    {
        var configuration = new Configuration(new JpegConfigurationModule(), new PngConfigurationModule(), new WebpConfigurationModule())
        {
            MemoryAllocator = MemoryAllocator.Create(new MemoryAllocatorOptions { MaximumPoolSizeMegabytes = 64 }),
            MaxDegreeOfParallelism = mdop,
        };

        if (runs > 0) Breakdown(configuration, file, bytes, runs, warmup, mdop);
        if (altRuns > 0) RunAlternatives(configuration, file, bytes, altRuns, alts);
        return 0;
    }

    private static void Breakdown(Configuration configuration, string file, byte[] bytes, int runs, int warmup, int mdop)
    {
        var baseline = Baseline;

        var perStage = new Dictionary<string, List<double>>();
        var order = new List<string>();
        var totals = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var laps = new List<(string Stage, double Ms)>();
            var sw = Stopwatch.StartNew();
            Process(configuration, bytes, baseline, laps, quality: null);
            if (i < warmup) continue;
            totals.Add(sw.Elapsed.TotalMilliseconds);
            foreach (var (stage, ms) in laps)
            {
                if (!perStage.TryGetValue(stage, out var list))
                {
                    perStage[stage] = list = [];
                    order.Add(stage);
                }

                list.Add(ms);
            }
        }

        var total = Stats.Median(totals);
        Console.WriteLine();
        Console.WriteLine($"Stage breakdown, {Path.GetFileName(file)} (replica of ImagePipeline.Process, median of {totals.Count} runs after {warmup} warm-up, MaxDegreeOfParallelism={mdop})");
        Console.WriteLine($"  {"stage",-22} {"median ms",10} {"share",7}");
        var groups = new Dictionary<string, double>();
        foreach (var stage in order)
        {
            var m = Stats.Median(perStage[stage]);
            Console.WriteLine($"  {stage,-22} {m,10:F1} {m / total,7:P0}");
            var group = stage.Split(' ')[0];
            groups[group] = groups.GetValueOrDefault(group) + m;
            Console.WriteLine($"RESULT\tmode=stage\tfile={Path.GetFileName(file)}\tstage={stage}\tmedian_ms={m:F1}");
        }

        Console.WriteLine($"  {"total (median)",-22} {total,10:F1}");
        Console.WriteLine("  by kind: " + string.Join(", ", groups.Select(g => $"{g.Key} {g.Value:F0} ms ({g.Value / total:P0})")));
    }

    private static void RunAlternatives(Configuration configuration, string file, byte[] bytes, int altRuns, int[]? alts)
    {
        var selected = alts ?? Enumerable.Range(0, Alternatives.Length).ToArray();
        Console.WriteLine();
        Console.WriteLine($"Alternatives, {Path.GetFileName(file)} (end to end, median of {altRuns} runs after 1 warm-up; PSNR of the largest rendition's encoding against its encoder input)");
        Console.WriteLine($"  {"#",2} {"settings",-64} {"median ms",9} {"p90 ms",7} {"all KiB",8} {"webp1600 KiB",12} {"PSNR webp",9} {"PSNR jpeg",9}");
        foreach (var index in selected)
        {
            var settings = Alternatives[index];
            var times = new List<double>();
            Quality quality = new();
            for (var i = 0; i <= altRuns; i++)
            {
                var sw = Stopwatch.StartNew();
                Process(configuration, bytes, settings, laps: null, quality: i == altRuns ? quality : null);
                var ms = sw.Elapsed.TotalMilliseconds - quality.UntimedMs;
                quality.UntimedMs = 0;
                if (i > 0) times.Add(ms);
            }

            var median = Stats.Median(times);
            Console.WriteLine($"  {index,2} {settings.Name,-64} {median,9:F0} {Stats.P90(times),7:F0} {quality.TotalBytes / 1024.0,8:F0} {quality.LargestWebpBytes / 1024.0,12:F0} {quality.WebpPsnr,9:F2} {quality.JpegPsnr,9:F2}");
            Console.WriteLine($"RESULT\tmode=alt\tfile={Path.GetFileName(file)}\tindex={index}\tname={settings.Name}\tmedian_ms={median:F1}\tp90_ms={Stats.P90(times):F1}" +
                              $"\ttotal_kib={quality.TotalBytes / 1024.0:F0}\twebp_psnr={quality.WebpPsnr:F2}\tjpeg_psnr={quality.JpegPsnr:F2}");
        }
    }

    private static WebpEncoder Webp(WebpEncodingMethod method) =>
        new() { Quality = 75, FileFormat = WebpFileFormatType.Lossy, Method = method };

    internal sealed class Quality
    {
        public long TotalBytes { get; set; }
        public long LargestWebpBytes { get; set; }
        public double WebpPsnr { get; set; }
        public double JpegPsnr { get; set; }
        public double UntimedMs { get; set; }
    }

    private static void Process(Configuration configuration, byte[] bytes, PipelineSettings s, List<(string, double)>? laps, Quality? quality)
    {
        var sw = Stopwatch.StartNew();
        void Lap(string stage)
        {
            laps?.Add((stage, sw.Elapsed.TotalMilliseconds));
            sw.Restart();
        }

        using var buffer = new MemoryStream();
        new MemoryStream(bytes, writable: false).CopyTo(buffer);
        buffer.Position = 0;
        var info = Image.Identify(configuration, buffer) ?? throw new InvalidOperationException("not an image");
        Lap("identify");
        buffer.Position = 0;
        using var image = Image.Load<Rgb24>(configuration, buffer);
        Lap("decode");
        // Orientations 5-8 swap width and height.
        var orientation = image.Metadata.ExifProfile?.GetValue(ExifTag.Orientation)?.Value ?? 1;
        var swapsAxes = orientation is >= 5 and <= 8;
        var orientLate = s.OrientAfterFirstResize && orientation != 1;
        if (!orientLate)
        {
            image.Mutate(x => x.AutoOrient());
            Strip(image);
        }

        Lap("orient+strip");
        if (!s.PlaceholderFromSmallest)
        {
            _ = AverageColor(image);
            Lap("placeholder");
        }

        var uprightWidth = orientLate && swapsAxes ? image.Height : image.Width;
        var widths = ImagePipeline.TargetWidths.Where(w => w <= uprightWidth).ToList();
        if (uprightWidth < ImagePipeline.TargetWidths[^1] && !widths.Contains(uprightWidth)) widths.Add(uprightWidth);

        long total = 0;
        var first = true;
        var current = image;
        foreach (var width in widths.Distinct().OrderDescending())
        {
            var source = s.FromPrevious ? current : image;
            Image<Rgb24> next;
            if (orientLate && ReferenceEquals(source, image))
            {
                // Resize in the stored (sideways) frame to the size that is `width` wide once upright, then
                // rotate the small image: the rotation of the full-size photo is the expensive part.
                var size = swapsAxes ? new Size(0, width) : new Size(width, 0);
                next = image.Clone(x => x.Resize(new ResizeOptions { Size = size, Mode = ResizeMode.Max, Sampler = s.Sampler }).AutoOrient());
                Strip(next);
            }
            else
            {
                next = source.Width == width ? source : source.Clone(x => x.Resize(new ResizeOptions
                {
                    Size = new Size(width, 0),
                    Mode = ResizeMode.Max,
                    Sampler = s.Sampler,
                }));
            }

            Lap($"resize {width}");
            var webp = Encode(next, s.Webp);
            Lap($"webp {width}");
            var jpeg = Encode(next, s.Jpeg);
            Lap($"jpeg {width}");
            total += webp.Length + jpeg.Length;
            if (quality is not null && first)
            {
                var untimed = Stopwatch.StartNew();
                quality.LargestWebpBytes = webp.Length;
                quality.WebpPsnr = Psnr(next, webp);
                quality.JpegPsnr = Psnr(next, jpeg);
                quality.UntimedMs += untimed.Elapsed.TotalMilliseconds;
                sw.Restart();
            }

            first = false;
            if (!ReferenceEquals(current, image) && !ReferenceEquals(current, next)) current.Dispose();
            current = next;
        }

        if (s.PlaceholderFromSmallest)
        {
            _ = AverageColor(current);
            Lap("placeholder");
        }

        if (!ReferenceEquals(current, image)) current.Dispose();
        if (quality is not null) quality.TotalBytes = total;
        if (orientLate) Strip(image);
        GC.KeepAlive(info);
    }

    private static void Strip(Image<Rgb24> image)
    {
        image.Metadata.ExifProfile = null;
        image.Metadata.IptcProfile = null;
        image.Metadata.XmpProfile = null;
        image.Metadata.IccProfile = null;
    }

    private static byte[] Encode(Image<Rgb24> image, IImageEncoder encoder)
    {
        using var output = new MemoryStream();
        image.Save(output, encoder);
        return output.ToArray();
    }

    private static string AverageColor(Image<Rgb24> image)
    {
        using var pixel = image.Clone(x => x.Resize(new ResizeOptions { Size = new Size(1, 1), Mode = ResizeMode.Stretch, Sampler = KnownResamplers.Box }));
        var c = pixel[0, 0];
        return $"#{c.R:x2}{c.G:x2}{c.B:x2}";
    }

    private static double Psnr(Image<Rgb24> reference, byte[] encoded)
    {
        using var decoded = Image.Load<Rgb24>(encoded);
        double squaredError = 0;
        long samples = 0;
        reference.ProcessPixelRows(decoded, (a, b) =>
        {
            for (var y = 0; y < a.Height; y++)
            {
                var ra = a.GetRowSpan(y);
                var rb = b.GetRowSpan(y);
                for (var x = 0; x < ra.Length; x++)
                {
                    double dr = ra[x].R - rb[x].R, dg = ra[x].G - rb[x].G, db = ra[x].B - rb[x].B;
                    squaredError += (dr * dr) + (dg * dg) + (db * db);
                }

                samples += ra.Length * 3L;
            }
        });
        var mse = squaredError / samples;
        return mse == 0 ? double.PositiveInfinity : 10 * Math.Log10(255.0 * 255.0 / mse);
    }
}
