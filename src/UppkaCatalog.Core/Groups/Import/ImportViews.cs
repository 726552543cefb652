namespace UppkaCatalog.Core.Groups.Import;

/// <summary>What a row of an import does to the registry.</summary>
public enum ImportOutcome
{
    /// <summary>A registration number the registry does not have yet: a new group.</summary>
    New,

    /// <summary>A group the registry has, with some of the file's fields different: they are updated.</summary>
    Changed,

    /// <summary>A group the registry has, exactly as the file says.</summary>
    Unchanged,

    /// <summary>A row with a mistake: nothing of it is written.</summary>
    Refused,
}

/// <summary>A refusal: the row as the spreadsheet numbers it, the column's header as the file wrote it, and why.</summary>
public sealed record ImportError(int Row, string Column, string Message);

/// <summary>One data row of the file and what importing it does (or would do).</summary>
public sealed class ImportRow
{
    internal ImportRow(int number, string registrationNumber, string name, IReadOnlyList<ImportError> errors, RegistryRecord? record)
    {
        Number = number;
        RegistrationNumber = registrationNumber;
        Name = name;
        Errors = errors;
        Record = record;
        Outcome = record is null ? ImportOutcome.Refused : ImportOutcome.New;
    }

    /// <summary>The row's number as the spreadsheet shows it.</summary>
    public int Number { get; }

    /// <summary>As the registry keeps it (normalised), or as typed when the row was refused.</summary>
    public string RegistrationNumber { get; }

    public string Name { get; }

    public ImportOutcome Outcome { get; internal set; }

    /// <summary>For <see cref="ImportOutcome.Changed"/>: the fields that differ, in the template's order.</summary>
    public IReadOnlyList<RegistryField> ChangedFields { get; internal set; } = [];

    public IReadOnlyList<ImportError> Errors { get; internal set; }

    /// <summary>The row's values, ready to write; null when refused.</summary>
    internal RegistryRecord? Record { get; }
}

/// <summary>
/// A file read and checked against the registry, before anything is written: every data row with its outcome, the
/// columns the file has (with the headers it wrote) and those it has that the registry does not know (ignored).
/// </summary>
public sealed class ImportPreview
{
    internal ImportPreview(SpreadsheetKind kind, IReadOnlyDictionary<RegistryField, string> headers, IReadOnlyList<string> unknownColumns, IReadOnlyList<ImportRow> rows)
    {
        Kind = kind;
        Headers = headers;
        UnknownColumns = unknownColumns;
        Rows = rows;
    }

    public SpreadsheetKind Kind { get; }

    /// <summary>The file's header for each registry field it has; a field without a column is left as it is.</summary>
    public IReadOnlyDictionary<RegistryField, string> Headers { get; }

    /// <summary>Headers the registry does not know, as written: those columns are ignored.</summary>
    public IReadOnlyList<string> UnknownColumns { get; }

    public IReadOnlyList<ImportRow> Rows { get; }

    public int Count(ImportOutcome outcome) => Rows.Count(r => r.Outcome == outcome);

    /// <summary>Rows that would create or change a group.</summary>
    public int ToWrite => Rows.Count(r => r.Outcome is ImportOutcome.New or ImportOutcome.Changed);

    /// <summary>The header the file used for <paramref name="field"/> (the template's when it has none).</summary>
    public string HeaderOf(RegistryField field) => Headers.TryGetValue(field, out var header) ? header : RegistryColumns.Of(field).Header;

    /// <summary>The figures the API answers (for a dry run: what importing would do).</summary>
    public ImportResult Summary() => new(Rows.Count, Count(ImportOutcome.New), Count(ImportOutcome.Changed), Count(ImportOutcome.Unchanged),
        Count(ImportOutcome.Refused), Rows.SelectMany(r => r.Errors).ToList());
}

/// <summary>What an import did (or, for a dry run, would do): rows read, groups created and updated, rows unchanged and refused.</summary>
public sealed record ImportResult(int Rows, int Created, int Updated, int Unchanged, int Refused, IReadOnlyList<ImportError> Errors);
