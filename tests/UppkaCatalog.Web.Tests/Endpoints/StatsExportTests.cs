using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using UppkaCatalog.Core.Reporting;
using UppkaCatalog.Web.Tests.Endpoints.Api;
using UppkaCatalog.Web.Tests.Support;
using static UppkaCatalog.Web.Tests.Support.StatsWorld;

namespace UppkaCatalog.Web.Tests.Endpoints;

/// <summary>
/// The staff downloads (CSV that Excel opens as UTF-8, XLSX), who may have them, the statistics pages and the
/// staff API. Its own app: a group is renamed to a formula here.
/// </summary>
public sealed class StatsExportTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string Formula = "=HYPERLINK(\"http://contoh.invalid\",\"Klik\")";

    private static readonly string[] BoothHeader =
        ["Stan", "Aula", "Kelompok", "Kabupaten/Kota", "Kunjungan stan", "Pengunjung unik stan", "Produk dilihat dari stan", "Klik WhatsApp", "Pertanyaan"];

    [Fact]
    public async Task The_booth_CSV_is_UTF8_with_a_BOM_CRLF_semicolons_and_an_Indonesian_header_and_parses_back()
    {
        var e = await VisitedAsync();
        using var staff = await AccountFlows.SignedInAsync(app, AccountFlows.StaffEmail);

        using var response = await staff.GetAsync($"/staf/pameran/{e.Id}/statistik.csv", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains(".csv", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
        var bytes = await response.Content.ReadAsByteArrayAsync(Ct);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        Assert.StartsWith(string.Join(";", BoothHeader) + "\r\n", text);
        Assert.DoesNotContain("sep=", text);
        Assert.DoesNotMatch("[^\r]\n", text); // every line ends with CRLF

        var rows = ParseCsv(bytes);
        Assert.Equal(BoothHeader, rows[0]);
        var stats = await StaffStatsAsync(e.Id);
        Assert.Equal(stats.Booths.Count, rows.Count - 1);
        var top = stats.Booths[0];
        Assert.Equal([top.Number!, top.HallName!, AsText(top.GroupName), top.RegencyName, top.Figures.BoothVisits.ToString(), top.Figures.UniqueBoothVisitors.ToString(),
            top.Figures.BoothProductViews.ToString(), top.Figures.WhatsAppClicks.ToString(), top.Figures.Inquiries.ToString()], rows[1]);
        Assert.True(top.Figures.BoothVisits >= 3);
    }

    [Fact]
    public async Task The_per_day_and_per_regency_CSVs_have_a_row_per_day_and_per_regency()
    {
        var e = await VisitedAsync();
        using var staff = await AccountFlows.SignedInAsync(app, AccountFlows.StaffEmail);
        var stats = await StaffStatsAsync(e.Id);

        var days = ParseCsv(await staff.GetByteArrayAsync($"/staf/pameran/{e.Id}/statistik.csv?tabel=hari", Ct));
        var regencies = ParseCsv(await staff.GetByteArrayAsync($"/staf/pameran/{e.Id}/statistik.csv?tabel=wilayah", Ct));

        Assert.Equal(["Tanggal", "Kunjungan aula", "Pengunjung unik aula", "Kunjungan stan", "Pengunjung unik stan", "Produk dilihat dari stan", "Klik WhatsApp", "Pertanyaan"], days[0]);
        Assert.Equal(stats.Days.Select(d => d.Day.ToString("yyyy-MM-dd")), days.Skip(1).Select(r => r[0]));
        Assert.Equal(stats.Totals.HallVisits, days.Skip(1).Sum(r => long.Parse(r[1])));
        Assert.Equal("Kabupaten/Kota", regencies[0][0]);
        Assert.Equal(stats.Regencies.Select(r => r.RegencyName), regencies.Skip(1).Select(r => r[0]));
    }

    [Fact]
    public async Task A_group_name_that_looks_like_a_formula_is_written_as_text()
    {
        var e = await VisitedAsync();
        var group = e.Booths[0].GroupSlug;
        await app.QueryAsync(db => db.Groups.Where(g => g.Slug == group).ExecuteUpdateAsync(s => s.SetProperty(g => g.Name, Formula), Ct));
        using var staff = await AccountFlows.SignedInAsync(app, AccountFlows.StaffEmail);

        var csv = await staff.GetByteArrayAsync($"/staf/pameran/{e.Id}/statistik.csv", Ct);
        var xlsx = await staff.GetByteArrayAsync($"/staf/pameran/{e.Id}/statistik.xlsx", Ct);

        var cells = ParseCsv(csv).SelectMany(r => r).ToList();
        Assert.Contains("'" + Formula, cells);
        Assert.DoesNotContain(cells, c => c.StartsWith('=') || c.StartsWith('+') || c.StartsWith('@'));
        // In the workbook the name is a plain text cell: no formula element anywhere.
        using var zip = new ZipArchive(new MemoryStream(xlsx));
        foreach (var sheet in zip.Entries.Where(z => z.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(sheet.Open());
            var xml = await reader.ReadToEndAsync(Ct);
            Assert.DoesNotMatch("<(\\w+:)?f[ >]", xml);
            Assert.Contains("<", xml);
        }

        var names = new MemoryStream(xlsx).Query(useHeaderRow: true, sheetName: "Per stan").Select(r => (string)((IDictionary<string, object>)r)["Kelompok"]).ToList();
        Assert.Contains(Formula, names);
    }

    [Fact]
    public async Task The_workbook_opens_with_a_sheet_per_table_and_numbers_as_numbers()
    {
        var e = await VisitedAsync();
        using var staff = await AccountFlows.SignedInAsync(app, AccountFlows.StaffEmail);

        using var response = await staff.GetAsync($"/staf/pameran/{e.Id}/statistik.xlsx", Ct);
        var bytes = await response.Content.ReadAsByteArrayAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        using var stream = new MemoryStream(bytes);
        Assert.Equal(["Ringkasan", "Per hari", "Per stan", "Per kabupaten-kota"], stream.GetSheetNames());
        var stats = await StaffStatsAsync(e.Id);
        var summary = new MemoryStream(bytes).Query(useHeaderRow: true, sheetName: "Ringkasan").Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(e.Title, summary[0]["Jumlah"]);
        Assert.Equal("Kunjungan aula", summary[1]["Ukuran"]);
        Assert.Equal((double)stats.Totals.HallVisits, Convert.ToDouble(summary[1]["Jumlah"]));
        var booths = new MemoryStream(bytes).Query(useHeaderRow: true, sheetName: "Per stan").Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(stats.Booths.Count, booths.Count);
        Assert.Equal((double)stats.Booths[0].Figures.BoothVisits, Convert.ToDouble(booths[0]["Kunjungan stan"]));
        var days = new MemoryStream(bytes).Query(useHeaderRow: true, sheetName: "Per hari").ToList();
        Assert.Equal(stats.Days.Count, days.Count);
    }

    [Theory]
    [InlineData("/staf/pameran/{0}/statistik.csv")]
    [InlineData("/staf/pameran/{0}/statistik.xlsx")]
    [InlineData("/staf/pameran/{0}/statistik")]
    public async Task Only_staff_get_the_statistics(string template)
    {
        var e = await OngoingAsync(app);

        await AccountFlows.AssertStaffOnlyAsync(app, string.Format(template, e.Id));
    }

    [Fact]
    public async Task An_unknown_exhibition_is_404_for_staff()
    {
        using var staff = await AccountFlows.SignedInAsync(app, AccountFlows.StaffEmail);

        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync("/staf/pameran/987654/statistik.csv", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync("/staf/pameran/987654/statistik.xlsx", Ct)).StatusCode);
    }

    [Fact]
    public async Task Staff_and_members_see_their_statistics_pages()
    {
        var e = await VisitedAsync();
        using var staff = await AccountFlows.SignedInAsync(app, AccountFlows.StaffEmail);
        using var member = await AccountFlows.SignedInAsync(app, "anggota1@uppka.test");
        var ownBooth = await app.QueryAsync(db => db.Users.Where(u => u.Email == "anggota1@uppka.test")
            .Select(u => db.Booths.Where(b => b.GroupId == u.GroupId && b.ExhibitionId == e.Id).Select(b => b.Number).First()).SingleAsync(Ct));
        var outsider = await app.QueryAsync(db => db.Exhibitions.Where(x => !db.Booths.Any(b => b.ExhibitionId == x.Id && b.Group!.Slug == "uppka-melati-sengeti"))
            .Select(x => x.Id).FirstAsync(Ct));

        var staffPage = await AccountFlows.BodyAsync(await staff.GetAsync($"/staf/pameran/{e.Id}/statistik", Ct));
        var memberPage = await AccountFlows.BodyAsync(await member.GetAsync($"/kelola/pameran/{e.Id}/statistik", Ct));
        var noBooth = await AccountFlows.BodyAsync(await member.GetAsync($"/kelola/pameran/{outsider}/statistik", Ct));

        Assert.Contains("Statistik pengunjung", staffPage);
        Assert.Contains(e.Title, staffPage);
        Assert.Contains($"href=\"/staf/pameran/{e.Id}/statistik.csv?tabel=stan\"", staffPage);
        Assert.Contains($"href=\"/staf/pameran/{e.Id}/statistik.xlsx\"", staffPage);
        Assert.Contains("Statistik stan Anda", memberPage);
        Assert.Contains($"Stan {ownBooth} di {e.Title}", memberPage);
        Assert.DoesNotContain("Per kabupaten/kota", memberPage); // only the booth's own figures
        Assert.Contains("Kelompok Anda tidak punya stan di pameran ini.", noBooth);
    }

    [Fact]
    public async Task The_staff_API_answers_the_figures_as_JSON_to_staff_only()
    {
        var e = await VisitedAsync();
        using var staff = await Api.Api.SignedInAsync(app, Api.Api.Staff);
        using var member = await Api.Api.SignedInAsync(app, Api.Api.Member(1));
        using var anonymous = Api.Api.Anonymous(app);

        using var response = await staff.GetAsync($"/api/v1/staff/exhibitions/{e.Slug}/stats", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await Api.Api.JsonAsync(response);
        var stats = await StaffStatsAsync(e.Id);
        Assert.Equal(e.Slug, json.GetProperty("slug").GetString());
        Assert.Equal(stats.Totals.HallVisits, json.GetProperty("totals").GetProperty("hallVisits").GetInt64());
        Assert.Equal(stats.Totals.WhatsAppClicks, json.GetProperty("totals").GetProperty("whatsAppClicks").GetInt64());
        Assert.Equal(stats.Days.Count, json.GetProperty("days").GetArrayLength());
        Assert.Equal(stats.Days[0].Day.ToString("yyyy-MM-dd"), json.GetProperty("days")[0].GetProperty("day").GetString());
        Assert.Equal(stats.Booths[0].GroupName, json.GetProperty("topBooths")[0].GetProperty("group").GetString());
        Assert.Equal(stats.Regencies.Count, json.GetProperty("regencies").GetArrayLength());
        await Api.Api.ProblemAsync(await member.GetAsync($"/api/v1/staff/exhibitions/{e.Slug}/stats", Ct), HttpStatusCode.Forbidden);
        await Api.Api.ProblemAsync(await anonymous.GetAsync($"/api/v1/staff/exhibitions/{e.Slug}/stats", Ct), HttpStatusCode.Unauthorized);
        await Api.Api.ProblemAsync(await staff.GetAsync("/api/v1/staff/exhibitions/tidak-ada/stats", Ct), HttpStatusCode.NotFound);
    }

    /// <summary>The ongoing exhibition after three booth visits and a hall visit through the real pages, flushed.</summary>
    private async Task<ExhibitionRef> VisitedAsync()
    {
        var e = await OngoingAsync(app);
        using var buyer = Buyer(app);
        await buyer.GetAsync($"/pameran/{e.Slug}", Ct);
        for (var i = 0; i < 3; i++) await buyer.GetAsync($"/pameran/{e.Slug}/stan/{e.Booths[0].GroupSlug}", Ct);
        await buyer.GetAsync($"/pameran/{e.Slug}/stan/{e.Booths[0].GroupSlug}/whatsapp", Ct);
        await FlushAsync(app);
        return e;
    }

    private async Task<ExhibitionStats> StaffStatsAsync(int exhibitionId) =>
        await app.Services.GetRequiredService<ExhibitionStatsService>().GetAsync(await AccountFlows.StaffActorAsync(app), exhibitionId, Ct);

    /// <summary>A cell as the CSV protects it (another test in this class renames a group to a formula).</summary>
    private static string AsText(string cell) => cell.Length > 0 && "=+-@".Contains(cell[0]) ? "'" + cell : cell;

    /// <summary>Reads a download back as Excel would split it: semicolons, quotes per RFC 4180, the BOM skipped.</summary>
    internal static List<string[]> ParseCsv(byte[] bytes)
    {
        using var reader = CsvReader.Create(bytes, CsvReaderOptions.Default with { Separator = ';', HasHeader = false });
        var rows = new List<string[]>();
        while (reader.Read())
        {
            var row = new string[reader.FieldCount];
            for (var i = 0; i < row.Length; i++) row[i] = reader.GetString(i);
            rows.Add(row);
        }

        return rows;
    }
}
