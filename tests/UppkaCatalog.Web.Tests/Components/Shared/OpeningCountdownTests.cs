using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using UppkaCatalog.Tests.Shared;
using UppkaCatalog.Web.Components.Shared;
using UppkaCatalog.Web.Resources;
using UppkaCatalog.Web.Tests.Support;

namespace UppkaCatalog.Web.Tests.Components.Shared;

public sealed class OpeningCountdownTests
{
    private static readonly IStringLocalizer<ExhibitionResource> ExhibitionText = new ServiceCollection().AddLogging().AddLocalization().BuildServiceProvider()
        .GetRequiredService<IStringLocalizer<ExhibitionResource>>();

    [Theory]
    [InlineData(10 * 24 * 60, "Dibuka dalam 10 hari")]
    [InlineData(2 * 24 * 60 - 1, "Dibuka dalam 1 hari")] // 1 day 23:59 is still "1 day": days round down
    [InlineData(24 * 60, "Dibuka dalam 1 hari")]
    [InlineData(24 * 60 - 1, "Dibuka dalam 24 jam")] // hours round up
    [InlineData(5 * 60 + 1, "Dibuka dalam 6 jam")]
    [InlineData(61, "Dibuka dalam 2 jam")]
    [InlineData(60, "Dibuka dalam 1 jam")]
    [InlineData(1, "Dibuka dalam 1 jam")]
    public void Days_round_down_and_hours_round_up(int minutes, string expected)
    {
        using var culture = new CultureScope("id-ID");

        Assert.Equal(expected, OpeningCountdown.Text(TimeSpan.FromMinutes(minutes), ExhibitionText));
    }

    [Fact]
    public void English_says_days_and_hours_in_English()
    {
        using var culture = new CultureScope("en-US");

        Assert.Equal("Opens in 3 days", OpeningCountdown.Text(TimeSpan.FromDays(3.5), ExhibitionText));
        Assert.Equal("Opens in 1 day", OpeningCountdown.Text(TimeSpan.FromDays(1), ExhibitionText));
        Assert.Equal("Opens in 4 hours", OpeningCountdown.Text(TimeSpan.FromHours(3.2), ExhibitionText));
    }
}
