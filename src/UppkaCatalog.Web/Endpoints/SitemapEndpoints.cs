using System.Globalization;
using System.Text;
using System.Xml;
using UppkaCatalog.Core.Publishing;
using UppkaCatalog.Web.Infrastructure;

namespace UppkaCatalog.Web.Endpoints;

/// <summary><c>/sitemap.xml</c> (every public page) and <c>/robots.txt</c> (naming it; the member and staff areas are not for crawlers).</summary>
internal static class SitemapEndpoints
{
    public static void MapSitemapEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/sitemap.xml", async (HttpContext http, SitemapService sitemap, PublicUrls urls, CancellationToken ct) =>
        {
            var entries = await sitemap.ListAsync(ct);
            var origin = urls.Root(http.Request);
            var buffer = new StringBuilder();
            using (var xml = XmlWriter.Create(new StringWriterUtf8(buffer), new XmlWriterSettings { Async = false, Indent = false }))
            {
                xml.WriteStartDocument();
                xml.WriteStartElement("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
                foreach (var entry in entries)
                {
                    xml.WriteStartElement("url");
                    // Slugs are lower-case ASCII by construction (Slug.From); XmlWriter escapes anything XML-special.
                    xml.WriteElementString("loc", origin + entry.Path);
                    if (entry.LastModified is { } modified)
                    {
                        xml.WriteElementString("lastmod", modified.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                    }

                    xml.WriteEndElement();
                }

                xml.WriteEndElement();
            }

            return Results.Text(buffer.ToString(), "application/xml; charset=utf-8");
        }).CacheOutput(PublicPageCache.PolicyName).AllowAnonymous();

        app.MapGet("/robots.txt", (HttpContext http, PublicUrls urls) => Results.Text(
            $"""
            User-agent: *
            Disallow: {ManagePaths.Home}
            Disallow: {StaffPaths.Home}
            Disallow: {PartnerPaths.Home}
            Disallow: {AccountPaths.Account}
            Disallow: {AccountPaths.Invitations}
            Disallow: /api/

            Sitemap: {urls.Root(http.Request)}/sitemap.xml

            """, "text/plain; charset=utf-8")).CacheOutput(PublicPageCache.PolicyName).AllowAnonymous();
    }

    /// <summary>The XML declaration must say UTF-8, which a plain StringWriter (UTF-16) would not.</summary>
    private sealed class StringWriterUtf8(StringBuilder builder) : StringWriter(builder, CultureInfo.InvariantCulture)
    {
        public override Encoding Encoding => Encoding.UTF8;
    }
}
