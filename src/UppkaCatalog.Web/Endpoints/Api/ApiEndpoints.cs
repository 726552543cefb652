using UppkaCatalog.Core.Accounts;
using UppkaCatalog.Core.Catalog;

namespace UppkaCatalog.Web.Endpoints.Api;

/// <summary>
/// The JSON API over the same services as the pages (README, "API"). Public reads need nothing; member
/// and staff calls need a bearer token from <c>POST /api/auth/login</c> — never the sign-in cookie.
/// </summary>
internal static class ApiEndpoints
{
    public static void MapApiEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api")
            .AddEndpointFilter(ApiProblems.Filter)
            // Access is decided by ApiAuth.RequireBearer (bearer only), not by authorization policies.
            .AllowAnonymous()
            // Bearer tokens are not ambient, so there is no cross-site request to forge.
            .DisableAntiforgery();

        api.MapAuthApi();
        api.MapGet("/v1/categories", async (CatalogService catalog, CancellationToken ct) =>
            TypedResults.Ok((await catalog.GetCategoriesAsync(ct)).Select(c => new CategoryJson(c.Slug, c.Name))));
        // Public catalogue reads: on /api itself, before and outside the bearer-only member group.
        api.MapCatalogApi();
        api.MapExhibitionsApi();
        api.MapProgrammesApi();

        var member = api.MapGroup("/v1").RequireBearer(Roles.Member);
        member.MapProductsApi();
        member.MapPhotosApi();
        member.MapMemberProgrammesApi();
        api.MapGroup("/v1/staff").RequireBearer(Roles.Staff).MapStaffApi();
        api.MapGroup("/v1/staff").RequireBearer(Roles.Staff).MapPermitsApi();
        api.MapGroup("/v1/staff").RequireBearer(Roles.Staff).MapStatsApi();
        api.MapGroup("/v1/staff").RequireBearer(Roles.Staff).MapStaffGroupsApi();
        api.MapGroup("/v1/staff").RequireBearer(Roles.Staff).MapRegistryApi();
        api.MapGroup("/v1/staff").RequireBearer(Roles.Staff).MapDashboardApi();
        api.MapGroup("/v1/staff").RequireBearer(Roles.Staff).MapGroupRecordApi();
        api.MapGroup("/v1/partner").RequireBearer(Roles.Partner, Roles.Staff).MapPartnerApi();
        api.MapGroup("/v1/partner").RequireBearer(Roles.Partner, Roles.Staff).MapPartnerDeliveriesApi();

        // Anything else under /api: a problem, not the HTML not-found page.
        api.Map("/{**rest}", () => ApiProblems.NotFound());
    }
}
