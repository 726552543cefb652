using System.Net.Http.Headers;
using System.Text;
using UppkaCatalog.Tests.Shared;

namespace UppkaCatalog.Web.Tests.Support;

/// <summary>
/// The registry tests' own demo app: they import hundreds of groups and rename one to a formula, which the page tests in
/// the shared app must not see. The API, export and import page tests run one after another in it.
/// </summary>
[CollectionDefinition(Name)]
public sealed class RegistryAppCollection : ICollectionFixture<AppFactory>
{
    public const string Name = "registry app";
}

/// <summary>Registry files as staff send them, and the upload as a client sends it.</summary>
public static class RegistryFiles
{
    public static readonly string[] Header =
        ["Nomor Register", "Nama Kelompok", "Kabupaten/Kota", "Kecamatan", "Desa/Kelurahan", "Bidang Usaha", "Tahun Berdiri",
         "Jumlah Anggota", "Tahap", "Nama Ketua", "Telepon Ketua", "WhatsApp Kelompok"];

    public static string DemoFile => Path.Combine(RepoPaths.DemoPhotos, "registri-uppka-jambi.csv");

    public static string Number() => "WEB/" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();

    public static string[] Row(string number, string name = "UPPKA Melati Uji", string regency = "Kabupaten Muaro Jambi") =>
        [number, name, regency, "Sekernan", "Sengeti", "Makanan Olahan", "2016", "18", "Berkembang", "Siti Aminah", "0812-3456-7001", ""];

    /// <summary>A semicolon CSV with a byte order mark, as Indonesian Excel saves one.</summary>
    public static byte[] Csv(params string[][] rows) =>
        Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(string.Concat(rows.Select(r => string.Join(';', r) + "\r\n")))).ToArray();

    public static MultipartFormDataContent Form(byte[] file, string fileName = "registri.csv", string contentType = "text/csv")
    {
        var form = new MultipartFormDataContent();
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(content, "file", fileName);
        return form;
    }
}
