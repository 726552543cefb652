using UppkaCatalog.Core.Common;

namespace UppkaCatalog.Core.Tests.Common;

public sealed class WibTests
{
    [Theory]
    [InlineData("2026-11-27T17:30:00Z", 2026, 11, 28)] // 00:30 WIB on the 28th
    [InlineData("2026-11-27T17:00:00Z", 2026, 11, 28)] // exactly midnight WIB
    [InlineData("2026-11-27T16:59:59Z", 2026, 11, 27)] // 23:59:59 WIB on the 27th
    [InlineData("2026-11-28T00:00:00Z", 2026, 11, 28)] // 07:00 WIB
    [InlineData("2026-12-31T17:00:00Z", 2027, 1, 1)] // new year in Jambi, not yet in London
    [InlineData("2026-11-28T00:30:00+07:00", 2026, 11, 28)]
    [InlineData("2026-11-27T20:00:00-05:00", 2026, 11, 28)] // 01:00Z on the 28th = 08:00 WIB
    public void DayOf_is_the_calendar_day_in_WIB(string moment, int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), Wib.DayOf(DateTimeOffset.Parse(moment, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void StartOf_is_midnight_WIB_which_is_17_00_UTC_the_day_before()
    {
        var start = Wib.StartOf(new DateOnly(2026, 11, 28));

        Assert.Equal(new DateTimeOffset(2026, 11, 27, 17, 0, 0, TimeSpan.Zero), start);
        Assert.Equal(TimeSpan.FromHours(7), start.Offset);
        Assert.Equal(new DateOnly(2026, 11, 28), Wib.DayOf(start));
        Assert.Equal(new DateOnly(2026, 11, 27), Wib.DayOf(start.AddTicks(-1)));
    }

    [Fact]
    public void ToWib_keeps_the_moment_and_shows_it_at_UTC_plus_7()
    {
        var utc = new DateTimeOffset(2026, 11, 27, 17, 30, 0, TimeSpan.Zero);

        var wib = utc.ToWib();

        Assert.Equal(utc, wib);
        Assert.Equal(0, wib.Hour);
        Assert.Equal(30, wib.Minute);
        Assert.Equal(28, wib.Day);
    }
}
