using System.Net;
using Microsoft.Extensions.Localization;
using Microsoft.AspNetCore.Components.Endpoints;
using UppkaCatalog.Web.Components.Pages.Catalog;
using UppkaCatalog.Web.Components.Pages.Exhibitions;
using UppkaCatalog.Web.Resources;

namespace UppkaCatalog.Web.Infrastructure;

/// <summary>
/// Marks a page whose POSTs are accepted only from this site's own pages (see <see cref="SameOriginPosts"/>):
/// for forms that cannot carry an antiforgery token.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class SameOriginPostsOnlyAttribute : Attribute;

/// <summary>
/// Cross-site request forgery defence without a token, for the product's and the booth's inquiry forms.
/// <para>
/// Why no token: the product and booth pages are served from the output cache, one copy for every anonymous buyer, and an
/// antiforgery token is bound to one visitor's cookie, so a cached token would fail everyone else's post.
/// Why that is enough here: the form is anonymous — there is no sign-in session a forged post could ride, so
/// the classic CSRF harm (acting as the victim) does not exist. What is left is another site making its
/// visitors' browsers post inquiries in bulk, each from a different address so the per-IP rate limit
/// (<see cref="InquiryRateLimit"/>) does not bite. Browsers mark every cross-site POST: they send
/// <c>Origin</c> (modern browsers always do on POST, and a page cannot remove it), and also
/// <c>Sec-Fetch-Site</c>. So a POST is accepted only when <c>Origin</c> names this host; without
/// <c>Origin</c>, when <c>Sec-Fetch-Site</c> is <c>same-origin</c>; without either, when <c>Referer</c> is on
/// this host. No evidence at all, or <c>Origin: null</c> (sandboxed frames, privacy redirects), is refused:
/// fail closed. A script posting on its own (curl) can send any header, but only from its own address, which
/// the rate limit covers.
/// </para>
/// <para>
/// "This site" is the configured <c>Site:PublicBaseUrl</c> (scheme, host and port) or the request's <c>Host</c> (name and port; there the scheme is not compared, because behind a
/// TLS-terminating proxy the app sees http while the browser says https. Refusals get 403 with a short page
/// in the visitor's language and are counted by the rate limit (which runs first).
/// </para>
/// </summary>
public static class SameOriginPosts
{
    public static IApplicationBuilder UseSameOriginPosts(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (HttpMethods.IsPost(context.Request.Method) && IsGuarded(context) && !IsSameOrigin(context.Request))
        {
            await WriteRefusalAsync(context);
            return;
        }

        await next(context);
    });

    /// <summary>The request goes to a page marked <see cref="SameOriginPostsOnlyAttribute"/> (routing has run).</summary>
    public static bool IsGuarded(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<SameOriginPostsOnlyAttribute>() is not null;

    /// <summary>Whether the browser says the request comes from a page of this site (see the class comment).</summary>
    public static bool IsSameOrigin(HttpRequest request)
    {
        var headers = request.Headers;
        var site = request.HttpContext.RequestServices.GetService<PublicUrls>()?.ConfiguredOrigin;
        var origin = headers.Origin.ToString();
        if (origin.Length > 0) return IsSiteOrigin(origin, site) || IsThisHost(origin, request.Host);
        var fetchSite = headers["Sec-Fetch-Site"].ToString();
        if (fetchSite.Length > 0) return string.Equals(fetchSite, "same-origin", StringComparison.OrdinalIgnoreCase);
        var referer = headers.Referer.ToString();
        return referer.Length > 0 && (IsSiteOrigin(referer, site) || IsThisHost(referer, request.Host));
    }

    /// <summary>
    /// The configured public address (<c>Site:PublicBaseUrl</c>): scheme, host and port all compared. Behind a proxy
    /// that does not pass the browser's <c>Host</c> on (the app sees <c>127.0.0.1:8080</c>), this is what still matches.
    /// </summary>
    private static bool IsSiteOrigin(string url, Uri? site) =>
        site is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && string.Equals(uri.Scheme, site.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(uri.IdnHost, site.IdnHost, StringComparison.OrdinalIgnoreCase)
        && uri.Port == site.Port;

    private static bool IsThisHost(string url, HostString host)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)) return false;
        if (!string.Equals(uri.IdnHost, host.Host, StringComparison.OrdinalIgnoreCase)
            && !string.Equals(uri.Host, host.Host, StringComparison.OrdinalIgnoreCase)) return false;
        // Host without a port: the browser used the scheme's default port, so Origin must not name another one.
        return host.Port is { } port ? uri.Port == port : uri.IsDefaultPort;
    }

    private static async Task WriteRefusalAsync(HttpContext context)
    {
        var boothText = context.RequestServices.GetRequiredService<IStringLocalizer<BoothResource>>();
        if (ProductAddress(context) is { } product)
        {
            var buyerText = context.RequestServices.GetRequiredService<IStringLocalizer<BuyerResource>>();
            await MessagePage.WriteAsync(context, StatusCodes.Status403Forbidden, boothText["ForeignOriginTitle"], buyerText["ForeignOriginText"], (product, buyerText["BackToProduct"]));
            return;
        }

        await MessagePage.WriteAsync(context, StatusCodes.Status403Forbidden, boothText["ForeignOriginTitle"], boothText["ForeignOriginText"],
            BoothAddress(context) is { } booth ? (booth, boothText["BackToBooth"]) : null);
    }

    /// <summary>The product page of a request to its inquiry target (<see cref="ProductInquiryPage"/>), or null.</summary>
    public static string? ProductAddress(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<ComponentTypeMetadata>()?.Type == typeof(ProductInquiryPage)
        && context.GetRouteValue("Slug") is string slug
            ? ProductPaths.Product(slug)
            : null;

    /// <summary>The booth page of a request to one of its sub-pages (from the route values), or null.</summary>
    public static string? BoothAddress(HttpContext context) =>
        context.GetRouteValue("ExhibitionSlug") is string exhibition && context.GetRouteValue("GroupSlug") is string group
            ? BoothPaths.Booth(exhibition, group)
            : null;
}

/// <summary>A short stand-alone page (title, text, one link back) for refusals written outside the Blazor renderer.</summary>
internal static class MessagePage
{
    public static Task WriteAsync(HttpContext context, int status, string title, string text, (string Href, string Text)? back, CancellationToken ct = default)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.Headers.CacheControl = "no-store";
        response.ContentType = "text/html; charset=utf-8";
        var lang = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var link = back is { } b ? $"""<p><a class="button" href="{WebUtility.HtmlEncode(b.Href)}">{WebUtility.HtmlEncode(b.Text)}</a></p>""" : "";
        return response.WriteAsync($"""
            <!DOCTYPE html>
            <html lang="{lang}"><head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" />
            <meta name="robots" content="noindex" /><title>{WebUtility.HtmlEncode(title)}</title><link rel="stylesheet" href="/css/site.css" /></head>
            <body><main class="site-main"><section class="message-page"><h1>{WebUtility.HtmlEncode(title)}</h1><p>{WebUtility.HtmlEncode(text)}</p>
            {link}</section></main></body></html>
            """, ct);
    }
}
