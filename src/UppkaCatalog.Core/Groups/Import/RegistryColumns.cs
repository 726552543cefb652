namespace UppkaCatalog.Core.Groups.Import;

/// <summary>A field of the registry record as a spreadsheet column carries it.</summary>
public enum RegistryField
{
    RegistrationNumber,
    Name,
    Regency,
    District,
    Village,
    Sector,
    FoundingYear,
    MemberCount,
    Stage,
    LeaderName,
    LeaderPhone,
    PublicWhatsApp,
}

/// <summary>
/// One column of the registry spreadsheet: the template's Indonesian header, the field's API name (also what the audit
/// log lists), whether a file must have it, how long its text may be, and other headers staff use for it (English ones
/// included).
/// </summary>
public sealed record RegistryColumn(RegistryField Field, string Header, string ApiName, bool Required, int MaxLength, string[] Aliases);

/// <summary>
/// The registry spreadsheet's columns, in the template's order (also the export's), and the loose header matching a
/// file kept by hand needs: <c>Nomor Register</c>, <c>nomor_register</c>, <c>NOMOR REGISTER</c> and
/// <c>Registration number</c> all name <see cref="RegistryField.RegistrationNumber"/>; case, spaces and punctuation do
/// not count (<see cref="RegistryNames.Loose"/>).
/// </summary>
public static class RegistryColumns
{
    public static IReadOnlyList<RegistryColumn> All { get; } =
    [
        new(RegistryField.RegistrationNumber, "Nomor Register", "registrationNumber", true, RegistrationNumbers.MaxLength,
            ["No Register", "No. Register", "Nomor Registrasi", "No Registrasi", "No. Reg", "Nomor Reg", "Registration Number", "Registration No", "Register Number", "Reg No"]),
        new(RegistryField.Name, "Nama Kelompok", "name", true, 120, ["Nama UPPKA", "Nama Kelompok UPPKA", "Kelompok", "Group Name", "Group", "Name"]),
        new(RegistryField.Regency, "Kabupaten/Kota", "regency", true, 100,
            ["Kabupaten", "Kota", "Kab/Kota", "Kab. / Kota", "Kode Kabupaten", "Kode Kab/Kota", "Kode BPS", "Regency", "Regency/City", "City", "Regency Code"]),
        new(RegistryField.District, "Kecamatan", "district", true, 100, ["Kec", "District", "Subdistrict", "Sub-district"]),
        new(RegistryField.Village, "Desa/Kelurahan", "village", true, 100, ["Desa", "Kelurahan", "Desa/Kel", "Village"]),
        new(RegistryField.Sector, "Bidang Usaha", "sector", true, 100, ["Sektor", "Sektor Usaha", "Jenis Usaha", "Sector", "Business Sector"]),
        new(RegistryField.FoundingYear, "Tahun Berdiri", "foundingYear", false, 20, ["Tahun", "Tahun Pembentukan", "Founding Year", "Year Founded", "Founded"]),
        new(RegistryField.MemberCount, "Jumlah Anggota", "memberCount", false, 20, ["Anggota", "Jml Anggota", "Members", "Member Count", "Number of Members"]),
        new(RegistryField.Stage, "Tahap", "stage", false, 40, ["Tahapan", "Klasifikasi", "Stage"]),
        new(RegistryField.LeaderName, "Nama Ketua", "leaderName", false, 120, ["Ketua", "Ketua Kelompok", "Leader", "Leader Name", "Chairperson"]),
        new(RegistryField.LeaderPhone, "Telepon Ketua", "leaderPhone", false, 40,
            ["HP Ketua", "No HP Ketua", "Nomor HP Ketua", "Telp Ketua", "No Telp Ketua", "Telepon", "Leader Phone", "Leader's Phone", "Phone"]),
        new(RegistryField.PublicWhatsApp, "WhatsApp Kelompok", "publicWhatsApp", false, 40, ["WhatsApp", "WA", "No WA", "Nomor WhatsApp", "WA Kelompok", "Group WhatsApp", "WhatsApp Number"]),
    ];

    private static readonly Dictionary<string, RegistryField> ByKey = Keys();

    public static RegistryColumn Of(RegistryField field) => All[(int)field];

    /// <summary>The field a header names, or null for a column the registry does not know.</summary>
    public static RegistryField? Find(string? header) =>
        ByKey.TryGetValue(RegistryNames.Loose(header), out var field) ? field : null;

    /// <summary>The template's headers, comma-separated (for a message that names them).</summary>
    public static string HeaderList(IEnumerable<RegistryColumn>? columns = null) => string.Join(", ", (columns ?? All).Select(c => c.Header));

    private static Dictionary<string, RegistryField> Keys()
    {
        var keys = new Dictionary<string, RegistryField>(StringComparer.Ordinal);
        foreach (var column in All)
        {
            foreach (var name in column.Aliases.Prepend(column.Header).Append(column.ApiName))
            {
                // Two columns claiming one spelling would make a file's meaning depend on this table's order.
                if (!keys.TryAdd(RegistryNames.Loose(name), column.Field) && keys[RegistryNames.Loose(name)] != column.Field)
                {
                    throw new InvalidOperationException($"Header alias '{name}' names two registry columns.");
                }
            }
        }

        return keys;
    }
}
