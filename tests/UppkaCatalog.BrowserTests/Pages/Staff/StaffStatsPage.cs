using Microsoft.Playwright;

namespace UppkaCatalog.BrowserTests.Pages.Staff;

/// <summary><c>/staf/pameran/{id}/statistik</c>: tiles, the per-day chart and table, top booths, regencies, downloads.</summary>
public sealed class StaffStatsPage(IPage page) : StaffAreaPage(page)
{
    public static string PathFor(int exhibitionId) => $"/staf/pameran/{exhibitionId}/statistik";

    public ILocator Tiles => Page.Locator("main .stat-tile");

    public ILocator TopBoothRows => Page.Locator("main table.top-booths tbody tr");

    public ILocator RegencyRows => Page.Locator("main table.regencies tbody tr");

    public ILocator Downloads => Page.Locator("main ul.exports a[download]");

    public ILocator ChartBars => Page.Locator("main .chart__bar");

    public Task OpenAsync(int exhibitionId) => OpenPathAsync(PathFor(exhibitionId));

    /// <summary>The number on the tile labelled <paramref name="label"/>.</summary>
    public Task<string> TileValueAsync(string label) =>
        Page.Locator("main .stat-tile", new() { HasText = label }).Locator(".stat-tile__value").First.InnerTextAsync();
}
