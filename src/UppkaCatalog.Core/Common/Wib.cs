namespace UppkaCatalog.Core.Common;

/// <summary>Western Indonesian Time (Asia/Jakarta, UTC+7, no daylight saving): the time users read.</summary>
public static class Wib
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    public static DateTimeOffset ToWib(this DateTimeOffset moment) => moment.ToOffset(Offset);

    /// <summary>The calendar day in WIB on which <paramref name="moment"/> falls.</summary>
    public static DateOnly DayOf(DateTimeOffset moment) => DateOnly.FromDateTime(moment.ToOffset(Offset).DateTime);

    /// <summary>Midnight WIB at the start of <paramref name="day"/>.</summary>
    public static DateTimeOffset StartOf(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), Offset);
}
