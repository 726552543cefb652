using Microsoft.AspNetCore.Components.Endpoints;
using UppkaCatalog.Web.Components.Pages.Catalog;

namespace UppkaCatalog.Web.Infrastructure;

/// <summary>
/// The product page's inquiry form used to post back to the page itself (<c>POST /produk/{slug}</c>, with an
/// antiforgery token). It now posts to <c>/produk/{slug}/tanya</c> so the page can be cached. A form still open in a
/// buyer's browser from before the change gets a 307, which makes the browser repeat the same POST (same body, same
/// <c>_handler</c>) at the new target, where the same-origin check, the rate limit and the rules apply as usual;
/// without this it would meet the page's antiforgery check and a bare 400.
/// </summary>
internal static class OldProductInquiryPosts
{
    public static IApplicationBuilder UseOldProductInquiryRedirect(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (HttpMethods.IsPost(context.Request.Method)
            && context.GetEndpoint()?.Metadata.GetMetadata<ComponentTypeMetadata>()?.Type == typeof(ProductPage)
            && context.GetRouteValue("Slug") is string slug)
        {
            context.Response.StatusCode = StatusCodes.Status307TemporaryRedirect;
            context.Response.Headers.Location = context.Request.PathBase + ProductPaths.Inquiry(slug) + context.Request.QueryString;
            context.Response.Headers.CacheControl = "no-store";
            return;
        }

        await next(context);
    });
}
