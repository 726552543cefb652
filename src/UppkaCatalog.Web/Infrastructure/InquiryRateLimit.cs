using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using UppkaCatalog.Web.Components.Pages.Catalog;
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
/// Limits the inquiry forms' POSTs (<c>POST /produk/{slug}/tanya</c> and <c>POST /pameran/{slug}/stan/{group}/tanya</c>) per client IP address, so one visitor
/// cannot flood a group's inquiry list; every other request passes untouched. A refused POST gets a
/// short Indonesian (or English) page with status 429 and Retry-After. Behind a reverse proxy the
/// client address must come from forwarded headers, or every buyer shares the proxy's limit. Counted per node (in
/// memory, also with Redis): N nodes without sticky balancing allow up to N times the limit (README).
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
    /// An inquiry form's post: the product's form posts to <c>/produk/{slug}/tanya</c>, the booth's to
    /// <c>/pameran/{slug}/stan/{group}/tanya</c> (both found by their page, as routing matched it). Both share one
    /// budget per client. An older product page's post to <c>/produk/{slug}</c> is not counted: it only gets a 307
    /// to the new target (<see cref="OldProductInquiryPosts"/>), whose post is.
    /// </summary>
    public static bool IsInquiryPost(HttpRequest request) =>
        HttpMethods.IsPost(request.Method) && InquiryPage(request.HttpContext) is { } page
        && (page == typeof(ProductInquiryPage) || page == typeof(BoothInquiryPage));

    private static Type? InquiryPage(HttpContext context) => context.GetEndpoint()?.Metadata.GetMetadata<ComponentTypeMetadata>()?.Type;

    private static bool IsBoothInquiry(HttpContext context) => InquiryPage(context) == typeof(BoothInquiryPage);

    private static async ValueTask WriteRefusalAsync(HttpContext context, RateLimitLease lease, TimeSpan window, CancellationToken ct)
    {
        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : window;
        var minutes = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalMinutes));
        context.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        var buyerText = context.RequestServices.GetRequiredService<IStringLocalizer<BuyerResource>>();
        // Back to the page the form was on: the booth or the product page (both from the route values).
        (string, string) back = IsBoothInquiry(context) && SameOriginPosts.BoothAddress(context) is { } booth
            ? (booth, context.RequestServices.GetRequiredService<IStringLocalizer<BoothResource>>()["BackToBooth"])
            : (context.Request.PathBase + (SameOriginPosts.ProductAddress(context) ?? CatalogPaths.Catalog), buyerText["BackToProduct"]);
        await MessagePage.WriteAsync(context, StatusCodes.Status429TooManyRequests, buyerText["RateLimitedTitle"], buyerText["RateLimitedText", minutes], back, ct);
    }
}
