using UppkaCatalog.Core.Reporting;

namespace UppkaCatalog.Web.Infrastructure;

/// <summary>
/// Counts buyers' visits to exhibition pages. Placed just before the output cache: the hall and booth pages are
/// mostly served from the cache, where the page component never runs, so counting in the page would miss them.
/// After the response: only a GET answered 200, by an anonymous visitor (staff and members are not buyers), not a
/// staff preview (<c>?pratinjau=</c>), not a bot or link-preview fetcher. Recording is an in-memory enqueue
/// (<see cref="VisitRecorder"/>): the database is written in batches by the flusher, never on the request.
/// </summary>
internal static class VisitCounting
{
    public static IApplicationBuilder UseVisitCounting(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        await next(context);
        if (context.Response.StatusCode != StatusCodes.Status200OK) return;
        var request = context.Request;
        if (!IsBuyer(context)) return;
        if (request.Query.ContainsKey("pratinjau")) return;
        var recorder = context.RequestServices.GetRequiredService<VisitRecorder>();
        var segments = request.Path.Value?.Split('/', StringSplitOptions.RemoveEmptyEntries) ?? [];
        switch (segments)
        {
            case ["pameran", var exhibition]:
                recorder.RecordHall(Visitor(context), exhibition);
                break;
            case ["pameran", var exhibition, "stan", var group]:
                recorder.RecordBooth(Visitor(context), exhibition, group);
                break;
            case ["produk", _] when int.TryParse(request.Query["stan"], out var boothId) && boothId > 0:
                recorder.RecordProductFromBooth(Visitor(context), boothId);
                break;
        }
    });

    /// <summary>An anonymous GET from a browser: not signed in, not a bot, not a HEAD check.</summary>
    public static bool IsBuyer(HttpContext context) =>
        context.User.Identity?.IsAuthenticated != true
        && VisitorFilter.IsCountable(context.Request.Method, context.Request.Headers.UserAgent.ToString());

    /// <summary>
    /// Address and browser, only ever held in memory until the flusher hashes them with the day's salt. Behind a
    /// reverse proxy the forwarded-headers middleware must run first, or every buyer looks like the proxy.
    /// </summary>
    public static string Visitor(HttpContext context) =>
        VisitorHash.Describe(context.Connection.RemoteIpAddress?.ToString(), context.Request.Headers.UserAgent.ToString());
}
