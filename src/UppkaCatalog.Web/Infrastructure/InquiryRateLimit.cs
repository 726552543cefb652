using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using UppkaCatalog.Web.Resources;

namespace UppkaCatalog.Web.Infrastructure;

/// <summary>Settings <c>Inquiries:RateLimit:*</c>: how many inquiry POSTs one client may send per window.</summary>
public sealed class InquiryRateLimitOptions
{
    public const string Section = "Inquiries:RateLimit";

    public int PermitLimit { get; set; } = 5;

    public int WindowSeconds { get; set; } = 600;
}

/// <summary>
/// Limits the inquiry form's POSTs (<c>POST /produk/{slug}</c>) per client IP address, so one visitor
/// cannot flood a group's inquiry list; every other request passes untouched. A refused POST gets a
/// short Indonesian (or English) page with status 429 and Retry-After. Behind a reverse proxy the
/// client address must come from forwarded headers, or every buyer shares the proxy's limit.
/// </summary>
public static class InquiryRateLimit
{
    public static IServiceCollection AddInquiryRateLimit(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(InquiryRateLimitOptions.Section).Get<InquiryRateLimitOptions>() ?? new();
        var permits = Math.Max(1, options.PermitLimit);
        var window = TimeSpan.FromSeconds(Math.Max(1, options.WindowSeconds));
        services.AddRateLimiter(o =>
        {
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => IsInquiryPost(context.Request)
                ? RateLimitPartition.GetFixedWindowLimiter(
                    "inquiry:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown"),
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter("other"));
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (rejected, ct) => WriteRefusalAsync(rejected.HttpContext, rejected.Lease, window, ct);
        });
        return services;
    }

    /// <summary>The inquiry form posts back to its product page: <c>POST /produk/{slug}</c> (one segment).</summary>
    public static bool IsInquiryPost(HttpRequest request) =>
        HttpMethods.IsPost(request.Method)
        && request.Path.StartsWithSegments("/produk", out var rest)
        && rest.Value is { Length: > 1 } slug && slug.IndexOf('/', 1) < 0;

    private static async ValueTask WriteRefusalAsync(HttpContext context, RateLimitLease lease, TimeSpan window, CancellationToken ct)
    {
        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : window;
        var minutes = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalMinutes));
        var response = context.Response;
        response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        response.Headers.CacheControl = "no-store";
        response.ContentType = "text/html; charset=utf-8";
        var b = context.RequestServices.GetRequiredService<IStringLocalizer<BuyerResource>>();
        var title = WebUtility.HtmlEncode(b["RateLimitedTitle"]);
        var text = WebUtility.HtmlEncode(b["RateLimitedText", minutes]);
        var back = WebUtility.HtmlEncode(b["BackToProduct"]);
        // Back to the product page itself (a GET of the path that was posted to: always a local address).
        var product = WebUtility.HtmlEncode(context.Request.PathBase + context.Request.Path);
        var lang = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        await response.WriteAsync($"""
            <!DOCTYPE html>
            <html lang="{lang}"><head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" />
            <meta name="robots" content="noindex" /><title>{title}</title><link rel="stylesheet" href="/css/site.css" /></head>
            <body><main class="site-main"><section class="message-page"><h1>{title}</h1><p>{text}</p>
            <p><a class="button" href="{product}">{back}</a></p></section></main></body></html>
            """, ct);
    }
}
