using System.Diagnostics;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Exhibitions;
using UppkaCatalog.Web.Catalogues;
using UppkaCatalog.Web.Paths;
using UppkaCatalog.Web.Tests.Support;

namespace UppkaCatalog.Web.Tests.Endpoints.Catalogues;

/// <summary>
/// <c>/pameran/{slug}/katalog.pdf</c> over the demo exhibitions, read back with PdfPig. Its own app: these tests change
/// exhibitions and products. The demo's running exhibition (13 booths in 3 halls) is read by the tests that do not
/// change it; the tests that change something make or use an exhibition of their own.
/// </summary>
public sealed class ExhibitionCatalogueTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string Running = "gelar-produk-uppka-jambi", Upcoming = "pekan-produk-kampung-kb", Past = "festival-sepucuk-jambi";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_booth_is_in_it_by_hall_with_its_products_at_the_exhibition_price_beside_the_normal_one()
    {
        var booths = await BoothsAsync(Running);
        using var client = app.Browser();

        using var response = await client.GetAsync(ExhibitionPaths.Catalogue(Running), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var pdf = new CatalogueReader(await response.Content.ReadAsByteArrayAsync(Ct));
        Assert.True(pdf.Has("Gelar Produk UPPKA Provinsi Jambi"), "title");
        Assert.True(pdf.Has("(WIB)"), "dates in WIB");
        Assert.True(pdf.Has($"{booths.Count} stan di 3 aula"), "booth count");
        Assert.Contains(pdf.Links, l => l.StartsWith("http", StringComparison.Ordinal) && l.EndsWith(ExhibitionPaths.Hall(Running), StringComparison.Ordinal));
        var text = pdf.Text;
        var lastHall = -1;
        foreach (var hall in booths.GroupBy(b => b.HallName))
        {
            var at = text.IndexOf(CatalogueReader.Squeeze(hall.Key), StringComparison.Ordinal);
            Assert.True(at > lastHall, $"hall {hall.Key} after the one before it");
            lastHall = at;
            foreach (var b in hall)
            {
                Assert.True(pdf.Has($"Stan {b.Number} · {b.GroupName}"), $"booth {b.Number}");
                Assert.True(text.IndexOf(CatalogueReader.Squeeze($"Stan {b.Number} · {b.GroupName}"), StringComparison.Ordinal) > at, $"booth {b.Number} under its hall");
                Assert.Contains(pdf.Links, l => l.EndsWith(BoothPaths.Booth(Running, b.GroupSlug), StringComparison.Ordinal));
                foreach (var p in b.Products)
                {
                    Assert.True(pdf.Has(p.Name), $"name of {p.Slug}");
                    Assert.Contains(pdf.Links, l => l.EndsWith(ProductPaths.Product(p.Slug), StringComparison.Ordinal));
                    Assert.True(pdf.Has($"{Rupiah.Format(p.ExhibitionPrice ?? p.Price)} / {p.Unit}"), $"price of {p.Slug}");
                    if (p.ExhibitionPrice is { } special && special != p.Price)
                    {
                        Assert.True(pdf.Has("Harga biasa " + Rupiah.Format(p.Price)), $"normal price of {p.Slug}");
                    }
                }
            }
        }

        Assert.Contains(booths.SelectMany(b => b.Products), p => p.ExhibitionPrice is { } s && s != p.Price); // the demo has special prices
        Assert.Contains("/FontFile2", pdf.Raw);
        Assert.All(pdf.Fonts, f => Assert.Contains("DejaVu", f));
        Assert.NotEmpty(pdf.ImageFilters);
        Assert.All(pdf.ImageFilters, f => Assert.Contains("DCTDecode", f));
        Assert.True(pdf.Has("Halaman 1 dari " + pdf.PageCount), "page numbers");
    }

    [Fact]
    public async Task A_featured_product_no_longer_published_is_left_out()
    {
        var booths = await BoothsAsync(Past);
        var hidden = booths.SelectMany(b => b.Products).First();
        var kept = booths.SelectMany(b => b.Products).Last();
        await app.QueryAsync(db => db.Products.Where(p => p.Id == hidden.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.Status, ProductStatus.PendingReview), Ct));
        app.Services.GetRequiredService<CatalogueFiles>().Forget(); // ExecuteUpdate bypasses the change signal
        using var client = app.Browser();

        var pdf = new CatalogueReader(await client.GetByteArrayAsync(ExhibitionPaths.Catalogue(Past), Ct));

        Assert.False(pdf.Has(hidden.Name), "an unpublished product is in the catalogue");
        Assert.DoesNotContain(pdf.Links, l => l.EndsWith(ProductPaths.Product(hidden.Slug), StringComparison.Ordinal));
        Assert.True(pdf.Has(kept.Name));
    }

    [Fact]
    public async Task A_hall_renamed_by_staff_makes_the_file_anew_and_the_etag_changes()
    {
        using var client = app.Browser();
        var path = ExhibitionPaths.Catalogue(Upcoming);
        using var first = await client.GetAsync(path, Ct);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var hallId = await app.QueryAsync(db => db.Halls.Where(h => h.Exhibition!.Slug == Upcoming).OrderBy(h => h.Id).Select(h => h.Id).FirstAsync(Ct));

        await app.Services.GetRequiredService<ExhibitionCurationService>().RenameHallAsync(await AccountFlows.StaffActorAsync(app), hallId, "Aula Kampung KB Baru", Ct);

        using var again = new HttpRequestMessage(HttpMethod.Get, path);
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var second = await client.SendAsync(again, Ct);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.NotEqual(first.Headers.ETag, second.Headers.ETag);
        Assert.True(new CatalogueReader(await second.Content.ReadAsByteArrayAsync(Ct)).Has("Aula Kampung KB Baru"));
    }

    [Fact]
    public async Task A_second_download_with_the_etag_is_a_304_and_ten_at_once_make_it_once()
    {
        var files = app.Services.GetRequiredService<CatalogueFiles>();
        using var client = app.Browser();
        // English, so that no other test of this class shares the file.
        var before = files.Made;
        var answers = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => client.SendAsync(English(ExhibitionPaths.Catalogue(Running)), Ct)));
        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        Assert.Equal(1, files.Made - before);
        var etag = answers[0].Headers.ETag!;
        Assert.All(answers, a => Assert.Equal(etag, a.Headers.ETag));
        var pdf = new CatalogueReader(await answers[0].Content.ReadAsByteArrayAsync(Ct));
        foreach (var a in answers) a.Dispose();
        Assert.True(pdf.Has("booths in 3 halls"), "English cover");
        Assert.True(pdf.Has("Page 1 of " + pdf.PageCount), "English page numbers");
        Assert.False(pdf.Has("Halaman"), "Indonesian left in the English file");

        using var revalidate = English(ExhibitionPaths.Catalogue(Running));
        revalidate.Headers.IfNoneMatch.Add(etag);
        using var revalidated = await client.SendAsync(revalidate, Ct);

        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
        Assert.Equal(1, files.Made - before);
    }

    [Fact]
    public async Task An_exhibition_without_booths_gets_a_cover_that_says_so()
    {
        const string slug = "pameran-katalog-kosong";
        await app.QueryAsync(async db =>
        {
            if (await db.Exhibitions.AnyAsync(e => e.Slug == slug, Ct)) return 0;
            db.Exhibitions.Add(new Exhibition
            {
                Slug = slug, Title = "Pameran Tanpa Stan", Status = ExhibitionStatus.Published,
                StartsAt = DateTimeOffset.UtcNow.AddDays(30), EndsAt = DateTimeOffset.UtcNow.AddDays(37), Halls = [new Hall { Slug = "aula", Name = "Aula Kosong" }],
            });
            return await db.SaveChangesAsync(Ct);
        });
        using var client = app.Browser();

        var pdf = new CatalogueReader(await client.GetByteArrayAsync(ExhibitionPaths.Catalogue(slug), Ct));

        Assert.Equal(1, pdf.PageCount);
        Assert.True(pdf.Has("Belum ada stan yang tampil di pameran ini."));
        Assert.Empty(pdf.ImageFilters);
    }

    [Theory]
    [InlineData("tidak-ada-pameran-ini")]
    [InlineData("pameran-katalog-draf")]
    public async Task An_unknown_or_draft_exhibition_is_a_404(string slug)
    {
        await app.QueryAsync(async db =>
        {
            if (await db.Exhibitions.AnyAsync(e => e.Slug == "pameran-katalog-draf", Ct)) return 0;
            db.Exhibitions.Add(new Exhibition
            {
                Slug = "pameran-katalog-draf", Title = "Draf", Status = ExhibitionStatus.Draft,
                StartsAt = DateTimeOffset.UtcNow.AddDays(30), EndsAt = DateTimeOffset.UtcNow.AddDays(37),
            });
            return await db.SaveChangesAsync(Ct);
        });
        using var client = app.Browser();

        using var response = await client.GetAsync(ExhibitionPaths.Catalogue(slug), Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_hall_and_booth_pages_link_the_pdf_and_share_it_on_whatsapp_without_javascript()
    {
        var booth = (await BoothsAsync(Running))[0];
        using var client = app.Browser();
        var share = WebUtility.HtmlEncode("https://wa.me/?text=" + Uri.EscapeDataString("http://localhost" + ExhibitionPaths.Catalogue(Running)));

        var hall = await client.GetStringAsync(ExhibitionPaths.Hall(Running), Ct);
        var boothPage = await client.GetStringAsync(BoothPaths.Booth(Running, booth.GroupSlug), Ct);

        Assert.Contains($"href=\"{ExhibitionPaths.Catalogue(Running)}\"", hall);
        Assert.Contains("Unduh katalog (PDF)", hall);
        Assert.Contains(share, hall);
        Assert.Contains($"href=\"{ExhibitionPaths.Catalogue(Running)}\"", boothPage);
        Assert.Contains("Unduh katalog pameran (PDF)", boothPage);
        Assert.Contains($"href=\"{GroupPaths.Catalogue(booth.GroupSlug)}\"", boothPage);
        Assert.Contains(share, boothPage);
    }

    [Fact]
    public async Task Pages_one_and_two_render_to_pngs_kept_in_the_test_results()
    {
        Assert.True(File.Exists("/usr/bin/pdftoppm"), "pdftoppm missing: test.sh installs Debian poppler-utils");
        using var client = app.Browser();
        var bytes = await client.GetByteArrayAsync(ExhibitionPaths.Catalogue(Running), Ct);
        var folder = Path.Combine(Environment.GetEnvironmentVariable("TEST_RESULTS_DIR") ?? Path.Combine(AppContext.BaseDirectory, "TestResults"), "catalogues");
        Directory.CreateDirectory(folder);
        var pdfFile = Path.Combine(folder, "exhibition-catalogue.pdf");
        await File.WriteAllBytesAsync(pdfFile, bytes, Ct);

        foreach (var page in new[] { 1, 2 })
        {
            using var process = Process.Start(new ProcessStartInfo("/usr/bin/pdftoppm", ["-png", "-r", "60", "-f", $"{page}", "-l", $"{page}", "-singlefile", pdfFile, Path.Combine(folder, $"exhibition-catalogue-page{page}")])
            {
                RedirectStandardError = true,
            })!;
            var errors = await process.StandardError.ReadToEndAsync(Ct);
            await process.WaitForExitAsync(Ct);
            Assert.True(process.ExitCode == 0, errors);
            Assert.True(new FileInfo(Path.Combine(folder, $"exhibition-catalogue-page{page}.png")).Length > 5_000);
        }
    }

    private static HttpRequestMessage English(string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", ".AspNetCore.Culture=" + Uri.EscapeDataString("c=en-US|uic=en-US"));
        return request;
    }

    private sealed record FeaturedRow(int Id, string Slug, string Name, long Price, long? ExhibitionPrice, string Unit);

    private sealed record BoothRow(string HallName, int HallOrder, string Number, string GroupName, string GroupSlug, List<FeaturedRow> Products);

    /// <summary>The exhibition's public booths in hall order with their published featured products, read straight from the database.</summary>
    private async Task<List<BoothRow>> BoothsAsync(string slug) =>
        (await app.QueryAsync(db => db.Booths.AsNoTracking()
            .Where(b => b.Exhibition!.Slug == slug && b.Status == BoothStatus.Accepted && b.HallId != null && b.Group!.IsActive)
            .Select(b => new BoothRow(b.Hall!.Name, b.Hall.SortOrder, b.Number!, b.Group!.Name, b.Group.Slug,
                b.Products.Where(bp => bp.Product!.Status == ProductStatus.Published && bp.Product.GroupId == b.GroupId)
                    .Select(bp => new FeaturedRow(bp.ProductId, bp.Product!.Slug, bp.Product.Name, bp.Product.Price, bp.ExhibitionPrice, bp.Product.Unit)).ToList()))
            .ToListAsync(Ct)))
        .OrderBy(b => b.HallOrder).ToList();
}
