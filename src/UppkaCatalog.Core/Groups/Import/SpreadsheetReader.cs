using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Unicode;
using CsvHelper;
using MiniExcelLibs;
using UppkaCatalog.Core.Common;

namespace UppkaCatalog.Core.Groups.Import;

/// <summary>What a file turned out to be, by its content (never by its name).</summary>
public enum SpreadsheetKind
{
    Csv,
    Xlsx,
}

/// <summary>One row of a sheet: its number as the spreadsheet shows it (the first row is 1) and its cells as text.</summary>
internal sealed record SheetRow(int Number, string[] Cells)
{
    public string Cell(int index) => index < Cells.Length ? Cells[index] : "";
}

/// <summary>
/// Reads the rows of a CSV or XLSX file as text, one at a time. The kind is found from the bytes: XLSX is a zip holding
/// <c>xl/workbook.xml</c>; CSV is UTF-8 text (with or without a byte order mark) whose separator — comma, semicolon or
/// tab — is the one of the header line. XLSX cells are read raw and written out the way they were typed: a number cell
/// holding a phone number or a registration number comes out as its digits (<c>81234567890</c>, never
/// <c>8.1234E+10</c>), a date cell as <c>yyyy-MM-dd</c>, a formula cell as the value Excel stored for it; every cell is
/// trimmed and its runs of white space (line breaks in a quoted CSV field too) become one space.
/// </summary>
internal static class SpreadsheetReader
{
    /// <summary>A file must be smaller than this (10 MB): larger ones are refused before a row is read.</summary>
    public const long MaxBytes = 10 * 1024 * 1024;

    /// <summary>Only the first rows are searched for the header row (title lines may stand above it).</summary>
    public const int HeaderSearchRows = 20;

    /// <summary>Copies the upload into memory, refusing it as soon as it reaches <see cref="MaxBytes"/>.</summary>
    public static async Task<byte[]> ReadAllAsync(Stream input, CancellationToken ct)
    {
        if (input.CanSeek && input.Length - input.Position >= MaxBytes) throw TooLarge();
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await input.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read >= MaxBytes) throw TooLarge();
            buffer.Write(chunk, 0, read);
        }

        if (buffer.Length == 0) throw Refused(ImportMessages.FileEmpty);
        return buffer.ToArray();
    }

    public static SpreadsheetKind Detect(byte[] bytes)
    {
        var head = bytes.AsSpan(0, Math.Min(bytes.Length, 8192));
        if (head.StartsWith("PK\u0003\u0004"u8)) return IsWorkbook(bytes) ? SpreadsheetKind.Xlsx : throw Refused(ImportMessages.NotASpreadsheet);
        if (head.StartsWith(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 })) throw Refused(ImportMessages.OldExcel);
        // Text has no NUL bytes (UTF-16 "Unicode text" has one in every other byte: not what Excel's CSV UTF-8 writes).
        if (head.Contains((byte)0) || head.StartsWith("%PDF"u8)) throw Refused(ImportMessages.NotASpreadsheet);
        if (!Utf8.IsValid(bytes)) throw Refused(ImportMessages.NotUtf8);
        return SpreadsheetKind.Csv;
    }

    /// <summary>The rows of the file, blank ones included (they keep the numbering right).</summary>
    public static IEnumerable<SheetRow> Rows(byte[] bytes, SpreadsheetKind kind) => kind == SpreadsheetKind.Xlsx ? XlsxRows(bytes) : CsvRows(bytes);

    public static ValidationException TooLarge() => Refused(ImportMessages.FileTooLarge(MaxBytes / (1024 * 1024)));

    public static ValidationException Refused(string message) => new("file", message);

    private static bool IsWorkbook(byte[] bytes)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            return zip.GetEntry("xl/workbook.xml") is not null;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    private static IEnumerable<SheetRow> XlsxRows(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        IEnumerator<dynamic> rows;
        try
        {
            // The first sheet, column letters as keys; every cell as Excel stored it.
            rows = stream.Query(useHeaderRow: false).GetEnumerator();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw Refused(ImportMessages.XlsxUnreadable);
        }

        using (rows)
        {
            var number = 0;
            while (true)
            {
                IDictionary<string, object?> row;
                try
                {
                    if (!rows.MoveNext()) yield break;
                    row = (IDictionary<string, object?>)rows.Current;
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    throw Refused(ImportMessages.XlsxUnreadable);
                }

                number++;
                var cells = new string[row.Count];
                var i = 0;
                foreach (var value in row.Values) cells[i++] = Clean(Text(value));
                yield return new SheetRow(number, cells);
            }
        }
    }

    private static IEnumerable<SheetRow> CsvRows(byte[] bytes)
    {
        var start = bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
        var (separator, hintLength) = Separator(Encoding.UTF8.GetString(bytes, start, Math.Min(bytes.Length - start, 65536)));
        var unterminated = false;
        var options = CsvReaderOptions.Default with
        {
            Separator = separator,
            HasHeader = false,
            // Excel shows an empty line as an empty row: keeping them keeps row numbers as staff see them.
            SkipEmptyLines = false,
            DetectSeparatorHint = false,
            TrimWhitespace = true,
            IncludeValuesInExceptions = false,
            // A stray quote inside a field is kept as text (the default recovery); a quote never closed would swallow
            // every row after it into one cell, so it refuses the file instead.
            OnMalformedRecord = m => unterminated |= m.Reason == CsvMalformedReason.UnterminatedQuote,
        };
        using var reader = CsvReader.Create(bytes.AsMemory(start + hintLength), options);
        while (true)
        {
            try
            {
                if (!reader.Read()) yield break;
            }
            catch (CsvFormatException)
            {
                throw Refused(ImportMessages.CsvMalformed((int)reader.RowNumber + 1));
            }

            if (unterminated) throw Refused(ImportMessages.CsvMalformed((int)reader.RowNumber));
            var cells = new string[reader.FieldCount];
            for (var i = 0; i < cells.Length; i++) cells[i] = Clean(reader.GetString(i));
            yield return new SheetRow((int)reader.RowNumber, cells);
        }
    }

    /// <summary>
    /// The separator of the header line: the first of the opening lines on which splitting by comma, semicolon or tab
    /// (whichever it has most of, outside quotes) gives at least two known headers; else the first line's most common one.
    /// An Excel <c>sep=;</c> first line names it outright and is not a row (Excel does not show it); its length is returned.
    /// </summary>
    private static (char Separator, int HintLength) Separator(string opening)
    {
        if (opening.StartsWith("sep=", StringComparison.OrdinalIgnoreCase) && opening.Length > 4 && opening[4] is ',' or ';' or '\t')
        {
            var end = opening.IndexOf('\n');
            return (opening[4], end < 0 ? opening.Length : Encoding.UTF8.GetByteCount(opening.AsSpan(0, end + 1)));
        }

        char? first = null;
        foreach (var line in opening.Split('\n').Take(HeaderSearchRows))
        {
            var separator = MostCommonSeparator(line);
            if (separator is null) continue;
            first ??= separator;
            if (line.Split(separator.Value).Count(h => RegistryColumns.Find(h.Trim().Trim('"')) is not null) >= 2) return (separator.Value, 0);
        }

        return (first ?? ',', 0);
    }

    private static char? MostCommonSeparator(string line)
    {
        int comma = 0, semicolon = 0, tab = 0;
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"') quoted = !quoted;
            else if (quoted) continue;
            else if (c == ',') comma++;
            else if (c == ';') semicolon++;
            else if (c == '\t') tab++;
        }

        if (comma + semicolon + tab == 0) return null;
        return semicolon > comma && semicolon >= tab ? ';' : tab > comma ? '\t' : ',';
    }

    /// <summary>An XLSX cell's value as the text that was typed into it.</summary>
    private static string Text(object? value) => value switch
    {
        null => "",
        string s => s,
        // Whole numbers as their digits: 81234567890, 15050012, 2016 (not 8.1234567890E+10, not 2016.0).
        double d when Math.Abs(d) < 1e17 && d == Math.Floor(d) => ((long)d).ToString(CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        decimal m => m.ToString(CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool b => b ? "TRUE" : "FALSE",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>
    /// Trimmed, control characters dropped, every run of white space (line breaks too) one space; and without the
    /// apostrophe that exports put before text a spreadsheet would run as a formula (<c>'=HYPERLINK(…)</c>), so an
    /// exported name comes back as it was stored.
    /// </summary>
    internal static string Clean(string text)
    {
        if (text.Length == 0) return text;
        if (text.Length > 1 && text[0] == '\'' && text[1] is '=' or '+' or '-' or '@') text = text[1..];
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c) || c == '\uFEFF')
            {
                space = sb.Length > 0;
                continue;
            }

            if (space) sb.Append(' ');
            space = false;
            sb.Append(c);
        }

        return sb.ToString();
    }
}
