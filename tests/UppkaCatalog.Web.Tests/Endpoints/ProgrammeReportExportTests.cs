using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using UppkaCatalog.Core.Programmes;
using UppkaCatalog.Web.Tests.Support;

namespace UppkaCatalog.Web.Tests.Endpoints;

/// <summary>
/// <c>/staf/program/laporan.csv</c> and <c>.xlsx</c> over the demo, whose closed appropriate-technology aid has two equipment
/// hand-overs (Rp 12.500.000 + Rp 3.200.000): as staff open them in Excel, and refused to everyone else. Read-only.
/// </summary>
public sealed class ProgrammeReportExportTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string Aid = "Bantuan Peralatan Teknologi Tepat Guna";

    private static readonly string[] Header =
    [
        "Tingkat", "Nama", "Mitra", "Kelompok terjangkau", "Kursi", "Nilai peralatan (Rp)", "Modal (Rp)", "Selesai", "Diterima + selesai + gugur",
        "Tingkat selesai (%)", "Produk tayang 90 hari sebelum", "Produk tayang 90 hari sesudah", "Pertanyaan 90 hari sebelum", "Pertanyaan 90 hari sesudah",
    ];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_CSV_is_one_table_with_a_row_per_partner_programme_regency_and_the_total()
    {
        using var staff = await AccountFlows.SignedInAsync(app, AccountFlows.StaffEmail);

        using var response = await staff.GetAsync("/staf/program/laporan.csv", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Matches(@"^laporan-program-mitra-\d{4}-\d{2}-\d{2}\.csv$",
            response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
        var bytes = await response.Content.ReadAsByteArrayAsync(Ct);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.StartsWith(string.Join(";", Header) + "\r\n", Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));
        var rows = StatsExportTests.ParseCsv(bytes);
        var report = await ReportAsync();
        Assert.Equal(1 + report.Partners.Count + report.Programmes.Count + 11 + 1, rows.Count);

        // The demo's closed aid: one group completed and one accepted (reached), one dropped; two hand-overs.
        var aid = Assert.Single(rows, r => r[0] == "Program" && r[1] == Aid);
        Assert.Equal(("Disnakertrans Provinsi Jambi", "2", "8800000", "0", "1", "3", "33"), (aid[2], aid[3], aid[5], aid[6], aid[7], aid[8], aid[9]));
        var disnaker = Assert.Single(rows, r => r[0] == "Mitra" && r[1] == "Disnakertrans Provinsi Jambi");
        Assert.Equal(aid[3..], disnaker[3..]);
        Assert.Equal(["Total", "Total provinsi", ""], rows[^1][..3]);
        Assert.Equal(report.Total.EquipmentRupiah.ToString(CultureInfo.InvariantCulture), rows[^1][5]);
        Assert.True(report.Total.EquipmentRupiah >= 8_800_000);
        // A regency where nothing was decided has no rate rather than 0 %.
        Assert.Contains(rows, r => r[0] == "Kabupaten/kota" && r[8] == "0" && r[9] == "");
    }

    [Fact]
    public async Task The_workbook_has_a_sheet_per_level_with_money_as_numbers()
    {
        using var staff = await AccountFlows.SignedInAsync(app, AccountFlows.StaffEmail);

        using var response = await staff.GetAsync("/staf/program/laporan.xlsx", Ct);
        var bytes = await response.Content.ReadAsByteArrayAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(["Per mitra", "Per program", "Per wilayah"], new MemoryStream(bytes).GetSheetNames());
        var programmes = Sheet(bytes, "Per program");
        var aid = Assert.Single(programmes, r => (string)r["Nama"] == Aid);
        Assert.Equal(8_800_000d, Convert.ToDouble(aid["Nilai peralatan (Rp)"], CultureInfo.InvariantCulture));
        Assert.Equal("ditutup", ((string)aid["Status"]).ToLowerInvariant());
        var regencies = Sheet(bytes, "Per wilayah");
        Assert.Equal(12, regencies.Count);
        Assert.Equal("Total provinsi", regencies[^1]["Nama"]);
    }

    [Theory]
    [InlineData("/staf/program/laporan.csv")]
    [InlineData("/staf/program/laporan.xlsx")]
    public async Task Only_staff_get_the_downloads(string path)
    {
        await AccountFlows.AssertStaffOnlyAsync(app, path);
        using var officer = await AccountFlows.SignedInAsync(app, "mitra2@uppka.test");

        using var refused = await officer.GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("/akun/ditolak", AccountFlows.Target(refused));
    }

    private async Task<ProgrammeReport> ReportAsync() =>
        await app.Services.GetRequiredService<ProgrammeReportService>().GetAsync(await AccountFlows.StaffActorAsync(app), Ct);

    private static List<IDictionary<string, object>> Sheet(byte[] xlsx, string name) =>
        new MemoryStream(xlsx).Query(useHeaderRow: true, sheetName: name).Cast<IDictionary<string, object>>().ToList();
}
