using Microsoft.AspNetCore.Components;
using UppkaCatalog.Core.Data;

namespace UppkaCatalog.Web.Infrastructure;

/// <summary>
/// Every absolute address the site writes — canonical links, <c>og:url</c>/<c>og:image</c>, JSON-LD, sitemap
/// <c>&lt;loc&gt;</c>, robots.txt, WhatsApp messages, QR posters, invitation links, API <c>url</c> fields — comes from
/// here. With <c>Site:PublicBaseUrl</c> set (Production) it is that address and never the request's <c>Host</c>
/// header, which any client can set (<c>Host: evil.example</c> would otherwise be written into a page the output
/// cache then serves to everyone, or into a poster printed on paper). Unset (development, tests), the request's own
/// scheme and host are used; the output cache then varies by host (<see cref="PublicPageCache"/>) so one host's
/// addresses are never served under another.
/// </summary>
public sealed class PublicUrls
{
    public const string Setting = "Site:PublicBaseUrl";

    /// <summary>The configured base without a trailing slash (<c>https://katalog.uppka.id</c>), or null when unset.</summary>
    public string? Configured { get; }

    public PublicUrls(IConfiguration configuration) => Configured = Parse(configuration[Setting]);

    public bool IsConfigured => Configured is not null;

    /// <summary>
    /// Checks the setting: empty is "unset"; anything else must be an absolute http(s) address with no query or
    /// fragment. Throws <see cref="DatabaseSetup.ConfigurationProblem"/> (start-up stops with one line) otherwise.
    /// </summary>
    public static string? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (!Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            || uri.Query.Length > 0 || uri.Fragment.Length > 0 || uri.UserInfo.Length > 0)
        {
            throw new DatabaseSetup.ConfigurationProblem(
                $"{Setting} '{value}' is not an absolute http(s) address without query. Use e.g. \"https://katalog.uppka.id\" or leave it unset in development.");
        }

        return uri.GetLeftPart(UriPartial.Path).TrimEnd('/');
    }

    /// <summary>The configured site origin (scheme, host, port), for the same-origin check of token-less posts; null when unset.</summary>
    public Uri? ConfiguredOrigin => Configured is { } c ? new Uri(new Uri(c).GetLeftPart(UriPartial.Authority)) : null;

    /// <summary>The site root for a request: the configured base, else the request's scheme, host and path base.</summary>
    public string Root(HttpRequest request) => Configured ?? $"{request.Scheme}://{request.Host}{request.PathBase}";

    /// <summary>The site root inside a component: the configured base, else the address the page was asked under.</summary>
    public string Root(NavigationManager navigation) => Configured ?? navigation.BaseUri.TrimEnd('/');

    public string Absolute(HttpRequest request, string path) => Join(Root(request), path);

    public string Absolute(NavigationManager navigation, string path) => Join(Root(navigation), path);

    /// <summary>A site path (with or without its leading slash) under <paramref name="root"/>; an already absolute http(s) address (an object store's) is kept.</summary>
    public static string Join(string root, string path)
    {
        if (Uri.TryCreate(path, UriKind.Absolute, out var absolute) && (absolute.Scheme == Uri.UriSchemeHttp || absolute.Scheme == Uri.UriSchemeHttps))
        {
            return path;
        }

        return root + (path.StartsWith('/') ? path : "/" + path);
    }
}
