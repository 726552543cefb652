using Microsoft.Playwright;

namespace UppkaCatalog.BrowserTests.Support;

/// <summary>
/// Holds back blazor.web.js, so an area page stays as prerendered (what a member on 3G sees while the
/// circuit connects) until <see cref="Release"/>.
/// </summary>
public sealed class HeldBlazorScript
{
    private TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public static async Task<HeldBlazorScript> AttachAsync(IPage page)
    {
        var held = new HeldBlazorScript();
        await page.RouteAsync(url => url.Contains("/_framework/blazor.web", StringComparison.Ordinal), async route =>
        {
            await held._release.Task;
            await route.ContinueAsync();
        });
        return held;
    }

    public void Release() => _release.TrySetResult();

    /// <summary>Holds the script again for the next page load.</summary>
    public void Hold()
    {
        if (_release.Task.IsCompleted) _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
