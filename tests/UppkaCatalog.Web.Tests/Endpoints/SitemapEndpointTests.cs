using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Exhibitions;
using UppkaCatalog.Web.Tests.Support;

namespace UppkaCatalog.Web.Tests.Endpoints;

[Collection(DemoAppCollection.Name)]
public sealed class SitemapEndpointTests(AppFactory app)
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_sitemap_lists_every_public_page_and_nothing_else()
    {
        using var client = app.Browser();

        using var response = await client.GetAsync("/sitemap.xml", Ct);
        var xml = XDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        var paths = xml.Root!.Elements(Ns + "url").Select(u => new Uri(u.Element(Ns + "loc")!.Value).AbsolutePath).ToHashSet();

        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        var published = await app.QueryAsync(db => db.Products.Where(p => p.Status == ProductStatus.Published && p.Group!.IsActive).Select(p => p.Slug).ToListAsync(Ct));
        var hidden = await app.QueryAsync(db => db.Products.Where(p => p.Status != ProductStatus.Published).Select(p => p.Slug).ToListAsync(Ct));
        var exhibitions = await app.QueryAsync(db => db.Exhibitions.Where(e => e.Status == ExhibitionStatus.Published).Select(e => e.Slug).ToListAsync(Ct));
        var booth = await app.QueryAsync(db => db.Booths.Where(b => b.Status == BoothStatus.Accepted)
            .Select(b => "/pameran/" + b.Hall!.Exhibition!.Slug + "/stan/" + b.Group!.Slug).FirstAsync(Ct));

        Assert.Contains("/", paths);
        Assert.Contains("/katalog", paths);
        Assert.All(published, slug => Assert.Contains($"/produk/{slug}", paths));
        Assert.All(hidden, slug => Assert.DoesNotContain($"/produk/{slug}", paths));
        Assert.All(exhibitions, slug => Assert.Contains($"/pameran/{slug}", paths));
        Assert.Contains(booth, paths);
        Assert.Contains(paths, p => p.StartsWith("/kelompok/", StringComparison.Ordinal));
        Assert.DoesNotContain(paths, p => p.StartsWith("/kelola", StringComparison.Ordinal) || p.StartsWith("/staf", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Robots_txt_names_the_sitemap_and_keeps_crawlers_out_of_the_work_areas()
    {
        using var client = app.Browser();

        var robots = await client.GetStringAsync("/robots.txt", Ct);

        Assert.Contains("Sitemap: http://localhost/sitemap.xml", robots);
        Assert.Contains("Disallow: /kelola", robots);
        Assert.Contains("Disallow: /staf", robots);
    }
}
