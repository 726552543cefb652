using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Inquiries;
using UppkaCatalog.Core.Reporting;
using UppkaCatalog.Web.Tests.Support;

namespace UppkaCatalog.Web.Tests.Endpoints;

/// <summary>
/// <c>/staf/dasbor.csv</c> and <c>/staf/dasbor.xlsx</c>: the regency table and the needing-help lists as staff open them in
/// Excel. Its own app: the demo is changed so each list has a row — anggota1's group (renamed to a formula) online for 60
/// days with nothing published, a product of anggota2's group rejected twice, an inquiry to anggota3's group open 10 days.
/// </summary>
public sealed class DashboardExportEndpointsTests(AppFactory app) : IClassFixture<AppFactory>, IAsyncLifetime
{
    private const string Formula = "=HYPERLINK(\"http://contoh.invalid\",\"Klik\")";

    private static readonly string[] Header =
        ["Kode BPS", "Kabupaten/Kota", "Kelompok terdaftar", "Online", "Dengan produk tayang", "Produk tayang", "Produk berizin terverifikasi", "Pertanyaan 30 hari", "Stan di pameran kini"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private int _rejectedId;

    public async ValueTask InitializeAsync()
    {
        var now = DateTimeOffset.UtcNow;
        var first = await AccountFlows.MemberActorAsync(app, 1);
        var second = await AccountFlows.MemberActorAsync(app, 2);
        var third = await AccountFlows.MemberActorAsync(app, 3);
        _rejectedId = await app.QueryAsync(async db =>
        {
            await db.Users.Where(u => u.GroupId == first.GroupId).ExecuteUpdateAsync(s => s.SetProperty(u => u.CreatedAt, now.AddDays(-60)), Ct);
            await db.Invitations.Where(i => i.GroupId == first.GroupId).ExecuteDeleteAsync(Ct);
            await db.Products.Where(p => p.GroupId == first.GroupId && p.Status == ProductStatus.Published)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.Status, ProductStatus.Archived), Ct);
            await db.Groups.Where(g => g.Id == first.GroupId).ExecuteUpdateAsync(s => s.SetProperty(g => g.Name, Formula), Ct);
            var rejected = await db.Products.Where(p => p.GroupId == second.GroupId).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync(Ct);
            await db.Products.Where(p => p.Id == rejected)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.Status, ProductStatus.Rejected).SetProperty(p => p.RejectionCount, 2), Ct);
            db.Inquiries.Add(new Inquiry
            {
                GroupId = third.GroupId!.Value, BuyerName = "Pembeli Lama", BuyerPhone = "+6281234567890", Message = "Masih ada?",
                Status = InquiryStatus.New, CreatedAt = now.AddDays(-10),
            });
            await db.SaveChangesAsync(Ct);
            return rejected;
        });
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task The_CSV_has_every_regency_then_the_totals_in_Excels_Indonesian_form()
    {
        using var staff = await AccountFlows.SignedInAsync(app, AccountFlows.StaffEmail);

        using var response = await staff.GetAsync("/staf/dasbor.csv", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Matches(@"^dasbor-kabupaten-\d{4}-\d{2}-\d{2}\.csv$", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
        var bytes = await response.Content.ReadAsByteArrayAsync(Ct);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.StartsWith(string.Join(";", Header) + "\r\n", Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));
        var rows = StatsExportTests.ParseCsv(bytes);
        var table = await FiguresAsync();
        Assert.Equal(Header, rows[0]);
        Assert.Equal(table.Regencies.Count + 2, rows.Count);
        Assert.Equal(table.Regencies.Select(r => Row(r.Code, r.Name, r.Figures)), rows.Skip(1).Take(table.Regencies.Count));
        Assert.Equal(Row("", "Jumlah provinsi", table.Totals), rows[^1]);
        Assert.Equal(11, table.Regencies.Count);
        Assert.True(table.Totals.Groups >= 12);
    }

    [Fact]
    public async Task The_workbook_has_the_table_and_every_needing_help_list_with_numbers_as_numbers_and_names_as_text()
    {
        using var staff = await AccountFlows.SignedInAsync(app, AccountFlows.StaffEmail);

        using var response = await staff.GetAsync("/staf/dasbor.xlsx", Ct);
        var bytes = await response.Content.ReadAsByteArrayAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(["Per kabupaten-kota", "Belum tayang", "Ditolak dua kali", "Pertanyaan terbuka"], new MemoryStream(bytes).GetSheetNames());
        var dashboard = await app.Services.GetRequiredService<RegencyDashboardService>()
            .GetAsync(await AccountFlows.StaffActorAsync(app), RegencyDashboardService.MaxListed, Ct);
        var regencies = Sheet(bytes, "Per kabupaten-kota");
        Assert.Equal(12, regencies.Count);
        Assert.Equal("Jumlah provinsi", regencies[^1]["Kabupaten/Kota"]);
        Assert.Equal((double)dashboard.Figures.Totals.Groups, Convert.ToDouble(regencies[^1]["Kelompok terdaftar"], CultureInfo.InvariantCulture));
        Assert.Equal((double)dashboard.Figures.Totals.PublishedProducts, Convert.ToDouble(regencies[^1]["Produk tayang"], CultureInfo.InvariantCulture));
        // The demo staff verified permits of some products (issue 16), so the column has a figure to carry.
        Assert.True(dashboard.Figures.Totals.VerifiedProducts > 0);
        Assert.Equal((double)dashboard.Figures.Totals.VerifiedProducts, Convert.ToDouble(regencies[^1]["Produk berizin terverifikasi"], CultureInfo.InvariantCulture));

        var notPublishing = Sheet(bytes, "Belum tayang");
        Assert.Equal(dashboard.NotPublishing.Total, notPublishing.Count);
        Assert.Contains(notPublishing, r => (string)r["Kelompok"] == Formula);
        var rejected = Sheet(bytes, "Ditolak dua kali");
        var product = Assert.Single(rejected, r => (string)r["Produk"] == dashboard.RejectedTwice.Items.Single(p => p.ProductId == _rejectedId).ProductName);
        Assert.Equal((2.0, "ditolak"), (Convert.ToDouble(product["Kali ditolak"], CultureInfo.InvariantCulture), (string)product["Status"]));
        var unanswered = Sheet(bytes, "Pertanyaan terbuka");
        Assert.Equal(dashboard.Unanswered.Total, unanswered.Count);
        Assert.Contains(unanswered, r => Convert.ToDouble(r["Pertanyaan terbuka"], CultureInfo.InvariantCulture) >= 1);

        // The formula-named group is a plain text cell: no formula element anywhere.
        using var zip = new ZipArchive(new MemoryStream(bytes));
        foreach (var sheet in zip.Entries.Where(z => z.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(sheet.Open());
            Assert.DoesNotMatch("<(\\w+:)?f[ >]", await reader.ReadToEndAsync(Ct));
        }
    }

    [Theory]
    [InlineData("/staf/dasbor.csv")]
    [InlineData("/staf/dasbor.xlsx")]
    public async Task Only_staff_get_the_downloads(string path)
    {
        using var anonymous = app.Browser();
        using var member = await AccountFlows.SignedInAsync(app, "anggota1@uppka.test");

        using var refusedAnonymous = await anonymous.GetAsync(path, Ct);
        using var refusedMember = await member.GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.Redirect, refusedAnonymous.StatusCode);
        Assert.StartsWith("/masuk", AccountFlows.Target(refusedAnonymous));
        Assert.Equal(HttpStatusCode.Redirect, refusedMember.StatusCode);
        Assert.StartsWith("/akun/ditolak", AccountFlows.Target(refusedMember));
    }

    private async Task<RegencyTable> FiguresAsync() =>
        await app.Services.GetRequiredService<RegencyDashboardService>().GetFiguresAsync(await AccountFlows.StaffActorAsync(app), Ct);

    private static string[] Row(string code, string name, DashboardFigures f) =>
    [
        code, name, .. new[] { f.Groups, f.Online, f.WithPublishedProducts, f.PublishedProducts, f.VerifiedProducts, f.Inquiries30d, f.CurrentBooths }
            .Select(n => n.ToString(CultureInfo.InvariantCulture)),
    ];

    private static List<IDictionary<string, object>> Sheet(byte[] xlsx, string name) =>
        new MemoryStream(xlsx).Query(useHeaderRow: true, sheetName: name).Cast<IDictionary<string, object>>().ToList();
}
