using Microsoft.Playwright;

namespace UppkaCatalog.BrowserTests.Pages.Manage;

/// <summary><c>/kelola/pameran/{id}/statistik</c>: the member's own booth, per day.</summary>
public sealed class MemberStatsPage(IPage page) : MemberPage(page)
{
    public static string PathFor(int exhibitionId) => $"/kelola/pameran/{exhibitionId}/statistik";

    public ILocator Tiles => Page.Locator("main .stat-tile");

    public ILocator DayRows => Page.Locator("main table.stats-table tbody tr");

    public Task OpenAsync(int exhibitionId) => OpenPathAsync(PathFor(exhibitionId));

    public Task<string> TileValueAsync(string label) =>
        Page.Locator("main .stat-tile", new() { HasText = label }).Locator(".stat-tile__value").First.InnerTextAsync();
}
