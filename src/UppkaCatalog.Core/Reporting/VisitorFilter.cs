namespace UppkaCatalog.Core.Reporting;

/// <summary>Which requests are people: not link-preview fetchers, crawlers or HEAD checks.</summary>
public static class VisitorFilter
{
    // WhatsApp's, Facebook's and Telegram's preview fetchers call themselves "...bot", "facebookexternalhit",
    // "WhatsApp/2.x"; crawlers say bot/crawl/spider. A missing user agent is a script, not a browser.
    private static readonly string[] Markers = ["bot", "crawl", "spider", "preview", "facebookexternalhit", "whatsapp/", "slurp", "headless"];

    public static bool IsCountable(string method, string? userAgent)
    {
        if (!string.Equals(method, "GET", StringComparison.OrdinalIgnoreCase)) return false;
        if (string.IsNullOrWhiteSpace(userAgent)) return false;
        foreach (var marker in Markers)
        {
            if (userAgent.Contains(marker, StringComparison.OrdinalIgnoreCase)) return false;
        }

        return true;
    }
}
