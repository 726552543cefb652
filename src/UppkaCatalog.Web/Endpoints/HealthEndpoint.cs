using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace UppkaCatalog.Web.Endpoints;

internal static class HealthEndpoint
{
    /// <summary><c>GET /health</c>: 200 "Healthy" when the database answers a query, 503 "Unhealthy" otherwise.</summary>
    public static void MapHealthEndpoint(this IEndpointRouteBuilder app) =>
        app.MapHealthChecks("/health", new HealthCheckOptions
        {
            ResultStatusCodes =
            {
                [Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy] = StatusCodes.Status200OK,
                [Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Degraded] = StatusCodes.Status503ServiceUnavailable,
                [Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
        }).DisableHttpMetrics();
}
