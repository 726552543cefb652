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
///   PipelineBench FILE [--runs 6] [--warmup 1] [--warmup-seconds 0] [--mdop 1]
///                                                            time ImagePipeline.Process: warm-up runs (at least
///                                                            --warmup runs and --warmup-seconds), then --runs
///                                                            measured runs
///   PipelineBench FILE --once                                process once after startup, report VmHWM
///   PipelineBench FILE --stages [--runs 6] [--alt-runs 5] [--alts 0,1,..]
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
        int runs = 6, warmup = 1, mdop = 1, altRuns = 5;
        double warmupSeconds = 0;
        bool once = false, stages = false;
        int[]? alts = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--runs": runs = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--warmup": warmup = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--warmup-seconds": warmupSeconds = double.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--mdop": mdop = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--alt-runs": altRuns = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--alts": alts = args[++i].Split(',').Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray(); break;
                case "--list-alts": Stages.ListAlternatives(); return 0;
                case "--alt-header": Console.WriteLine(Stages.Header); return 0;
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

        if (file is null || (runs < 1 && !stages) || runs < 0 || (alts is not null && !stages))
        {
            Console.Error.WriteLine("usage: PipelineBench FILE [--runs N] [--warmup N] [--warmup-seconds S] [--mdop N] [--once | --stages [--alt-runs N] [--alts 0,3,..]] | --list-alts");
            return 2;
        }

        var startupHwm = Memory.HighWaterKiB();
        SetParallelism(mdop);
        var bytes = File.ReadAllBytes(file);
        Console.WriteLine($"# {Path.GetFileName(file)}: {bytes.Length / 1024.0 / 1024.0:F2} MiB; ProcessorCount={Environment.ProcessorCount}; ServerGC={GCSettings.IsServerGC}");

        if (once) return Once(file, bytes, startupHwm);
        var warm = new Warmup(warmup, warmupSeconds);
        if (stages) return Stages.Run(file, bytes, runs, warm, altRuns, alts, mdop);
        return Timed(file, bytes, runs, warm);
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

    private static int Timed(string file, byte[] bytes, int runs, Warmup warmup)
    {
        var pipeline = new ImagePipeline();
        ProcessedImage? result = null;
        var cpu = new List<double>();
        double Run()
        {
            var clock = Clock.Start();
            result = pipeline.Process(new MemoryStream(bytes, writable: false));
            cpu.Add(clock.CpuMs);
            return clock.WallMs;
        }

        var warm = warmup.Run(Run);
        cpu.Clear();
        var measured = Enumerable.Range(0, runs).Select(_ => Run()).ToList();
        Console.WriteLine($"# warm-up runs (wall ms): {Stats.Join(warm)}");
        Console.WriteLine($"# measured runs (wall ms): {Stats.Join(measured)}");
        Console.WriteLine($"# measured runs (CPU ms):  {Stats.Join(cpu)}");
        foreach (var v in result!.Variants)
        {
            Console.WriteLine($"#   {v.Width}x{v.Height} {v.Format,-4} {v.Bytes.Length / 1024.0,8:F1} KiB");
        }

        Console.WriteLine($"RESULT\tmode=run\tfile={Path.GetFileName(file)}\tn={measured.Count}\tfirst_ms={warm[0]:F0}\twarmup_runs={warm.Count}\tmedian_ms={Stats.Median(measured):F1}\tp90_ms={Stats.P90(measured):F1}" +
                          $"\tmin_ms={measured.Min():F1}\tmax_ms={measured.Max():F1}\tcpu_median_ms={Stats.Median(cpu):F1}\tcpu_p90_ms={Stats.P90(cpu):F1}\tvmhwm_kib={Memory.HighWaterKiB()}" +
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

/// <summary>
/// Warm-up: at least MinRuns runs and at least MinSeconds of them. On one core the tiered JIT compiles its
/// optimised code on the same core in the background, so one run is not enough to reach steady state.
/// </summary>
internal sealed record Warmup(int MinRuns, double MinSeconds)
{
    public List<double> Run(Func<double> run)
    {
        var times = new List<double>();
        var sw = Stopwatch.StartNew();
        while (times.Count < MinRuns || sw.Elapsed.TotalSeconds < MinSeconds) times.Add(run());
        return times;
    }
}

/// <summary>
/// Wall time and this process's CPU time (all threads: includes GC; after warm-up the JIT is idle). On a shared
/// machine other processes can take the pinned core: CPU time is then the better estimate of a quiet core.
/// </summary>
internal readonly struct Clock
{
    private readonly long _wallStart;
    private readonly TimeSpan _cpuStart;

    private Clock(long wallStart, TimeSpan cpuStart)
    {
        _wallStart = wallStart;
        _cpuStart = cpuStart;
    }

    public static Clock Start() => new(Stopwatch.GetTimestamp(), Cpu());

    public double WallMs => Stopwatch.GetElapsedTime(_wallStart).TotalMilliseconds;

    public double CpuMs => (Cpu() - _cpuStart).TotalMilliseconds;

    private static TimeSpan Cpu()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }
}

internal static class Stats
{
    public static string Join(IEnumerable<double> values) =>
        string.Join(" ", values.Select(t => t.ToString("F0", CultureInfo.InvariantCulture)));

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
    private static readonly WebpEncoder PipelineWebp = new() { Quality = 75, FileFormat = WebpFileFormatType.Lossy, Method = WebpEncodingMethod.Level1 };
    private static readonly JpegEncoder PipelineJpeg = new() { Quality = 80, ColorType = JpegColorType.YCbCrRatio420 };

    private static readonly PipelineSettings Baseline =
        new("as is: WebP q75 Level1, JPEG q80 4:2:0, Bicubic, from previous, orient late, placeholder from 320", PipelineWebp, PipelineJpeg, KnownResamplers.Bicubic)
        {
            PlaceholderFromSmallest = true,
            OrientAfterFirstResize = true,
        };

    private static readonly JpegEncoder Jpeg420 = new() { Quality = 80, ColorType = JpegColorType.YCbCrRatio420 };

    private static readonly PipelineSettings[] Alternatives =
    [
        Baseline,
        Baseline with { Name = "WebP Level4 (ImageSharp's default)", Webp = Webp(WebpEncodingMethod.Level4) },
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

    public static int Run(string file, byte[] bytes, int runs, Warmup warmup, int altRuns, int[]? alts, int mdop)
    {
        var configuration = new Configuration(new JpegConfigurationModule(), new PngConfigurationModule(), new WebpConfigurationModule())
        {
            MemoryAllocator = MemoryAllocator.Create(new MemoryAllocatorOptions { MaximumPoolSizeMegabytes = 64 }),
            MaxDegreeOfParallelism = mdop,
        };

        if (runs > 0) Breakdown(configuration, file, bytes, runs, warmup, mdop);
        if (altRuns > 0) RunAlternatives(configuration, file, bytes, altRuns, warmup, alts);
        return 0;
    }

    private static void Breakdown(Configuration configuration, string file, byte[] bytes, int runs, Warmup warmup, int mdop)
    {
        var warm = warmup.Run(() =>
        {
            var sw = Stopwatch.StartNew();
            Process(configuration, bytes, Baseline, laps: null, quality: null);
            return sw.Elapsed.TotalMilliseconds;
        });

        var perStage = new Dictionary<string, (List<double> Wall, List<double> Cpu)>();
        var order = new List<string>();
        var totals = new List<double>();
        var cpuTotals = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var laps = new List<(string Stage, double Wall, double Cpu)>();
            var clock = Clock.Start();
            Process(configuration, bytes, Baseline, laps, quality: null);
            totals.Add(clock.WallMs);
            cpuTotals.Add(clock.CpuMs);
            foreach (var (stage, wall, cpu) in laps)
            {
                if (!perStage.TryGetValue(stage, out var lists))
                {
                    perStage[stage] = lists = ([], []);
                    order.Add(stage);
                }

                lists.Wall.Add(wall);
                lists.Cpu.Add(cpu);
            }
        }

        var total = Stats.Median(totals);
        var cpuTotal = Stats.Median(cpuTotals);
        Console.WriteLine();
        Console.WriteLine($"Stage breakdown, {Path.GetFileName(file)} (replica of ImagePipeline.Process, median of {totals.Count} runs after {warm.Count} warm-up runs, MaxDegreeOfParallelism={mdop})");
        Console.WriteLine($"  {"stage",-22} {"wall ms",8} {"CPU ms",8} {"share",6}  (medians)");
        var groups = new Dictionary<string, double>();
        foreach (var stage in order)
        {
            var m = Stats.Median(perStage[stage].Wall);
            var c = Stats.Median(perStage[stage].Cpu);
            Console.WriteLine($"  {stage,-22} {m,8:F1} {c,8:F1} {c / cpuTotal,6:P0}");
            var group = stage.Split(' ')[0];
            groups[group] = groups.GetValueOrDefault(group) + c;
            Console.WriteLine($"RESULT\tmode=stage\tfile={Path.GetFileName(file)}\tstage={stage}\tmedian_ms={m:F1}\tcpu_median_ms={c:F1}");
        }

        Console.WriteLine($"  {"total",-22} {total,8:F1} {cpuTotal,8:F1}");
        Console.WriteLine("  CPU by kind: " + string.Join(", ", groups.Select(g => $"{g.Key} {g.Value:F0} ms ({g.Value / cpuTotal:P0})")));
    }

    private static void RunAlternatives(Configuration configuration, string file, byte[] bytes, int altRuns, Warmup warmup, int[]? alts)
    {
        var selected = alts ?? Enumerable.Range(0, Alternatives.Length).ToArray();
        Console.WriteLine();
        Console.WriteLine($"Alternatives, {Path.GetFileName(file)} (end to end, median of {altRuns} runs after warm-up (min {warmup.MinRuns} runs, {warmup.MinSeconds} s); PSNR of the largest rendition's encoding against its encoder input)");
        Console.WriteLine(Header);
        foreach (var index in selected)
        {
            var settings = Alternatives[index];
            Quality quality = new();
            warmup.Run(() =>
            {
                var sw = Stopwatch.StartNew();
                Process(configuration, bytes, settings, laps: null, quality: null);
                return sw.Elapsed.TotalMilliseconds;
            });
            var times = new List<double>();
            var cpu = new List<double>();
            for (var i = 0; i < altRuns; i++)
            {
                var clock = Clock.Start();
                Process(configuration, bytes, settings, laps: null, quality: i == altRuns - 1 ? quality : null);
                times.Add(clock.WallMs - quality.UntimedMs);
                cpu.Add(clock.CpuMs - quality.UntimedCpuMs);
                quality.UntimedMs = 0;
                quality.UntimedCpuMs = 0;
            }

            var median = Stats.Median(times);
            Console.WriteLine($"  {index,2} {settings.Name,-62} {median,7:F0} {Stats.Median(cpu),7:F0} {cpu.Min(),7:F0} {quality.TotalBytes / 1024.0,7:F0} {quality.LargestWebpBytes / 1024.0,7:F0} {quality.WebpPsnr,7:F2} {quality.JpegPsnr,7:F2}");
            Console.WriteLine($"RESULT\tmode=alt\tfile={Path.GetFileName(file)}\tindex={index}\tname={settings.Name}\tmedian_ms={median:F1}\tp90_ms={Stats.P90(times):F1}\tcpu_median_ms={Stats.Median(cpu):F1}\tcpu_min_ms={cpu.Min():F1}" +
                              $"\ttotal_kib={quality.TotalBytes / 1024.0:F0}\twebp_psnr={quality.WebpPsnr:F2}\tjpeg_psnr={quality.JpegPsnr:F2}");
        }
    }

    public static readonly string Header =
        $"  {"#",2} {"settings (ms per photo)",-62} {"wall",7} {"CPU",7} {"CPU",7} {"all",7} {"webp",7} {"PSNR",7} {"PSNR",7}\n" +
        $"  {"",2} {"",-62} {"median",7} {"median",7} {"min",7} {"KiB",7} {"lg KiB",7} {"webp",7} {"jpeg",7}";

    private static WebpEncoder Webp(WebpEncodingMethod method) =>
        new() { Quality = 75, FileFormat = WebpFileFormatType.Lossy, Method = method };

    internal sealed class Quality
    {
        public long TotalBytes { get; set; }
        public long LargestWebpBytes { get; set; }
        public double WebpPsnr { get; set; }
        public double JpegPsnr { get; set; }
        public double UntimedMs { get; set; }
        public double UntimedCpuMs { get; set; }
    }

    private static void Process(Configuration configuration, byte[] bytes, PipelineSettings s, List<(string, double, double)>? laps, Quality? quality)
    {
        var clock = Clock.Start();
        void Lap(string stage)
        {
            if (laps is not null)
            {
                laps.Add((stage, clock.WallMs, clock.CpuMs));
                clock = Clock.Start();
            }
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
                var untimed = Clock.Start();
                quality.LargestWebpBytes = webp.Length;
                quality.WebpPsnr = Psnr(next, webp);
                quality.JpegPsnr = Psnr(next, jpeg);
                quality.UntimedMs += untimed.WallMs;
                quality.UntimedCpuMs += untimed.CpuMs;
                clock = Clock.Start();
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
