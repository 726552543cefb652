using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using UppkaCatalog.Web.Tests.Support;

namespace UppkaCatalog.Web.Tests.Endpoints.Api;

/// <summary>The API calls as routing itself knows them, so the documentation tests cannot miss a new one.</summary>
public static class ApiRoutes
{
    /// <summary>Every method + route pattern under <c>/api/</c>, but the catch-all that answers unknown addresses with a 404 problem.</summary>
    public static IReadOnlyList<(string Method, string Pattern)> Mapped(AppFactory app) =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } raw && raw.StartsWith("/api/", StringComparison.Ordinal) && !raw.Contains("**"))
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(m => (m, e.RoutePattern.RawText!)))
            .ToList();
}
