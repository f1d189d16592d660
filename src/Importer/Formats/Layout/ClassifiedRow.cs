using BudgetGraph.Importer.Parsing.Layout;

namespace BudgetGraph.Importer.Formats.Layout;

/// <summary>
/// A row of a classified table: its 1-based data row number (as citations name it), its code (3, 5 or 7 digits; null
/// for the total row), its name as published and its amounts per column in stored units and as printed (null = empty cell).
/// </summary>
public sealed record ClassifiedRow(int Number, LayoutRow Row, string? Code, string? Name, IReadOnlyList<long?> Amounts, IReadOnlyList<string?> Printed)
{
    /// <summary>The code as printed when it was misprinted and <see cref="Code"/> is what the hierarchy implies ("7 11 02").</summary>
    public string? MisprintedCode { get; init; }

    public bool IsTotal => Code is null;

    public long Amount(int column) => Amounts[column] ?? 0;
}
