using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Groups;
using UppkaCatalog.Core.Groups.Import;
using UppkaCatalog.Core.Tests.Support;

namespace UppkaCatalog.Core.Tests.Groups.Import;

/// <summary>
/// A migrated database (reference data, no demo), one member's group, a staff actor, the registry services, and a folder
/// where the tests write the spreadsheets they import — real files, opened as the page and the API open an upload.
/// </summary>
public sealed class RegistryWorld : IAsyncLifetime
{
    /// <summary>The template's headers, in its order.</summary>
    public static readonly string[] Header =
        ["Nomor Register", "Nama Kelompok", "Kabupaten/Kota", "Kecamatan", "Desa/Kelurahan", "Bidang Usaha", "Tahun Berdiri",
         "Jumlah Anggota", "Tahap", "Nama Ketua", "Telepon Ketua", "WhatsApp Kelompok"];

    private readonly TempFolder _files = new();
    private int _fileCount;

    public CoreHost Host { get; private set; } = default!;

    public Actor Staff { get; } = new("staff-registry", null, IsStaff: true);

    public Actor Member { get; private set; } = default!;

    public RegistryImportService Import => Host.Services.GetRequiredService<RegistryImportService>();

    public RegistryExportService Export => Host.Services.GetRequiredService<RegistryExportService>();

    public GroupService Groups => Host.Services.GetRequiredService<GroupService>();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        Host = await CoreHost.StartAsync(demo: false);
        await Host.SeedAsync();
        await using var db = await Host.DbFactory.CreateDbContextAsync();
        var group = TestData.Group("kelompok-anggota", (await db.Regencies.SingleAsync(r => r.Code == "1505")).Id);
        db.Groups.Add(group);
        await db.SaveChangesAsync();
        Member = new Actor("member-registry", group.Id, IsStaff: false);
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        _files.Dispose();
    }

    /// <summary>A registration number no other test uses.</summary>
    public static string Number(string prefix = "UJI") => $"{prefix}/{Guid.NewGuid().ToString("N")[..8].ToUpperInvariant()}";

    /// <summary>A complete, valid row in the template's columns.</summary>
    public static string[] Row(string number, string name = "UPPKA Melati", string regency = "Kabupaten Muaro Jambi", string district = "Sekernan",
        string village = "Sengeti", string sector = "Makanan Olahan", string year = "2016", string members = "18", string stage = "Berkembang",
        string leader = "Siti Aminah", string leaderPhone = "0812-3456-7001", string whatsApp = "0812 3456 7002") =>
        [number, name, regency, district, village, sector, year, members, stage, leader, leaderPhone, whatsApp];

    /// <summary>Writes a CSV file as Excel would: quoting fields that need it, CRLF, with or without a byte order mark.</summary>
    public string Csv(IEnumerable<string[]> rows, char separator = ';', bool bom = true, string? name = null)
    {
        var text = new StringBuilder();
        foreach (var row in rows) text.Append(string.Join(separator, row.Select(c => Quote(c, separator)))).Append("\r\n");
        return Write(name ?? "registri.csv", (bom ? "\uFEFF"u8.ToArray() : []).Concat(Encoding.UTF8.GetBytes(text.ToString())).ToArray());
    }

    /// <summary>Writes an XLSX workbook (first sheet) with MiniExcel: a string value is a text cell, a number a number cell.</summary>
    public string Xlsx(IEnumerable<object?[]> rows, string? name = null)
    {
        var path = Path.Combine(_files.Path, $"{++_fileCount}-{name ?? "registri.xlsx"}");
        // Column letters as keys and no header of MiniExcel's own: the first row written is the sheet's row 1.
        var sheet = rows.Select(r => r.Select((value, i) => (Key: ((char)('A' + i)).ToString(), value)).ToDictionary(c => c.Key, c => c.value)).ToList();
        MiniExcel.SaveAs(path, sheet, printHeader: false);
        return path;
    }

    public string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_files.Path, $"{++_fileCount}-{name}");
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public async Task<ImportPreview> PreviewAsync(string path, Actor? actor = null)
    {
        await using var file = File.OpenRead(path);
        return await Import.PreviewAsync(actor ?? Staff, file, Ct);
    }

    public async Task<ImportResult> ImportAsync(string path, bool dryRun = false, Actor? actor = null)
    {
        await using var file = File.OpenRead(path);
        return await Import.ImportAsync(actor ?? Staff, file, dryRun, Ct);
    }

    /// <summary>The file-wide refusal of a file (a <see cref="ValidationException"/> on <c>file</c>).</summary>
    public async Task<string> RefusalAsync(string path)
    {
        var e = await Assert.ThrowsAsync<ValidationException>(() => PreviewAsync(path));
        return Assert.Single(e.Errors, kv => kv.Key == "file").Value;
    }

    public async Task<Group?> GroupAsync(string number)
    {
        await using var db = await Host.DbFactory.CreateDbContextAsync(Ct);
        return await db.Groups.AsNoTracking().Include(g => g.Regency).SingleOrDefaultAsync(g => g.RegistrationNumber == number, Ct);
    }

    public async Task<T> QueryAsync<T>(Func<UppkaCatalog.Core.Data.AppDbContext, Task<T>> query)
    {
        await using var db = await Host.DbFactory.CreateDbContextAsync(Ct);
        return await query(db);
    }

    private static string Quote(string cell, char separator) =>
        cell.IndexOfAny([separator, '"', '\r', '\n']) >= 0 ? "\"" + cell.Replace("\"", "\"\"") + "\"" : cell;
}
