using BudgetGraph.Ingest.Parsing.Layout;

namespace BudgetGraph.Ingest.Formats.Layout;

/// <summary>
/// A row of a classified table: its 1-based data row number (as citations name it), its code (3, 5 or 7 digits; null
/// for the total row), its name as published and its amounts per column in stored units and as printed (null = empty cell).
/// </summary>
public sealed record ClassifiedRow(int Number, LayoutRow Row, string? Code, string? Name, IReadOnlyList<long?> Amounts, IReadOnlyList<string?> Printed)
{
    private readonly string? _key;
    private readonly string? _lineCode;

    /// <summary>The code as printed when it was misprinted and <see cref="Code"/> is what the hierarchy implies ("7 11 02").</summary>
    public string? MisprintedCode { get; init; }

    /// <summary>
    /// Where the row sits in the hierarchy, as a code's length and prefix: its code, or, for a row printed without a
    /// code whose name no reference list knows (<see cref="CodeUnknown"/>), its parent's key and "~" and a letter
    /// ("214~A": an unknown 款 under 214), so the subtotal checks still see its level and parent. Null for the total row.
    /// </summary>
    public string? Key
    {
        get => _key ?? Code;
        init => _key = value;
    }

    /// <summary>The code the row's amounts count under in the lines: its own, or its nearest known parent's when its name is unknown.</summary>
    public string? LineCode
    {
        get => _lineCode ?? Code;
        init => _lineCode = value;
    }

    /// <summary>The code was not printed: it comes from the row's name under its parent (<see cref="NameCodes"/>).</summary>
    public bool CodeFromName { get; init; }

    /// <summary>
    /// The printed code of the budget unit whose rows this row is among (the unit row above it: a row starting with a code
    /// of a unit the document lists);
    /// null where the table lists no units, or above its first unit row.
    /// </summary>
    public string? UnitCode { get; init; }

    /// <summary>The second code the row prints after its name (<see cref="TableSpec.SecondCode"/>: "50905"), null where none.</summary>
    public string? SecondCode { get; init; }

    /// <summary>The name printed after <see cref="SecondCode"/> ("离退休费").</summary>
    public string? SecondName { get; init; }

    /// <summary>The row names a budget unit (its code is <see cref="UnitCode"/>): neither a classification's row nor the total.</summary>
    public bool IsUnitRow { get; init; }

    public bool IsTotal => Key is null && !IsUnitRow;

    /// <summary>Printed without a code, its name found in no reference list: placed by its indent, with a WARNING.</summary>
    public bool CodeUnknown => Code is null && Key is not null;

    public long Amount(int column) => Amounts[column] ?? 0;
}
