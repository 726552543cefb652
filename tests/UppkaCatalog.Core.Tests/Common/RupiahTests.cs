using System.Globalization;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Tests.Support;
using UppkaCatalog.Tests.Shared;

namespace UppkaCatalog.Core.Tests.Common;

public sealed class RupiahTests
{
    public static TheoryData<string> Cultures => new() { "", "en-US", "de-DE", "id-ID" };

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Format_writes_whole_rupiah_with_dot_thousands_whatever_the_current_culture(string culture)
    {
        using var _ = new CultureScope(CultureInfo.GetCultureInfo(culture));

        Assert.Equal("Rp 25.000", Rupiah.Format(25_000));
        Assert.Equal("Rp 0", Rupiah.Format(0));
        Assert.Equal("Rp 999", Rupiah.Format(999));
        Assert.Equal("Rp 1.000", Rupiah.Format(1_000));
        Assert.Equal("Rp 1.250.000.000", Rupiah.Format(1_250_000_000));
        Assert.Equal("Rp 9.223.372.036.854.775.807", Rupiah.Format(long.MaxValue));
    }

    [Fact]
    public void Format_puts_the_minus_before_the_currency_for_negative_amounts()
    {
        using var _ = new CultureScope(CultureInfo.InvariantCulture);

        Assert.Equal("-Rp 25.000", Rupiah.Format(-25_000));
        Assert.Equal("-Rp 1", Rupiah.Format(-1));
    }

    [Theory]
    [InlineData("25.000", 25_000)]
    [InlineData("25000", 25_000)]
    [InlineData("Rp 25.000", 25_000)]
    [InlineData("Rp25.000", 25_000)]
    [InlineData("Rp. 25.000", 25_000)]
    [InlineData("rp 25.000", 25_000)]
    [InlineData("25 000", 25_000)]
    [InlineData("25\u00a0000", 25_000)]
    [InlineData("  1.250.000  ", 1_250_000)]
    [InlineData("0", 0)]
    [InlineData("999", 999)]
    public void TryParse_reads_what_a_member_types_under_the_invariant_culture(string text, long expected)
    {
        // Under the invariant culture "25.000" would be twenty-five if the parser followed the culture.
        using var _ = new CultureScope(CultureInfo.InvariantCulture);

        Assert.True(Rupiah.TryParse(text, out var amount));
        Assert.Equal(expected, amount);
    }

    [Theory]
    [InlineData("25,5")]
    [InlineData("25.000,50")]
    [InlineData("25.5")]
    [InlineData("1.2345")]
    [InlineData(".000")]
    [InlineData("1234.000")]
    [InlineData("25.000.")]
    [InlineData("abc")]
    [InlineData("Rp")]
    [InlineData("-5000")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("1234567890123456")]
    public void TryParse_refuses_decimals_misplaced_dots_and_non_numbers(string? text)
    {
        using var _ = new CultureScope(CultureInfo.InvariantCulture);

        Assert.False(Rupiah.TryParse(text, out var amount));
        Assert.Equal(0, amount);
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(500L)]
    [InlineData(25_000L)]
    [InlineData(710_000L)]
    [InlineData(123_456_789L)]
    public void TryParse_reads_back_what_Format_wrote(long amount)
    {
        using var _ = new CultureScope(CultureInfo.GetCultureInfo("en-US"));

        Assert.True(Rupiah.TryParse(Rupiah.Format(amount), out var parsed));
        Assert.Equal(amount, parsed);
    }
}
