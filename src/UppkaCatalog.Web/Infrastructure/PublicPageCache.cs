using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;
using UppkaCatalog.Core.Publishing;

namespace UppkaCatalog.Web.Infrastructure;

/// <summary>
/// Output caching of buyers' pages for anonymous visitors. A cached page is forgotten (evicted by tag) as soon as a
/// change to what it shows is committed (<see cref="PublicContentChanges"/> → <see cref="OutputCacheEviction"/>), and
/// in any case after a minute: exhibition pages say "opens in 2 hours", which changes with the clock, not the data.
/// Not cached: anything for a signed-in visitor (the header shows their menu), non-GET requests, responses that
/// set a cookie. No cached page has a form carrying an antiforgery token (a token belongs to one visitor's cookie, so
/// a shared copy would fail everyone else's post): the product page's and the booth's inquiry forms post to their own
/// <c>…/tanya</c> targets, which accept same-origin posts only (<see cref="SameOriginPosts"/>).
/// Kept in this process by default; with ConnectionStrings:Redis in Redis, shared by every node, and a tag eviction
/// is one Redis command that every node sees at once (<see cref="RedisSetup"/>).
/// </summary>
public static class PublicPageCache
{
    public const string PolicyName = "public-pages";

    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);

    /// <summary>Every cached page shows products or groups; exhibition pages and the home page also show exhibitions, programme pages programmes.</summary>
    public static string Tag(PublicContent content) => content switch
    {
        PublicContent.Catalog => "catalog",
        PublicContent.Exhibitions => "exhibitions",
        PublicContent.Programmes => "programmes",
        _ => throw new ArgumentOutOfRangeException(nameof(content)),
    };

    /// <summary>Path prefixes of the buyers' pages that are cached.</summary>
    private static readonly string[] CachedPaths = [CatalogPaths.Catalog, ProductPaths.Root, GroupPaths.Root, ExhibitionPaths.List, ProgrammePaths.List, "/sitemap.xml", "/robots.txt"];

    public static IServiceCollection AddPublicPageCache(this IServiceCollection services)
    {
        services.AddOutputCache(o =>
        {
            o.DefaultExpirationTimeSpan = Lifetime;
            // Every distinct query string is a separate entry: bound what a visitor inventing queries can fill.
            o.SizeLimit = 64L * 1024 * 1024;
            o.MaximumBodySize = 1024 * 1024;
            o.AddPolicy(PolicyName, new PublicPagePolicy());
        });
        services.AddSingleton<IPublicContentListener, OutputCacheEviction>();
        CachedPageAntiforgery.Register(services);
        return services;
    }

    /// <summary>Whether a page path is one of the cached buyers' pages (home, catalogue, products, storefronts, exhibitions, programmes).</summary>
    public static bool IsCachedPage(PathString path) =>
        path == "/" || CachedPaths.Any(prefix => path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase));

    private sealed class PublicPagePolicy : IOutputCachePolicy
    {
        public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            var http = context.HttpContext;
            // The policy sits on every page endpoint (MapRazorComponents); only buyers' pages are cached.
            // A staff preview of a draft exhibition (?pratinjau=1) is for one signed-in visitor only, never a shared copy.
            if (!IsCachedPage(http.Request.Path) || http.Request.Query.ContainsKey("pratinjau"))
            {
                context.EnableOutputCaching = false;
                return ValueTask.CompletedTask;
            }

            var anonymous = http.User.Identity?.IsAuthenticated != true && !http.Request.Headers.Authorization.Any();
            var get = HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method);
            context.EnableOutputCaching = true;
            context.AllowCacheLookup = anonymous && get;
            context.AllowCacheStorage = anonymous && get;
            context.AllowLocking = true;
            context.CacheVaryByRules.QueryKeys = "*";
            // English and Indonesian are different pages at the same address (the language is a cookie).
            context.CacheVaryByRules.VaryByValues["culture"] = CultureInfo.CurrentUICulture.Name;
            // Without Site:PublicBaseUrl a page's absolute addresses come from the request's Host: a copy made for
            // Host: evil.example must never be served to anyone asking under the real name (the default, kept). With
            // it, every host name the server answers to gets the same page, so one copy serves them all.
            // The copy is stored compressed (response compression runs inside the cache): one copy per encoding asked for.
            context.CacheVaryByRules.HeaderNames = "Accept-Encoding";
            context.CacheVaryByRules.VaryByHost = !http.RequestServices.GetRequiredService<PublicUrls>().IsConfigured;
            context.Tags.Add(Tag(PublicContent.Catalog));
            var path = http.Request.Path;
            if (path == "/" || path.StartsWithSegments(ExhibitionPaths.List) || path.StartsWithSegments("/sitemap.xml"))
            {
                context.Tags.Add(Tag(PublicContent.Exhibitions));
            }

            if (path.StartsWithSegments(ProgrammePaths.List) || path.StartsWithSegments("/sitemap.xml"))
            {
                context.Tags.Add(Tag(PublicContent.Programmes));
            }

            return ValueTask.CompletedTask;
        }

        public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

        public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            var response = context.HttpContext.Response;
            // Only whole, successful, cookie-free pages: a 404 or a page that set a cookie stays per request.
            if (response.StatusCode != StatusCodes.Status200OK || response.Headers.SetCookie.Count > 0)
            {
                context.AllowCacheStorage = false;
            }

            return ValueTask.CompletedTask;
        }
    }
}

/// <summary>Forgets cached pages (and the catalogue PDFs) when public content changed (told by Core after the change is committed).</summary>
public sealed class OutputCacheEviction(IOutputCacheStore store, Catalogues.CatalogueChanges catalogues, ILogger<OutputCacheEviction> log) : IPublicContentListener
{
    public async ValueTask ChangedAsync(PublicContent what, CancellationToken ct)
    {
        // The catalogue PDFs show the same products, groups, booths and exhibitions as the cached pages.
        if (what.HasFlag(PublicContent.Catalog) || what.HasFlag(PublicContent.Exhibitions)) catalogues.Changed();
        foreach (var part in new[] { PublicContent.Catalog, PublicContent.Exhibitions, PublicContent.Programmes })
        {
            if (!what.HasFlag(part)) continue;
            await store.EvictByTagAsync(PublicPageCache.Tag(part), CancellationToken.None);
            log.LogDebug("Public pages tagged {Tag} evicted", PublicPageCache.Tag(part));
        }
    }
}
