using System.Globalization;
using System.Text.RegularExpressions;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Regions;

namespace UppkaCatalog.Core.Groups.Import;

/// <summary>A row's registry values, checked and in the form the registry stores them (phones in E.164).</summary>
internal sealed record RegistryRecord(
    string RegistrationNumber,
    string Name,
    int RegencyId,
    string District,
    string Village,
    BusinessSector Sector,
    int? FoundingYear,
    int MemberCount,
    GroupStage? Stage,
    string? LeaderName,
    string? LeaderPhone,
    string? PublicWhatsApp)
{
    // Each field's value (to compare) and how it is written onto a group, in one table.
    private static readonly Dictionary<RegistryField, (Func<RegistryRecord, object?> Value, Action<Group, RegistryRecord> Write)> Fields = new()
    {
        [RegistryField.RegistrationNumber] = (r => r.RegistrationNumber, (g, r) => g.RegistrationNumber = r.RegistrationNumber),
        [RegistryField.Name] = (r => r.Name, (g, r) => g.Name = r.Name),
        [RegistryField.Regency] = (r => r.RegencyId, (g, r) => g.RegencyId = r.RegencyId),
        [RegistryField.District] = (r => r.District, (g, r) => g.District = r.District),
        [RegistryField.Village] = (r => r.Village, (g, r) => g.Village = r.Village),
        [RegistryField.Sector] = (r => r.Sector, (g, r) => g.Sector = r.Sector),
        [RegistryField.FoundingYear] = (r => r.FoundingYear, (g, r) => g.FoundingYear = r.FoundingYear),
        [RegistryField.MemberCount] = (r => r.MemberCount, (g, r) => g.MemberCount = r.MemberCount),
        [RegistryField.Stage] = (r => r.Stage, (g, r) => g.Stage = r.Stage),
        [RegistryField.LeaderName] = (r => r.LeaderName, (g, r) => g.LeaderName = r.LeaderName),
        [RegistryField.LeaderPhone] = (r => r.LeaderPhone, (g, r) => g.LeaderPhone = r.LeaderPhone),
        [RegistryField.PublicWhatsApp] = (r => r.PublicWhatsApp, (g, r) => g.PublicWhatsApp = r.PublicWhatsApp),
    };

    public bool SameAs(RegistryRecord other, RegistryField field) => Equals(Fields[field].Value(this), Fields[field].Value(other));

    /// <summary>Writes <paramref name="field"/> of this record onto the group.</summary>
    public void Apply(Group g, RegistryField field) => Fields[field].Write(g, this);
}

/// <summary>
/// Turns a file's rows into checked registry records: finds the header row, maps its columns to registry fields, and
/// checks every data row, collecting each mistake with its row, the file's header and an explanation. Rows are read one
/// at a time and kept only as their checked values.
/// </summary>
internal sealed partial class RegistryRows(RegencyNames regencies, int thisYear)
{
    /// <summary>A file must have fewer data rows than this (100,000): the import stops reading at this row.</summary>
    public const int MaxRows = 100_000;

    /// <summary>The earliest founding year taken as plausible (as staff registration has it: BKKBN began in 1970).</summary>
    public const int EarliestYear = 1970;

    /// <summary>The largest member count taken as plausible (as staff registration has it).</summary>
    public const int MaxMembers = 10_000;

    public ImportPreview Read(byte[] bytes)
    {
        var kind = SpreadsheetReader.Detect(bytes);
        using var rows = SpreadsheetReader.Rows(bytes, kind).GetEnumerator();
        var (columns, headers, unknown) = FindHeader(rows);
        var read = new List<ImportRow>();
        while (rows.MoveNext())
        {
            var row = rows.Current;
            if (columns.All(c => row.Cell(c.Value).Length == 0)) continue;
            if (read.Count + 1 >= MaxRows) throw SpreadsheetReader.Refused(ImportMessages.TooManyRows(MaxRows));
            read.Add(Check(row, columns, headers));
        }

        if (read.Count == 0) throw SpreadsheetReader.Refused(ImportMessages.NoRows);
        RefuseDuplicates(read, headers);
        return new ImportPreview(kind, headers, unknown, read);
    }

    private static (Dictionary<RegistryField, int> Columns, Dictionary<RegistryField, string> Headers, List<string> Unknown) FindHeader(IEnumerator<SheetRow> rows)
    {
        for (var seen = 0; seen < SpreadsheetReader.HeaderSearchRows && rows.MoveNext(); seen++)
        {
            var cells = rows.Current.Cells;
            if (cells.Count(c => RegistryColumns.Find(c) is not null) < 2) continue;
            var columns = new Dictionary<RegistryField, int>();
            var headers = new Dictionary<RegistryField, string>();
            var unknown = new List<string>();
            for (var i = 0; i < cells.Length; i++)
            {
                if (cells[i].Length == 0) continue;
                // A second column for one field is ignored like an unknown one: the first says what the row means.
                if (RegistryColumns.Find(cells[i]) is { } field && columns.TryAdd(field, i)) headers[field] = cells[i];
                else unknown.Add(cells[i]);
            }

            var missing = RegistryColumns.All.Where(c => c.Required && !columns.ContainsKey(c.Field)).ToList();
            if (missing.Count > 0) throw SpreadsheetReader.Refused(ImportMessages.RequiredColumnsMissing(RegistryColumns.HeaderList(missing)));
            return (columns, headers, unknown);
        }

        throw SpreadsheetReader.Refused(ImportMessages.HeaderNotFound(RegistryColumns.HeaderList()));
    }

    private ImportRow Check(SheetRow row, Dictionary<RegistryField, int> columns, Dictionary<RegistryField, string> headers)
    {
        var errors = new List<ImportError>();
        string Cell(RegistryField field) => columns.TryGetValue(field, out var i) ? row.Cell(i) : "";

        // Null when the cell is refused (the refusal is added) or, for an optional field, empty.
        string? Text(RegistryField field)
        {
            var text = Cell(field);
            var column = RegistryColumns.Of(field);
            if (text.Length == 0)
            {
                if (column.Required) Refuse(field, ImportMessages.Required);
                return null;
            }

            if (text.Length > column.MaxLength)
            {
                Refuse(field, ImportMessages.TooLong(column.MaxLength));
                return null;
            }

            return text;
        }

        void Refuse(RegistryField field, string message) => errors.Add(new ImportError(row.Number, headers[field], message));

        var number = Text(RegistryField.RegistrationNumber) is { } typed ? RegistrationNumbers.Normalize(typed) : null;
        if (number is not null && ExcelScientific().IsMatch(number))
        {
            Refuse(RegistryField.RegistrationNumber, ImportMessages.ExcelNumberLostDigits(number));
            number = null;
        }

        var name = Text(RegistryField.Name);
        var regency = Text(RegistryField.Regency) is { } regencyText ? regencies.Find(regencyText) : null;
        if (regency is null && Cell(RegistryField.Regency) is { Length: > 0 and <= 100 } unknownRegency) Refuse(RegistryField.Regency, ImportMessages.UnknownRegency(unknownRegency));
        var district = Text(RegistryField.District);
        var village = Text(RegistryField.Village);
        var sectorText = Text(RegistryField.Sector);
        var sector = RegistryNames.FindSector(sectorText);
        if (sectorText is not null && sector is null) Refuse(RegistryField.Sector, ImportMessages.UnknownSector(sectorText));
        var year = Year(Text(RegistryField.FoundingYear), Refuse);
        var members = Members(Text(RegistryField.MemberCount), Refuse);
        var stageText = Text(RegistryField.Stage);
        var stage = RegistryNames.FindStage(stageText);
        if (stageText is not null && stage is null) Refuse(RegistryField.Stage, ImportMessages.UnknownStage(stageText));
        var leaderName = Text(RegistryField.LeaderName);
        var leaderPhone = Phone(RegistryField.LeaderPhone, Text(RegistryField.LeaderPhone), Refuse);
        var whatsApp = Phone(RegistryField.PublicWhatsApp, Text(RegistryField.PublicWhatsApp), Refuse);

        var shownNumber = number ?? Cell(RegistryField.RegistrationNumber);
        var shownName = name ?? Cell(RegistryField.Name);
        if (errors.Count > 0) return new ImportRow(row.Number, shownNumber, shownName, errors, null);
        var record = new RegistryRecord(number!, name!, regency!.Id, district!, village!, sector!.Value, year, members ?? 0, stage, leaderName, leaderPhone, whatsApp);
        return new ImportRow(row.Number, shownNumber, shownName, [], record);
    }

    private int? Year(string? text, Action<RegistryField, string> refuse)
    {
        if (text is null) return null;
        // A date cell comes out as yyyy-MM-dd: its year is what was meant.
        var digits = DateCell().IsMatch(text) ? text[..4] : text;
        if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            refuse(RegistryField.FoundingYear, ImportMessages.YearNotANumber(text));
            return null;
        }

        if (year > thisYear) refuse(RegistryField.FoundingYear, ImportMessages.YearInFuture(year));
        else if (year < EarliestYear) refuse(RegistryField.FoundingYear, ImportMessages.YearTooEarly(year, EarliestYear));
        return year;
    }

    private static int? Members(string? text, Action<RegistryField, string> refuse)
    {
        if (text is null) return null;
        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var count) || count <= 0)
        {
            refuse(RegistryField.MemberCount, ImportMessages.MemberCountNotPositive(text));
            return null;
        }

        if (count > MaxMembers) refuse(RegistryField.MemberCount, ImportMessages.MemberCountImplausible(count, MaxMembers));
        return count;
    }

    private static string? Phone(RegistryField field, string? text, Action<RegistryField, string> refuse)
    {
        if (text is null) return null;
        if (ExcelScientific().IsMatch(text))
        {
            refuse(field, ImportMessages.ExcelNumberLostDigits(text));
            return null;
        }

        // A number cell (or a CSV Excel saved from one) drops the leading zero: 81234567890 was 081234567890.
        var typed = text.All(char.IsAsciiDigit) && text.StartsWith('8') && text.Length is >= 9 and <= 12 ? "0" + text : text;
        if (PhoneNumber.TryNormalize(typed, out var e164)) return e164;
        refuse(field, ImportMessages.PhoneInvalid(text));
        return null;
    }

    /// <summary>Every row of a registration number that is in the file more than once is refused, each naming the others.</summary>
    private static void RefuseDuplicates(List<ImportRow> rows, Dictionary<RegistryField, string> headers)
    {
        foreach (var same in rows.Where(r => r.RegistrationNumber.Length > 0).GroupBy(r => r.RegistrationNumber).Where(g => g.Count() > 1))
        {
            var numbers = same.Select(r => r.Number).ToList();
            foreach (var row in same)
            {
                row.Outcome = ImportOutcome.Refused;
                row.Errors = [.. row.Errors, new ImportError(row.Number, headers[RegistryField.RegistrationNumber],
                    ImportMessages.DuplicateNumber(row.RegistrationNumber, numbers.Where(n => n != row.Number)))];
            }
        }
    }

    // 8.12346E+11 or 8,12346E+11: what Excel writes for a long number in a General cell; the digits are gone.
    [GeneratedRegex(@"^\d+([.,]\d+)?[eE]\+?\d+$")]
    private static partial Regex ExcelScientific();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex DateCell();
}
