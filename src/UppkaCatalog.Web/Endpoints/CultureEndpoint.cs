using Microsoft.AspNetCore.Localization;

namespace UppkaCatalog.Web.Endpoints;

internal static class CultureEndpoint
{
    /// <summary>
    /// <c>GET /bahasa?c=en-US&amp;kembali=/katalog</c>: remembers the visitor's language in a cookie and goes
    /// back. A plain link, so it works on static pages without JavaScript. Only local return URLs.
    /// </summary>
    public static void MapCultureEndpoint(this IEndpointRouteBuilder app) =>
        app.MapGet(AccountPaths.Language, (string? c, string? kembali, HttpContext context) =>
        {
            var culture = AppHost.SupportedCultures.FirstOrDefault(x => string.Equals(x.Name, c, StringComparison.OrdinalIgnoreCase))
                ?? AppHost.SupportedCultures[0];
            context.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
            var back = !string.IsNullOrEmpty(kembali) && kembali.StartsWith('/') && !kembali.StartsWith("//") && !kembali.StartsWith("/\\")
                ? kembali : "/";
            return Results.LocalRedirect(back);
        }).ExcludeFromDescription();
}
