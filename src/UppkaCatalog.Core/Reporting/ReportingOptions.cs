namespace UppkaCatalog.Core.Reporting;

/// <summary>Settings of visit counting (<c>Reporting:*</c>).</summary>
public sealed class ReportingOptions
{
    public const string Section = "Reporting";

    /// <summary>Seconds between two writes of the counted visits (default 5).</summary>
    public int FlushSeconds { get; set; } = 5;

    /// <summary>Visits held in memory between two flushes; past that new visits are dropped (and counted as dropped).</summary>
    public int QueueCapacity { get; set; } = 50_000;
}
