using System.Globalization;
using System.Resources;

namespace UppkaCatalog.Core.Groups.Import;

/// <summary>
/// What the registry import tells staff about a file or a cell: <c>Resources/ImportMessages.resx</c> (Bahasa Indonesia,
/// neutral) and <c>ImportMessages.en.resx</c> (English), one key per member, of the same name. Each text is read when the
/// message is made, in <see cref="CultureInfo.CurrentUICulture"/> (the request's or circuit's language), and its values are
/// formatted in <see cref="CultureInfo.CurrentCulture"/> (<c>100.000</c> in Indonesian, <c>100,000</c> in English).
/// </summary>
public static class ImportMessages
{
    private static readonly ResourceManager Texts = new("UppkaCatalog.Core.Resources.ImportMessages", typeof(ImportMessages).Assembly);

    public static string FileEmpty => Text(nameof(FileEmpty));

    public static string FileTooLarge(long maxMegabytes) => Format(nameof(FileTooLarge), maxMegabytes);

    public static string TooManyRows(int limit) => Format(nameof(TooManyRows), limit);

    public static string NotASpreadsheet => Text(nameof(NotASpreadsheet));

    public static string OldExcel => Text(nameof(OldExcel));

    public static string NotUtf8 => Text(nameof(NotUtf8));

    public static string XlsxUnreadable => Text(nameof(XlsxUnreadable));

    public static string CsvMalformed(int row) => Format(nameof(CsvMalformed), row);

    public static string HeaderNotFound(string expectedHeaders) => Format(nameof(HeaderNotFound), expectedHeaders);

    public static string RequiredColumnsMissing(string headers) => Format(nameof(RequiredColumnsMissing), headers);

    public static string NoRows => Text(nameof(NoRows));

    public static string Required => Text(nameof(Required));

    public static string TooLong(int max) => Format(nameof(TooLong), max);

    public static string UnknownRegency(string value) => Format(nameof(UnknownRegency), value);

    public static string UnknownSector(string value) => Format(nameof(UnknownSector), value, RegistryNames.SectorList());

    public static string UnknownStage(string value) => Format(nameof(UnknownStage), value, RegistryNames.StageList());

    public static string DuplicateNumber(string number, IEnumerable<int> rows) =>
        Format(nameof(DuplicateNumber), number, string.Join(", ", rows.Select(r => r.ToString("N0", CultureInfo.CurrentCulture))));

    public static string PhoneInvalid(string value) => Format(nameof(PhoneInvalid), value);

    public static string ExcelNumberLostDigits(string value) => Format(nameof(ExcelNumberLostDigits), value);

    public static string YearNotANumber(string value) => Format(nameof(YearNotANumber), value);

    // A year is written as it is, never "2.016".
    public static string YearInFuture(int year) => Format(nameof(YearInFuture), year.ToString(CultureInfo.InvariantCulture));

    public static string YearTooEarly(int year, int earliest) =>
        Format(nameof(YearTooEarly), year.ToString(CultureInfo.InvariantCulture), earliest.ToString(CultureInfo.InvariantCulture));

    public static string MemberCountNotPositive(string value) => Format(nameof(MemberCountNotPositive), value);

    public static string MemberCountImplausible(int count, int max) => Format(nameof(MemberCountImplausible), count, max);

    private static string Text(string key) =>
        Texts.GetString(key, CultureInfo.CurrentUICulture) ?? throw new MissingManifestResourceException($"No import message '{key}'.");

    private static string Format(string key, params ReadOnlySpan<object?> values) =>
        string.Format(CultureInfo.CurrentCulture, Text(key), values);
}
