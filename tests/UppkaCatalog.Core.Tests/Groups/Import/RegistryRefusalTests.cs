using UppkaCatalog.Tests.Shared;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using Microsoft.EntityFrameworkCore;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Groups.Import;
using UppkaCatalog.Core.Tests.Support;
using static UppkaCatalog.Core.Tests.Groups.Import.RegistryWorld;

namespace UppkaCatalog.Core.Tests.Groups.Import;

/// <summary>
/// Every refusal of the import, beside its row (as the spreadsheet numbers it) and its column (as the file wrote the
/// header), in Indonesian — and English for an English reader; then the refusals of a file as a whole. A refused row is
/// never written; a refused file writes nothing at all.
/// </summary>
public sealed class RegistryRefusalTests(RegistryWorld w) : IClassFixture<RegistryWorld>
{
    /// <summary>The one refusal of a file with the header and one row.</summary>
    private async Task<ImportError> RefusalOfAsync(string[] row, string[]? header = null)
    {
        var preview = await w.PreviewAsync(w.Csv([header ?? Header, row]));
        var only = Assert.Single(preview.Rows);
        Assert.Equal(ImportOutcome.Refused, only.Outcome);
        return Assert.Single(only.Errors);
    }

    [Fact]
    public async Task An_unknown_regency_is_refused_naming_what_was_written()
    {
        var e = await RefusalOfAsync(Row(Number(), regency: "Kabupaten Atlantis"));

        Assert.Equal((2, "Kabupaten/Kota"), (e.Row, e.Column));
        Assert.Equal("Kabupaten/kota \"Kabupaten Atlantis\" tidak dikenal. Tulis namanya (mis. Muaro Jambi, Kota Jambi) atau kode BPS-nya (mis. 1505).", e.Message);
    }

    [Fact]
    public async Task An_unknown_sector_is_refused_with_the_list_of_known_ones()
    {
        var e = await RefusalOfAsync(Row(Number(), sector: "Bengkel motor"));

        Assert.Equal("Bidang Usaha", e.Column);
        Assert.Equal("Bidang usaha \"Bengkel motor\" tidak dikenal. Pilih salah satu: Makanan Olahan, Minuman, Kerajinan, Jahit dan Busana, Pertanian, Perdagangan, Jasa, Lainnya.", e.Message);
    }

    [Fact]
    public async Task An_unknown_stage_is_refused_with_the_three_stages()
    {
        var e = await RefusalOfAsync(Row(Number(), stage: "Maju"));

        Assert.Equal(("Tahap", "Tahap \"Maju\" tidak dikenal. Pilih salah satu: Dasar, Berkembang, Mandiri."), (e.Column, e.Message));
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("0741 123456")]
    [InlineData("+1 202 555 0100")]
    [InlineData("nomor belum ada")]
    public async Task A_phone_that_is_not_an_Indonesian_mobile_number_is_refused_in_either_phone_column(string phone)
    {
        var leader = await RefusalOfAsync(Row(Number(), leaderPhone: phone));
        var group = await RefusalOfAsync(Row(Number(), whatsApp: phone));

        Assert.Equal(("Telepon Ketua", $"\"{phone}\" bukan nomor HP Indonesia. Tulis mis. 0812 3456 7890."), (leader.Column, leader.Message));
        Assert.Equal("WhatsApp Kelompok", group.Column);
    }

    [Fact]
    public async Task A_number_Excel_wrote_in_scientific_notation_has_lost_its_digits_and_is_refused_with_what_to_do()
    {
        var e = await RefusalOfAsync(Row(Number(), leaderPhone: "8,12346E+11"));

        Assert.Equal("\"8,12346E+11\" ditulis Excel sebagai angka sehingga digitnya hilang. Format kolom ini sebagai Teks, ketik ulang nomornya, lalu simpan.", e.Message);
        Assert.Equal("Nomor Register", (await RefusalOfAsync(Row("1.5050012E+7"))).Column);
    }

    [Fact]
    public async Task A_founding_year_in_the_future_too_early_or_not_a_year_is_refused()
    {
        // CoreHost's clock: 20 November 2026 (WIB).
        Assert.Equal("Tahun berdiri 2027 belum tiba.", (await RefusalOfAsync(Row(Number(), year: "2027"))).Message);
        Assert.Equal("Tahun berdiri 1965 tidak wajar: paling awal 1970.", (await RefusalOfAsync(Row(Number(), year: "1965"))).Message);
        var e = await RefusalOfAsync(Row(Number(), year: "dua ribu"));
        Assert.Equal(("Tahun Berdiri", "\"dua ribu\" bukan tahun. Tulis 4 angka, mis. 2016."), (e.Column, e.Message));
        Assert.Empty(Assert.Single((await w.PreviewAsync(w.Csv([Header, Row(Number(), year: "2026")]))).Rows).Errors);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    [InlineData("12,5")]
    [InlineData("dua belas")]
    public async Task A_member_count_that_is_not_a_positive_whole_number_is_refused(string members)
    {
        var e = await RefusalOfAsync(Row(Number(), members: members));

        Assert.Equal(("Jumlah Anggota", $"\"{members}\" bukan jumlah anggota: tulis bilangan bulat lebih dari 0, mis. 15."), (e.Column, e.Message));
    }

    [Fact]
    public async Task An_implausible_member_count_is_refused_with_the_limit_in_the_readers_number_format()
    {
        using (new CultureScope(new CultureInfo("id-ID")))
        {
            Assert.Equal("Jumlah anggota 25.000 tidak wajar: paling banyak 10.000.", (await RefusalOfAsync(Row(Number(), members: "25000"))).Message);
        }

        using (new CultureScope(new CultureInfo("en-US")))
        {
            Assert.Equal("A member count of 25,000 is implausible: 10,000 at most.", (await RefusalOfAsync(Row(Number(), members: "25000"))).Message);
        }
    }

    [Theory]
    [InlineData(0, "Nomor Register")]
    [InlineData(1, "Nama Kelompok")]
    [InlineData(2, "Kabupaten/Kota")]
    [InlineData(3, "Kecamatan")]
    [InlineData(4, "Desa/Kelurahan")]
    [InlineData(5, "Bidang Usaha")]
    public async Task Every_required_field_left_empty_is_refused(int column, string header)
    {
        var row = Row(Number());
        row[column] = "  ";

        var e = await RefusalOfAsync(row);

        Assert.Equal((header, "Wajib diisi."), (e.Column, e.Message));
    }

    [Theory]
    [InlineData(1, 121, "Nama Kelompok", 120)]
    [InlineData(3, 101, "Kecamatan", 100)]
    [InlineData(4, 101, "Desa/Kelurahan", 100)]
    [InlineData(9, 121, "Nama Ketua", 120)]
    public async Task Text_longer_than_the_registry_keeps_is_refused(int column, int length, string header, int max)
    {
        var row = Row(Number());
        row[column] = new string('a', length);

        var e = await RefusalOfAsync(row);

        Assert.Equal((header, $"Terlalu panjang: paling banyak {max} huruf."), (e.Column, e.Message));
        row[column] = new string('a', max);
        Assert.Empty(Assert.Single((await w.PreviewAsync(w.Csv([Header, row]))).Rows).Errors);
    }

    [Fact]
    public async Task A_registration_number_in_the_file_twice_refuses_both_rows_each_naming_the_other()
    {
        var number = Number();
        var other = Number();
        // The same number spelled differently is the same number.
        var path = w.Csv([Header, Row(number), Row(other), Row(" " + number.ToLowerInvariant() + " ", name: "UPPKA Melati Dua")]);

        var preview = await w.PreviewAsync(path);

        Assert.Equal([ImportOutcome.Refused, ImportOutcome.New, ImportOutcome.Refused], preview.Rows.Select(r => r.Outcome));
        Assert.Equal($"Nomor register {number} ada lebih dari sekali di berkas ini (baris 4). Satu kelompok cukup satu baris: hapus yang tidak benar.",
            Assert.Single(preview.Rows[0].Errors).Message);
        Assert.Equal(("Nomor Register", 4), (preview.Rows[2].Errors[0].Column, preview.Rows[2].Errors[0].Row));
        Assert.Contains("(baris 2)", preview.Rows[2].Errors[0].Message);
    }

    [Fact]
    public async Task A_row_with_several_mistakes_gets_each_beside_its_column_as_the_file_wrote_the_header()
    {
        string[] header = ["NOMOR REGISTER", "nama kelompok", "kab/kota", "Kecamatan", "Desa", "bidang_usaha", "tahun berdiri", "Jumlah Anggota"];
        var preview = await w.PreviewAsync(w.Csv([header, Row(Number()), [Number(), "", "Atlantis", "Sekernan", "Sengeti", "Bengkel", "3000", "0"]], ','));

        var refused = preview.Rows[1];
        Assert.Equal(3, refused.Number);
        Assert.Equal(["nama kelompok", "kab/kota", "bidang_usaha", "tahun berdiri", "Jumlah Anggota"], refused.Errors.Select(e => e.Column));
        Assert.All(refused.Errors, e => Assert.Equal(3, e.Row));
        Assert.Equal(ImportOutcome.New, preview.Rows[0].Outcome);
    }

    [Fact]
    public async Task Refusals_are_in_English_for_an_English_reader()
    {
        using var english = new CultureScope(new CultureInfo("en-US"));

        var e = await RefusalOfAsync(Row(Number(), sector: "Bengkel motor"));

        Assert.Equal("Business sector \"Bengkel motor\" is not known. Choose one of: Food processing, Drinks, Crafts, Sewing and fashion, Agriculture, Trade, Services, Other.", e.Message);
        Assert.Equal("Required.", (await RefusalOfAsync(Row("")) ).Message);
    }

    [Fact]
    public async Task Refused_rows_are_never_written_and_the_valid_ones_are()
    {
        var good = Number();
        var bad = Number();

        var result = await w.ImportAsync(w.Csv([Header, Row(good), Row(bad, regency: "Atlantis")]));

        Assert.Equal((2, 1, 0, 0, 1), (result.Rows, result.Created, result.Updated, result.Unchanged, result.Refused));
        Assert.Equal((3, "Kabupaten/Kota"), (Assert.Single(result.Errors).Row, result.Errors[0].Column));
        Assert.NotNull(await w.GroupAsync(good));
        Assert.Null(await w.GroupAsync(bad));
    }

    // ---- the file as a whole

    [Fact]
    public async Task A_file_that_is_not_a_spreadsheet_gets_a_clear_message_whatever_its_name()
    {
        const string notASpreadsheet = "Berkas ini bukan CSV atau XLSX. Di Excel pilih Simpan Sebagai → \"Buku Kerja Excel (.xlsx)\" atau \"CSV UTF-8\", lalu unggah berkas itu.";
        var png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

        Assert.Equal(notASpreadsheet, await w.RefusalAsync(w.Write("registri.csv", png)));
        Assert.Equal(notASpreadsheet, await w.RefusalAsync(w.Write("registri.xlsx", Encoding.ASCII.GetBytes("%PDF-1.7\n%âãÏÓ\n1 0 obj"))));
        Assert.Equal(notASpreadsheet, await w.RefusalAsync(w.Write("registri.xlsx", Zip("word/document.xml"))));
        Assert.Equal("Berkas Excel 97–2003 (.xls) tidak bisa dibaca. Di Excel pilih Simpan Sebagai → \"Buku Kerja Excel (.xlsx)\", lalu unggah berkas itu.",
            await w.RefusalAsync(w.Write("registri.xls", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0])));
        Assert.Equal("Berkas XLSX ini rusak atau tidak bisa dibaca. Buka di Excel, simpan lagi sebagai \"Buku Kerja Excel (.xlsx)\", lalu unggah.",
            await w.RefusalAsync(w.Write("registri.xlsx", Zip("xl/workbook.xml"))));
    }

    [Fact]
    public async Task A_CSV_that_is_not_UTF8_is_refused_with_how_to_save_it_as_UTF8()
    {
        // "Desa Pematang Gajah — Sékernan" as Windows-1252, which Excel's plain "CSV" writes.
        var latin1 = Encoding.Latin1.GetBytes(string.Join(';', Header) + "\r\n" + string.Join(';', Row(Number(), district: "Sékernan")) + "\r\n");

        Assert.StartsWith("Berkas CSV ini bukan UTF-8", await w.RefusalAsync(w.Write("registri.csv", latin1)));
    }

    [Fact]
    public async Task A_file_without_a_header_row_or_without_a_required_column_is_refused_naming_the_columns()
    {
        Assert.Equal("Baris judul kolom tidak ditemukan. Baris pertama harus berisi judul kolom seperti di templat: Nomor Register, Nama Kelompok, Kabupaten/Kota, "
            + "Kecamatan, Desa/Kelurahan, Bidang Usaha, Tahun Berdiri, Jumlah Anggota, Tahap, Nama Ketua, Telepon Ketua, WhatsApp Kelompok.",
            await w.RefusalAsync(w.Csv([Row(Number()), Row(Number())])));
        Assert.Equal("Kolom wajib tidak ada: Kabupaten/Kota, Bidang Usaha. Tambahkan kolom itu dengan judul seperti di templat, lalu unggah lagi.",
            await w.RefusalAsync(w.Csv([["Nomor Register", "Nama Kelompok", "Kecamatan", "Desa/Kelurahan"], ["A/1", "UPPKA A", "Sekernan", "Sengeti"]])));
    }

    [Fact]
    public async Task An_empty_file_and_a_header_without_rows_are_refused()
    {
        Assert.Equal("Berkas ini kosong. Pilih berkas CSV atau XLSX berisi daftar kelompok.", await w.RefusalAsync(w.Write("kosong.csv", [])));
        Assert.Equal("Tidak ada baris data di bawah judul kolom.", await w.RefusalAsync(w.Csv([Header, ["", "", ""]])));
    }

    [Fact]
    public async Task A_file_of_10_MB_is_refused_before_a_row_is_read_even_when_it_comes_as_a_stream_of_unknown_length()
    {
        var rows = new StringBuilder(string.Join(';', Header)).Append("\r\n");
        while (rows.Length < RegistryImportService.MaxBytes) rows.Append(string.Join(';', Row(Number()))).Append("\r\n");
        var path = w.Write("besar.csv", Encoding.UTF8.GetBytes(rows.ToString()));
        var groups = await w.QueryAsync(db => db.Groups.CountAsync());

        var message = await w.RefusalAsync(path);
        var unseekable = await Assert.ThrowsAsync<ValidationException>(async () =>
        {
            await using var stream = new UnseekableStream(File.OpenRead(path));
            await w.Import.ImportAsync(w.Staff, stream, dryRun: false, TestContext.Current.CancellationToken);
        });

        Assert.Equal("Berkas ini terlalu besar: harus di bawah 10 MB. Bagi daftar menjadi beberapa berkas, lalu impor satu per satu.", message);
        Assert.Equal(message, unseekable.Errors["file"]);
        Assert.Equal(groups, await w.QueryAsync(db => db.Groups.CountAsync()));
    }

    [Fact]
    public async Task A_file_of_100000_rows_is_refused_with_a_message_and_nothing_is_written()
    {
        // Short rows, so that 100,000 of them stay under 10 MB: the row limit is what refuses the file.
        var rows = new StringBuilder("Nomor Register;Nama Kelompok;Kabupaten/Kota;Kecamatan;Desa/Kelurahan;Bidang Usaha\r\n");
        for (var i = 0; i < RegistryImportService.MaxRows; i++) rows.Append(CultureInfo.InvariantCulture, $"B/{i};U {i};1505;K;D;Jasa\r\n");
        var path = w.Write("banyak.csv", Encoding.UTF8.GetBytes(rows.ToString()));
        Assert.True(new FileInfo(path).Length < RegistryImportService.MaxBytes);
        var groups = await w.QueryAsync(db => db.Groups.CountAsync());

        using var indonesian = new CultureScope(new CultureInfo("id-ID"));

        var e = await Assert.ThrowsAsync<ValidationException>(() => w.ImportAsync(path));

        Assert.Equal("Berkas ini berisi 100.000 baris data atau lebih: sekali impor harus di bawah 100.000 baris. Bagi daftar menjadi beberapa berkas.", e.Errors["file"]);
        Assert.Equal(groups, await w.QueryAsync(db => db.Groups.CountAsync()));
    }

    [Fact]
    public async Task A_quote_that_is_never_closed_is_refused_naming_about_where_instead_of_swallowing_the_file()
    {
        var rows = new StringBuilder(string.Join(';', Header)).Append("\r\n").Append(string.Join(';', Row(Number()))).Append("\r\n");
        rows.Append(string.Join(';', Row(Number(), name: "\"UPPKA Kutip"))).Append("\r\n");
        while (rows.Length < 3 * 1024 * 1024) rows.Append(string.Join(';', Row(Number()))).Append("\r\n");

        using var indonesian = new CultureScope(new CultureInfo("id-ID"));
        var message = await w.RefusalAsync(w.Write("kutip.csv", Encoding.UTF8.GetBytes(rows.ToString())));

        Assert.Equal("Berkas CSV ini rusak di sekitar baris 3: ada tanda kutip (\") yang tidak ditutup. Perbaiki baris itu atau simpan ulang dari Excel.", message);
    }

    private static byte[] Zip(string entry)
    {
        using var bytes = new MemoryStream();
        using (var zip = new ZipArchive(bytes, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry(entry).Open());
            writer.Write("<notes>not a workbook</notes>");
        }

        return bytes.ToArray();
    }

    /// <summary>An upload as a request body arrives: no length, no seeking.</summary>
    private sealed class UnseekableStream(Stream inner) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        protected override void Dispose(bool disposing)
        {
            if (disposing) inner.Dispose();
            base.Dispose(disposing);
        }
    }
}
