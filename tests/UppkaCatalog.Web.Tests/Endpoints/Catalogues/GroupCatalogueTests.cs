using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Data;
using UppkaCatalog.Core.Groups;
using UppkaCatalog.Web.Catalogues;
using UppkaCatalog.Web.Paths;
using UppkaCatalog.Web.Tests.Support;

namespace UppkaCatalog.Web.Tests.Endpoints.Catalogues;

/// <summary>
/// <c>/kelompok/{slug}/katalog.pdf</c> over the demo data, read back with PdfPig. Its own app: these tests change
/// products and groups; each test uses a different demo group (<see cref="GroupAsync"/>), so order does not matter.
/// </summary>
public sealed class GroupCatalogueTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_published_product_is_in_it_with_its_price_and_the_group_s_whatsapp_and_no_hidden_one()
    {
        var group = await GroupAsync(0);
        var hidden = group.Products[^1];
        await ChangeAsync(db => db.Products.Where(p => p.Id == hidden.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.Status, ProductStatus.PendingReview), Ct));
        app.Services.GetRequiredService<CatalogueFiles>().Forget(); // ExecuteUpdate bypasses the change signal
        using var client = app.Browser();

        using var response = await client.GetAsync(GroupPaths.Catalogue(group.Slug), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var pdf = new CatalogueReader(await response.Content.ReadAsByteArrayAsync(Ct));
        Assert.True(pdf.Has(group.Name), "group name");
        Assert.True(pdf.Has(PhoneNumber.Written(group.WhatsApp!)), "WhatsApp number " + PhoneNumber.Written(group.WhatsApp!));
        foreach (var p in group.Products.SkipLast(1))
        {
            Assert.True(pdf.Has(p.Name), $"name of {p.Slug}");
            Assert.True(pdf.Has($"{Rupiah.Format(p.Price)} / {p.Unit}"), $"price of {p.Slug}: {Rupiah.Format(p.Price)} / {p.Unit}");
            Assert.Contains(pdf.Links, l => l.EndsWith(ProductPaths.Product(p.Slug), StringComparison.Ordinal));
        }

        Assert.False(pdf.Has(hidden.Name), "an unpublished product is in the catalogue");
        Assert.DoesNotContain(pdf.Links, l => l.EndsWith(ProductPaths.Product(hidden.Slug), StringComparison.Ordinal));
        // The cover's QR code and link lead to the storefront.
        Assert.Contains(pdf.Links, l => l.EndsWith(GroupPaths.Storefront(group.Slug), StringComparison.Ordinal) && l.StartsWith("http", StringComparison.Ordinal));
        Assert.Contains("/FontFile2", pdf.Raw); // the TrueType font travels inside the file
        Assert.All(pdf.Fonts, f => Assert.Contains("DejaVu", f));
        Assert.NotEmpty(pdf.ImageFilters);
        Assert.All(pdf.ImageFilters, f => Assert.Contains("DCTDecode", f));
        Assert.True(pdf.Has("Halaman 1 dari " + pdf.PageCount), "page numbers");
        Assert.True(pdf.Has("Minimal pesan"), "Indonesian by default");
    }

    [Fact]
    public async Task A_group_without_published_products_gets_one_page_that_says_so()
    {
        var group = await GroupAsync(1);
        await ChangeAsync(db => db.Products.Where(p => p.GroupId == group.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.Status, ProductStatus.Archived), Ct));
        app.Services.GetRequiredService<CatalogueFiles>().Forget();
        using var client = app.Browser();

        var pdf = new CatalogueReader(await client.GetByteArrayAsync(GroupPaths.Catalogue(group.Slug), Ct));

        Assert.Equal(1, pdf.PageCount);
        Assert.True(pdf.Has("Kelompok ini belum punya produk yang tayang."));
        Assert.False(pdf.Has(group.Products[0].Name));
        Assert.Empty(pdf.ImageFilters);
    }

    [Fact]
    public async Task With_the_english_language_the_texts_are_english()
    {
        var group = await GroupAsync(2);
        using var client = app.Browser();
        using var request = new HttpRequestMessage(HttpMethod.Get, GroupPaths.Catalogue(group.Slug));
        request.Headers.Add("Cookie", ".AspNetCore.Culture=" + Uri.EscapeDataString("c=en-US|uic=en-US"));

        using var response = await client.SendAsync(request, Ct);
        var pdf = new CatalogueReader(await response.Content.ReadAsByteArrayAsync(Ct));

        Assert.True(pdf.Has("Minimum order"), "English facts");
        Assert.True(pdf.Has("Page 1 of " + pdf.PageCount), "English page numbers");
        Assert.False(pdf.Has("Halaman 1"), "Indonesian left in the English file");
        Assert.True(pdf.Has(Rupiah.Format(group.Products[0].Price)), "prices stay in rupiah");
    }

    [Fact]
    public async Task A_second_download_with_the_etag_is_a_304_and_the_file_is_made_once()
    {
        var group = await GroupAsync(3);
        var files = app.Services.GetRequiredService<CatalogueFiles>();
        using var client = app.Browser();
        var path = GroupPaths.Catalogue(group.Slug);

        // Asked ten times at once: made once.
        var before = files.Made;
        var answers = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => client.GetAsync(path, Ct)));
        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        Assert.Equal(1, files.Made - before);
        var etag = answers[0].Headers.ETag;
        Assert.NotNull(etag);
        Assert.All(answers, a => Assert.Equal(etag, a.Headers.ETag));
        Assert.NotNull(answers[0].Content.Headers.LastModified);
        foreach (var a in answers) a.Dispose();

        using var again = new HttpRequestMessage(HttpMethod.Get, path);
        again.Headers.IfNoneMatch.Add(etag);
        using var revalidated = await client.SendAsync(again, Ct);

        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
        Assert.Empty(await revalidated.Content.ReadAsByteArrayAsync(Ct));
        Assert.Equal(1, files.Made - before);
    }

    [Fact]
    public async Task A_rename_through_the_editing_service_makes_the_file_anew()
    {
        var group = await GroupAsync(4);
        var product = group.Products[0];
        using var client = app.Browser();
        var path = GroupPaths.Catalogue(group.Slug);
        using var first = await client.GetAsync(path, Ct);
        Assert.True(new CatalogueReader(await first.Content.ReadAsByteArrayAsync(Ct)).Has(product.Name));

        // The group's member renames it (which sends it back to review, so out of the public catalogue).
        var userId = await app.QueryAsync(db => db.Users.Where(u => u.GroupId == group.Id).OrderBy(u => u.Id).Select(u => u.Id).FirstAsync(Ct));
        var member = new Actor(userId, group.Id, IsStaff: false);
        var editing = app.Services.GetRequiredService<ProductEditingService>();
        var view = await editing.GetForEditAsync(member, product.Id, Ct);
        var input = view.Input;
        input.Name = product.Name + " Edisi Baru";
        await editing.UpdateAsync(member, product.Id, input, view.Version, Ct);

        using var again = new HttpRequestMessage(HttpMethod.Get, path);
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var second = await client.SendAsync(again, Ct);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.NotEqual(first.Headers.ETag, second.Headers.ETag);
        var pdf = new CatalogueReader(await second.Content.ReadAsByteArrayAsync(Ct));
        Assert.False(pdf.Has(product.Name + " Edisi Baru"));
        Assert.DoesNotContain(pdf.Links, l => l.EndsWith(ProductPaths.Product(product.Slug), StringComparison.Ordinal));
        Assert.True(pdf.Has(group.Products[1].Name));
    }

    [Fact]
    public async Task A_product_whose_photo_file_is_missing_still_appears_on_a_neutral_tile()
    {
        var group = await GroupAsync(5);
        var product = group.Products[0];
        var keys = await app.QueryAsync(db => db.ProductPhotos.AsNoTracking().Where(ph => ph.ProductId == product.Id).ToListAsync(Ct));
        var media = app.MediaPath;
        foreach (var v in keys.SelectMany(k => k.Variants)) File.Delete(Path.Combine(media, v.Key));
        using var client = app.Browser();

        var pdf = new CatalogueReader(await client.GetByteArrayAsync(GroupPaths.Catalogue(group.Slug), Ct));

        Assert.True(pdf.Has(product.Name));
        Assert.True(pdf.Has("Tanpa foto"));
        Assert.Equal(group.Products.Count - 1, pdf.ImageFilters.Count);
    }

    [Theory]
    [InlineData("tidak-ada-kelompok-ini")]
    [InlineData(null)]
    public async Task An_unknown_or_inactive_group_is_a_404(string? slug)
    {
        if (slug is null)
        {
            var group = await GroupAsync(6);
            await ChangeAsync(db => db.Groups.Where(g => g.Id == group.Id).ExecuteUpdateAsync(s => s.SetProperty(g => g.IsActive, false), Ct));
            slug = group.Slug;
        }

        using var client = app.Browser();
        using var response = await client.GetAsync(GroupPaths.Catalogue(slug), Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_storefront_links_the_pdf_and_shares_it_on_whatsapp_without_javascript()
    {
        var group = await GroupAsync(7);
        using var client = app.Browser();

        var html = await client.GetStringAsync(GroupPaths.Storefront(group.Slug), Ct);

        Assert.Contains($"href=\"{GroupPaths.Catalogue(group.Slug)}\"", html);
        Assert.Contains("Unduh katalog (PDF)", html);
        var share = "https://wa.me/?text=" + Uri.EscapeDataString("http://localhost" + GroupPaths.Catalogue(group.Slug));
        Assert.Contains(WebUtility.HtmlEncode(share), html);
        Assert.Contains("Bagikan katalog", html);
    }

    [Fact]
    public async Task Page_one_renders_to_a_png_kept_in_the_test_results()
    {
        Assert.True(File.Exists("/usr/bin/pdftoppm"), "pdftoppm missing: test.sh installs Debian poppler-utils");
        var group = await GroupAsync(8);
        using var client = app.Browser();
        var bytes = await client.GetByteArrayAsync(GroupPaths.Catalogue(group.Slug), Ct);
        var folder = Path.Combine(Environment.GetEnvironmentVariable("TEST_RESULTS_DIR") ?? Path.Combine(AppContext.BaseDirectory, "TestResults"), "catalogues");
        Directory.CreateDirectory(folder);
        var pdfFile = Path.Combine(folder, "group-catalogue.pdf");
        await File.WriteAllBytesAsync(pdfFile, bytes, Ct);

        foreach (var page in new[] { 1, 2 })
        {
            using var process = Process.Start(new ProcessStartInfo("/usr/bin/pdftoppm", ["-png", "-r", "60", "-f", $"{page}", "-l", $"{page}", "-singlefile", pdfFile, Path.Combine(folder, $"group-catalogue-page{page}")])
            {
                RedirectStandardError = true,
            })!;
            var errors = await process.StandardError.ReadToEndAsync(Ct);
            await process.WaitForExitAsync(Ct);
            Assert.True(process.ExitCode == 0, errors);
            Assert.True(new FileInfo(Path.Combine(folder, $"group-catalogue-page{page}.png")).Length > 5_000);
        }
    }

    private sealed record DemoProduct(int Id, string Slug, string Name, long Price, string Unit);

    private sealed record DemoGroup(int Id, string Slug, string Name, string? WhatsApp, List<DemoProduct> Products);

    /// <summary>The <paramref name="index"/>th active demo group (by id) with a WhatsApp number and at least two published products, newest first.</summary>
    private async Task<DemoGroup> GroupAsync(int index)
    {
        var groups = await app.QueryAsync(db => db.Groups.AsNoTracking()
            .Where(g => g.IsActive && g.PublicWhatsApp != null && db.Products.Count(p => p.GroupId == g.Id && p.Status == ProductStatus.Published) >= 2
                && db.Users.Any(u => u.GroupId == g.Id))
            .OrderBy(g => g.Id)
            .Select(g => new { g.Id, g.Slug, g.Name, g.PublicWhatsApp })
            .ToListAsync(Ct));
        Assert.True(groups.Count > index, $"the demo has {groups.Count} such groups");
        var g = groups[index];
        var products = await app.QueryAsync(db => db.Products.AsNoTracking()
            .Where(p => p.GroupId == g.Id && p.Status == ProductStatus.Published)
            .OrderByDescending(p => p.PublishedAt).ThenByDescending(p => p.Id)
            .Select(p => new DemoProduct(p.Id, p.Slug, p.Name, p.Price, p.Unit))
            .ToListAsync(Ct));
        return new DemoGroup(g.Id, g.Slug, g.Name, g.PublicWhatsApp, products);
    }

    private async Task ChangeAsync(Func<AppDbContext, Task<int>> change) => await app.QueryAsync(change);
}
