using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using UppkaCatalog.Web.Components.Pages.Exhibitions;
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
/// Limits the inquiry forms' POSTs (<c>POST /produk/{slug}</c> and <c>POST /pameran/{slug}/stan/{group}/tanya</c>) per client IP address, so one visitor
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

    /// <summary>
    /// An inquiry form's post: the product page's form posts back to it (<c>POST /produk/{slug}</c>, one segment);
    /// the booth's form posts to <c>/pameran/{slug}/stan/{group}/tanya</c> (found by its page, as routing matched it).
    /// Both share one budget per client.
    /// </summary>
    public static bool IsInquiryPost(HttpRequest request) =>
        HttpMethods.IsPost(request.Method)
        && ((request.Path.StartsWithSegments("/produk", out var rest) && rest.Value is { Length: > 1 } slug && slug.IndexOf('/', 1) < 0)
            || IsBoothInquiry(request.HttpContext));

    private static bool IsBoothInquiry(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<ComponentTypeMetadata>()?.Type == typeof(BoothInquiryPage);

    private static async ValueTask WriteRefusalAsync(HttpContext context, RateLimitLease lease, TimeSpan window, CancellationToken ct)
    {
        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : window;
        var minutes = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalMinutes));
        context.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        var b = context.RequestServices.GetRequiredService<IStringLocalizer<BuyerResource>>();
        // Back to the page the form was on: the booth (from the route), or the product page itself (a GET of the
        // path that was posted to: always a local address).
        (string, string) back = IsBoothInquiry(context) && SameOriginPosts.BoothAddress(context) is { } booth
            ? (booth, context.RequestServices.GetRequiredService<IStringLocalizer<BoothResource>>()["BackToBooth"])
            : (context.Request.PathBase + context.Request.Path, b["BackToProduct"]);
        await MessagePage.WriteAsync(context, StatusCodes.Status429TooManyRequests, b["RateLimitedTitle"], b["RateLimitedText", minutes], back, ct);
    }
}
