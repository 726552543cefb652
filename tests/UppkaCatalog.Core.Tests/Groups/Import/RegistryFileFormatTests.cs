using System.Text;
using UppkaCatalog.Core.Groups;
using UppkaCatalog.Core.Groups.Import;
using static UppkaCatalog.Core.Tests.Groups.Import.RegistryWorld;

namespace UppkaCatalog.Core.Tests.Groups.Import;

/// <summary>
/// The spreadsheets staff really have: CSV from Excel (comma or semicolon, with or without a byte order mark, quoted
/// fields holding line breaks), XLSX with number cells, headers spelled any which way and in any order, title lines above
/// the header. Each file is written by the test and read back through the service as an upload.
/// </summary>
public sealed class RegistryFileFormatTests(RegistryWorld w) : IClassFixture<RegistryWorld>
{
    [Theory]
    [InlineData(',', false)]
    [InlineData(',', true)]
    [InlineData(';', false)]
    [InlineData(';', true)]
    public async Task A_CSV_is_read_with_commas_or_semicolons_with_or_without_a_byte_order_mark(char separator, bool bom)
    {
        var number = Number();
        var path = w.Csv([Header, Row(number, name: "UPPKA Mawar, Bunga; Desa")], separator, bom);

        var preview = await w.PreviewAsync(path);

        Assert.Equal(SpreadsheetKind.Csv, preview.Kind);
        var row = Assert.Single(preview.Rows);
        Assert.Equal((2, number, "UPPKA Mawar, Bunga; Desa", ImportOutcome.New), (row.Number, row.RegistrationNumber, row.Name, row.Outcome));
        Assert.Empty(row.Errors);
        Assert.Empty(preview.UnknownColumns);
        Assert.Equal(Header, RegistryColumns.All.Select(c => preview.HeaderOf(c.Field)));
    }

    [Fact]
    public async Task A_quoted_field_with_line_breaks_is_one_cell_and_the_rows_keep_the_numbers_a_spreadsheet_shows()
    {
        var first = Number();
        var second = Number();
        var path = w.Csv([Header, Row(first, village: "Buluran\r\nKenali", leader: "Ibu \"Ros\"\nRosmawati"), Row(second)], ',', bom: false);

        var preview = await w.PreviewAsync(path);

        Assert.Equal([2, 3], preview.Rows.Select(r => r.Number));
        Assert.All(preview.Rows, r => Assert.Equal(ImportOutcome.New, r.Outcome));
        await w.ImportAsync(path);
        var group = await w.GroupAsync(first);
        Assert.Equal(("Buluran Kenali", "Ibu \"Ros\" Rosmawati"), (group!.Village, group.LeaderName));
    }

    [Fact]
    public async Task Headers_match_whatever_their_case_spacing_punctuation_and_order_English_ones_too_and_unknown_columns_are_named()
    {
        var number = Number();
        string[] header = ["  nama_kelompok ", "Catatan Petugas", "REGISTRATION NUMBER", "kab. / kota", "KECAMATAN", "desa-kelurahan", "Business sector", "Leader phone", "No. Urut"];
        string[] row = ["UPPKA Anggrek", "sudah dikunjungi", number, "1571", "Telanaipura", "Buluran Kenali", "crafts", "0812 3456 7003", "7"];

        var preview = await w.PreviewAsync(w.Csv([header, row], ','));

        var only = Assert.Single(preview.Rows);
        Assert.Empty(only.Errors);
        Assert.Equal(["Catatan Petugas", "No. Urut"], preview.UnknownColumns);
        Assert.Equal("REGISTRATION NUMBER", preview.HeaderOf(RegistryField.RegistrationNumber));
        Assert.Equal("nama_kelompok", preview.HeaderOf(RegistryField.Name));
        await w.ImportAsync(w.Csv([header, row], ','));
        var group = await w.GroupAsync(number);
        Assert.Equal(("UPPKA Anggrek", "1571", BusinessSector.Crafts, "+6281234567003"), (group!.Name, group.Regency!.Code, group.Sector, group.LeaderPhone));
        // Columns the file does not have are left as they are: a new group gets no stage, no public WhatsApp, no member count.
        Assert.Null(group.Stage);
        Assert.Null(group.PublicWhatsApp);
        Assert.Equal(0, group.MemberCount);
    }

    [Fact]
    public async Task Title_lines_above_the_header_and_blank_rows_between_are_passed_over_but_counted()
    {
        var a = Number();
        var b = Number();
        var path = w.Csv([["DAFTAR KELOMPOK UPPKA PROVINSI JAMBI"], ["Keadaan 30 November 2026"], Header, Row(a), [""], Row(b)], ';');

        var preview = await w.PreviewAsync(path);

        Assert.Equal([(4, a), (6, b)], preview.Rows.Select(r => (r.Number, r.RegistrationNumber)));
    }

    [Fact]
    public async Task An_Excel_sep_line_names_the_separator_and_is_not_a_row()
    {
        var number = Number();
        var path = w.Write("sep.csv", Encoding.UTF8.GetBytes($"sep=;\r\n{string.Join(';', Header)}\r\n{string.Join(';', Row(number))}\r\n"));

        var preview = await w.PreviewAsync(path);

        Assert.Equal((2, number), (Assert.Single(preview.Rows).Number, preview.Rows[0].RegistrationNumber));
    }

    [Fact]
    public async Task An_XLSX_is_read_from_its_first_sheet_with_number_cells_as_the_digits_typed_and_text_cells_as_they_are()
    {
        var text = Number("XLSX");
        var digits = Random.Shared.NextInt64(100_000_000_000, 999_999_999_999);
        var path = w.Xlsx(
        [
            Header,
            // Text cells throughout, as a sheet formatted as Text.
            Row(text, leaderPhone: "081234567004", year: "2015", members: "12"),
            // Number cells where Excel makes them: a registration number, a phone (its leading zero gone), a year, a count.
            [digits, "UPPKA Kenanga", "Kota Jambi", "Pelayangan", "Tanjung Johor", "Kerajinan", 2012d, 15d, "Mandiri", "Rosmawati", 81234567005d, 6281234567006d],
        ]);

        var preview = await w.PreviewAsync(path);

        Assert.Equal(SpreadsheetKind.Xlsx, preview.Kind);
        Assert.All(preview.Rows, r => Assert.Empty(r.Errors));
        Assert.Equal([text, digits.ToString()], preview.Rows.Select(r => r.RegistrationNumber));
        await w.ImportAsync(path);
        var group = await w.GroupAsync(digits.ToString());
        Assert.Equal((2012, 15, GroupStage.SelfReliant, "+6281234567005", "+6281234567006"),
            (group!.FoundingYear, group.MemberCount, group.Stage!.Value, group.LeaderPhone, group.PublicWhatsApp));
        var typedAsText = await w.GroupAsync(text);
        Assert.Equal(("+6281234567004", 2015, 12), (typedAsText!.LeaderPhone, typedAsText.FoundingYear, typedAsText.MemberCount));
    }

    [Fact]
    public async Task A_date_cell_in_the_founding_year_column_gives_its_year()
    {
        var number = Number();
        var row = Row(number).Cast<object?>().ToArray();
        row[6] = new DateTime(2014, 3, 1);

        var preview = await w.PreviewAsync(w.Xlsx([Header, row]));

        Assert.Empty(Assert.Single(preview.Rows).Errors);
        await w.ImportAsync(w.Xlsx([Header, row]));
        Assert.Equal(2014, (await w.GroupAsync(number))!.FoundingYear);
    }

    [Fact]
    public async Task Sectors_stages_and_regencies_are_matched_loosely()
    {
        var numbers = Enumerable.Range(0, 4).Select(_ => Number()).ToArray();
        var path = w.Csv(
        [
            Header,
            Row(numbers[0], regency: "1505", sector: "makanan olahan", stage: "DASAR"),
            Row(numbers[1], regency: "Kab. Muaro Jambi", sector: "Jahit & Busana", stage: "mandiri"),
            Row(numbers[2], regency: "muaro jambi", sector: "FOOD PROCESSING", stage: ""),
            Row(numbers[3], regency: "Kota Jambi", sector: "Minuman", stage: "Berkembang"),
        ]);

        await w.ImportAsync(path);

        var groups = await Task.WhenAll(numbers.Select(w.GroupAsync));
        Assert.Equal(["1505", "1505", "1505", "1571"], groups.Select(g => g!.Regency!.Code));
        Assert.Equal([BusinessSector.FoodProcessing, BusinessSector.SewingFashion, BusinessSector.FoodProcessing, BusinessSector.Drinks], groups.Select(g => g!.Sector));
        Assert.Equal([GroupStage.Basic, GroupStage.SelfReliant, (GroupStage?)null, GroupStage.Developing], groups.Select(g => g!.Stage));
    }
}
