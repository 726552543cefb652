using System.IO.Compression;
using System.Net;
using System.Text;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using UppkaCatalog.Web.Tests.Support;
using static UppkaCatalog.Web.Tests.Support.RegistryFiles;

namespace UppkaCatalog.Web.Tests.Endpoints;

/// <summary>
/// The registry downloads: the template (CSV and XLSX) with exactly the import's headers, and the export of every group in
/// the same columns — CSV with a byte order mark and semicolons, formula-looking text escaped — that imports back
/// unchanged. Staff only: the export holds the leaders' names and phones.
/// </summary>
[Collection(RegistryAppCollection.Name)]
public sealed class RegistryExportEndpointTests(AppFactory app)
{
    private const string MelatiNumber = "UPPKA/1505/2016/014";
    private const string Formula = "=HYPERLINK(\"http://contoh.invalid\",\"Klik\")";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_CSV_template_is_the_header_row_UTF8_with_a_BOM_and_semicolons()
    {
        using var staff = await AccountFlows.SignedInAsync(app, AccountFlows.StaffEmail);

        using var response = await staff.GetAsync("/staf/kelompok/templat-registri.csv", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("templat-registri-uppka.csv", response.Content.Headers.ContentDisposition!.FileName?.Trim('"'));
        var bytes = await response.Content.ReadAsByteArrayAsync(Ct);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.Equal(string.Join(';', Header) + "\r\n", Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));
    }

    [Fact]
    public async Task The_XLSX_template_has_the_header_row_and_no_rows()
    {
        using var staff = await AccountFlows.SignedInAsync(app, AccountFlows.StaffEmail);

        var bytes = await staff.GetByteArrayAsync("/staf/kelompok/templat-registri.xlsx", Ct);

        var rows = new MemoryStream(bytes).Query(useHeaderRow: false).Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(Header, Assert.Single(rows).Values.Select(v => v?.ToString()));
    }

    [Fact]
    public async Task The_export_has_every_group_in_the_template_columns_with_the_leaders_phone_as_people_write_it()
    {
        using var staff = await AccountFlows.SignedInAsync(app, AccountFlows.StaffEmail);
        var groups = await app.QueryAsync(db => db.Groups.CountAsync(Ct));

        using var response = await staff.GetAsync("/staf/kelompok/registri.csv", Ct);
        var csv = Parse(await response.Content.ReadAsByteArrayAsync(Ct));
        var xlsx = new MemoryStream(await staff.GetByteArrayAsync("/staf/kelompok/registri.xlsx", Ct)).Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();

        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Matches(@"^registri-uppka-\d{4}-\d{2}-\d{2}\.csv$", response.Content.Headers.ContentDisposition!.FileName?.Trim('"'));
        Assert.Equal(Header, csv[0]);
        Assert.Equal(groups, csv.Count - 1);
        Assert.Equal(["UPPKA/1505/2016/014", "UPPKA Melati", "Kabupaten Muaro Jambi", "Sekernan", "Sengeti", "Makanan Olahan", "2016", "18", "Berkembang", "Siti Aminah", "0812-5550-1000", "0812-3456-0001"],
            csv.Single(r => r[0] == MelatiNumber));
        Assert.Equal(groups, xlsx.Count);
        var melati = xlsx.Single(r => (string)r["Nomor Register"] == MelatiNumber);
        Assert.Equal(("0812-5550-1000", 2016d), ((string)melati["Telepon Ketua"], Convert.ToDouble(melati["Tahun Berdiri"])));
    }

    [Fact]
    public async Task An_export_imports_back_with_every_row_unchanged_from_CSV_and_from_XLSX()
    {
        using var staff = await AccountFlows.SignedInAsync(app, AccountFlows.StaffEmail);
        using var api = await Api.Api.SignedInAsync(app, Api.Api.Staff);
        await RenameToFormulaAsync();
        var groups = await app.QueryAsync(db => db.Groups.CountAsync(Ct));

        var csv = await Api.Api.JsonAsync(await api.PostAsync("/api/v1/staff/groups/import?dryRun=true", Form(await staff.GetByteArrayAsync("/staf/kelompok/registri.csv", Ct)), Ct));
        var xlsx = await Api.Api.JsonAsync(await api.PostAsync("/api/v1/staff/groups/import?dryRun=true",
            Form(await staff.GetByteArrayAsync("/staf/kelompok/registri.xlsx", Ct), "registri.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), Ct));

        foreach (var result in new[] { csv, xlsx })
        {
            Assert.Equal((groups, groups, 0, 0), (result.GetProperty("rows").GetInt32(), result.GetProperty("unchanged").GetInt32(),
                result.GetProperty("updated").GetInt32(), result.GetProperty("refused").GetInt32()));
        }
    }

    [Fact]
    public async Task A_name_that_looks_like_a_formula_is_exported_as_text()
    {
        await RenameToFormulaAsync();
        using var staff = await AccountFlows.SignedInAsync(app, AccountFlows.StaffEmail);

        var csv = Parse(await staff.GetByteArrayAsync("/staf/kelompok/registri.csv", Ct)).SelectMany(r => r).ToList();
        var xlsx = await staff.GetByteArrayAsync("/staf/kelompok/registri.xlsx", Ct);

        Assert.Contains("'" + Formula, csv);
        Assert.DoesNotContain(csv, c => c.StartsWith('=') || c.StartsWith('@'));
        using var zip = new ZipArchive(new MemoryStream(xlsx));
        foreach (var sheet in zip.Entries.Where(z => z.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(sheet.Open());
            Assert.DoesNotMatch("<(\\w+:)?f[ >]", await reader.ReadToEndAsync(Ct));
        }
    }

    [Theory]
    [InlineData("/staf/kelompok/templat-registri.csv")]
    [InlineData("/staf/kelompok/templat-registri.xlsx")]
    [InlineData("/staf/kelompok/registri.csv")]
    [InlineData("/staf/kelompok/registri.xlsx")]
    public Task Only_staff_get_the_downloads(string path) => AccountFlows.AssertStaffOnlyAsync(app, path);

    /// <summary>
    /// Gives one demo group (UPPKA Lestari) a name a spreadsheet would run as a formula. Not Melati, whose exported row
    /// another test reads, nor a group the import tests bring in: the tests of one collection share its data, in no fixed order.
    /// </summary>
    private Task<int> RenameToFormulaAsync() =>
        app.QueryAsync(db => db.Groups.Where(g => g.RegistrationNumber == "UPPKA/1505/2020/038")
            .ExecuteUpdateAsync(s => s.SetProperty(g => g.Name, Formula), Ct));

    /// <summary>Reads a download back as Excel splits it: semicolons, RFC 4180 quotes, the byte order mark skipped.</summary>
    private static List<string[]> Parse(byte[] bytes)
    {
        using var reader = CsvReader.Create(bytes, CsvReaderOptions.Default with { Separator = ';', HasHeader = false });
        var rows = new List<string[]>();
        while (reader.Read()) rows.Add(Enumerable.Range(0, reader.FieldCount).Select(reader.GetString).ToArray());
        return rows;
    }
}
