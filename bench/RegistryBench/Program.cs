using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using IConfiguration = Microsoft.Extensions.Configuration.IConfiguration;
using UppkaCatalog.Core;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Data;
using UppkaCatalog.Core.Groups.Import;

namespace UppkaCatalog.Bench;

/// <summary>
/// Registry import benchmark (issue 12: 574 rows previewed and committed in ≤ 3 s each; 30,000 rows in ≤ 60 s with
/// memory ≤ 300 MB). Into a throw-away SQLite database migrated with the real migrations (reference data, no groups),
/// through the real <see cref="RegistryImportService"/>, the file is read as an upload would be: preview (read, check,
/// compare with the registry), commit (every row a new group, one transaction, audited), then the same file again
/// (preview and commit: every row unchanged, nothing written). One file per process, so the peak memory printed
/// (VmHWM: the most this process ever had resident, runtime included) is that file's.
///
///   RegistryBench --folder DIR --file FILE [--xlsx]
///
/// With <c>--xlsx</c> the CSV is first written out as an XLSX workbook (same columns, text cells; not timed) and that is
/// imported instead.
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        string? folder = null, file = null;
        var xlsx = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--folder": folder = args[++i]; break;
                case "--file": file = args[++i]; break;
                case "--xlsx": xlsx = true; break;
                default: Console.Error.WriteLine($"unknown argument {args[i]}"); return 2;
            }
        }

        if (folder is null || file is null)
        {
            Console.Error.WriteLine("usage: RegistryBench --folder DIR --file FILE [--xlsx]");
            return 2;
        }

        Directory.CreateDirectory(folder);
        if (xlsx) file = ToXlsx(file, Path.Combine(folder, Path.GetFileNameWithoutExtension(file) + ".xlsx"));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:DataPath"] = folder }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddUppkaCore(configuration, DatabaseSetup.ResolveDataPath(configuration, folder));
        await using var provider = services.BuildServiceProvider();
        var factory = provider.GetRequiredService<IDbContextFactory<AppDbContext>>();
        await DatabaseSetup.MigrateAsync(factory);
        var import = provider.GetRequiredService<RegistryImportService>();
        var staff = new Actor("bench-staff", null, IsStaff: true);
        var name = Path.GetFileName(file);
        Console.WriteLine($"{name}: {new FileInfo(file).Length / 1024.0 / 1024.0:F1} MB");

        var (preview, previewTime) = await TimeAsync(async () =>
        {
            await using var stream = File.OpenRead(file);
            return await import.PreviewAsync(staff, stream);
        });
        var (result, commitTime) = await TimeAsync(() => import.CommitAsync(staff, preview));
        Report("first import", previewTime, commitTime, result);
        preview = null!;

        var (again, againPreviewTime) = await TimeAsync(async () =>
        {
            await using var stream = File.OpenRead(file);
            return await import.PreviewAsync(staff, stream);
        });
        var (unchanged, againCommitTime) = await TimeAsync(() => import.CommitAsync(staff, again));
        Report("same file again", againPreviewTime, againCommitTime, unchanged);

        await using var db = await factory.CreateDbContextAsync();
        Console.WriteLine($"  groups in the registry: {await db.Groups.CountAsync():N0}, audit entries: {await db.AuditEntries.CountAsync():N0}");
        Console.WriteLine($"  peak memory (VmHWM): {PeakKib() / 1024.0:F0} MiB");
        // One machine-readable line for the script's table.
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"RESULT {name} rows={result.Rows} created={result.Created} refused={result.Refused} preview={previewTime.TotalSeconds:F2} commit={commitTime.TotalSeconds:F2} "
            + $"again-preview={againPreviewTime.TotalSeconds:F2} again-commit={againCommitTime.TotalSeconds:F2} unchanged={unchanged.Unchanged} peak-mib={PeakKib() / 1024.0:F0}"));
        return 0;
    }

    private static async Task<(T Value, TimeSpan Time)> TimeAsync<T>(Func<Task<T>> work)
    {
        var clock = Stopwatch.StartNew();
        var value = await work();
        return (value, clock.Elapsed);
    }

    private static void Report(string what, TimeSpan preview, TimeSpan commit, ImportResult r) =>
        Console.WriteLine($"  {what}: preview {preview.TotalSeconds:F2} s, commit {commit.TotalSeconds:F2} s — {r.Rows:N0} rows, {r.Created:N0} created, "
            + $"{r.Updated:N0} updated, {r.Unchanged:N0} unchanged, {r.Refused:N0} refused");

    /// <summary>The CSV's rows as an XLSX workbook's first sheet, every cell a text cell, as staff save a sheet from Excel.</summary>
    private static string ToXlsx(string csv, string path)
    {
        var lines = File.ReadAllLines(csv).Select(l => l.TrimStart('\uFEFF').Split(';')).ToList();
        var rows = lines.Select(cells => cells.Select((c, i) => (Key: ((char)('A' + i)).ToString(), Value: (object)c)).ToDictionary(c => c.Key, c => c.Value));
        MiniExcel.SaveAs(path, rows, printHeader: false, overwriteFile: true);
        return path;
    }

    /// <summary>Peak resident set size of this process so far (VmHWM in /proc/self/status), KiB.</summary>
    private static long PeakKib()
    {
        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                return long.Parse(line["VmHWM:".Length..].Replace("kB", "", StringComparison.Ordinal).Trim(), CultureInfo.InvariantCulture);
            }
        }

        return 0;
    }
}
