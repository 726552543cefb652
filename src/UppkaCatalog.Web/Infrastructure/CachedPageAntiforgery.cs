using Microsoft.AspNetCore.Antiforgery;

namespace UppkaCatalog.Web.Infrastructure;

/// <summary>
/// Blazor generates and stores antiforgery tokens on every server-rendered page once any interactive render mode is
/// configured: a cookie plus <c>Cache-Control: no-cache, no-store</c>, which makes every page uncacheable. The cached
/// buyers' pages (<see cref="PublicPageCache.IsCachedPage"/>) carry no form that posts (search is a GET form), so
/// for them the token is made but not stored: no cookie, no no-store header. Every other page — the product page's
/// inquiry form, sign-in, the member and staff areas — keeps the full behaviour, and validation is untouched.
/// </summary>
internal sealed class CachedPageAntiforgery(IAntiforgery inner) : IAntiforgery
{
    public AntiforgeryTokenSet GetAndStoreTokens(HttpContext httpContext) =>
        IsCachedPageRead(httpContext) ? inner.GetTokens(httpContext) : inner.GetAndStoreTokens(httpContext);

    public AntiforgeryTokenSet GetTokens(HttpContext httpContext) => inner.GetTokens(httpContext);

    public Task<bool> IsRequestValidAsync(HttpContext httpContext) => inner.IsRequestValidAsync(httpContext);

    public Task ValidateRequestAsync(HttpContext httpContext) => inner.ValidateRequestAsync(httpContext);

    public void SetCookieTokenAndHeader(HttpContext httpContext) => inner.SetCookieTokenAndHeader(httpContext);

    private static bool IsCachedPageRead(HttpContext http) =>
        (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method)) && PublicPageCache.IsCachedPage(http.Request.Path);

    /// <summary>Wraps the registered <see cref="IAntiforgery"/> (registering the default first if nothing has yet).</summary>
    public static void Register(IServiceCollection services)
    {
        services.AddAntiforgery();
        var original = services.Last(d => d.ServiceType == typeof(IAntiforgery));
        services.Remove(original);
        services.Add(ServiceDescriptor.Describe(typeof(IAntiforgery), sp => new CachedPageAntiforgery(Create(sp, original)), original.Lifetime));
    }

    private static IAntiforgery Create(IServiceProvider sp, ServiceDescriptor d) =>
        d.ImplementationInstance as IAntiforgery
        ?? d.ImplementationFactory?.Invoke(sp) as IAntiforgery
        ?? (IAntiforgery)ActivatorUtilities.CreateInstance(sp, d.ImplementationType!);
}
