using Microsoft.Playwright;

namespace UppkaCatalog.Bench;

/// <summary>Debian's Chromium as the browser tests launch it, in a phone-sized window.</summary>
internal static class Browser
{
    private static readonly string[] Args =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) =>
        playwright.Chromium.LaunchAsync(new() { ExecutablePath = "/usr/bin/chromium", Headless = true, Args = Args });

    /// <summary>360 × 740 CSS px at device pixel ratio 2, Indonesian: a cheap Android phone.</summary>
    public static Task<IBrowserContext> PhoneAsync(IBrowser browser, string baseUrl) => browser.NewContextAsync(new()
    {
        BaseURL = baseUrl,
        ViewportSize = new() { Width = 360, Height = 740 },
        DeviceScaleFactor = 2,
        IsMobile = true,
        HasTouch = true,
        Locale = "id-ID",
    });
}
