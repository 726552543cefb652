using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace UppkaCatalog.Bench;

/// <summary>What the database benches print: percentiles of timings, one line per kind (linked into each bench project).</summary>
internal static class Figures
{
    /// <summary>Nearest-rank percentile.</summary>
    public static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        var rank = (int)Math.Ceiling(p / 100 * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }

    /// <summary>"label n=… median … ms p95 … ms max … ms"; nothing for no timings.</summary>
    public static void Report(string label, List<double> ms, int labelWidth = 18, int numberWidth = 6)
    {
        if (ms.Count == 0) return;
        string Number(double value, string format) => value.ToString(format, System.Globalization.CultureInfo.InvariantCulture).PadLeft(numberWidth);
        Console.WriteLine($"{label.PadRight(labelWidth)} n={ms.Count,4}  median {Number(Percentile(ms, 50), "F2")} ms  p95 {Number(Percentile(ms, 95), "F2")} ms  max {Number(ms.Max(), "F1")} ms");
    }
}

/// <summary>When <c>enabled</c> says so: prints every SQL command EF runs (to check with EXPLAIN QUERY PLAN).</summary>
internal sealed class SqlPrinter(Func<bool> enabled) : ILoggerProvider, ILogger
{
    public ILogger CreateLogger(string categoryName) => categoryName == DbLoggerCategory.Database.Command.Name ? this : NullLogger.Instance;

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => enabled() && logLevel >= LogLevel.Information;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (IsEnabled(logLevel)) Console.WriteLine(formatter(state, exception) + "\n");
    }

    public void Dispose()
    {
    }
}
