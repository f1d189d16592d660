namespace BudgetGraph.Ingest.Parsing.Layout;

/// <summary>
/// A table row rebuilt from one or more physical lines. Classified rows carry their classification code parts
/// (类 "201", 款 "05", 项 "07", as printed or split from a glued "2010507"), their name and their amounts; other rows
/// (two-sided overviews, the 三公 table) keep their words left to right as <see cref="Cells"/>.
/// </summary>
public sealed record LayoutRow(int Page, int Line, IReadOnlyList<string> Codes, string? Name, IReadOnlyList<LayoutWord> Amounts, IReadOnlyList<string> Cells, string Raw)
{
    /// <summary>The full code (3, 5 or 7 digits), null when the row has none.</summary>
    public string? Code => Codes.Count == 0 ? null : string.Concat(Codes);

    /// <summary>The table's total row: no code, labelled with a total word of the table's <see cref="TableWords"/>.</summary>
    public bool IsTotal { get; init; }

    /// <summary>
    /// The code of the budget unit the row names ("028 新乡市…局", "028001 …"), when the row is a unit's row rather
    /// than a classification's; null otherwise. The rows below it, up to the next unit row, are that unit's.
    /// </summary>
    public string? Unit { get; init; }

    /// <summary>Where the row's first word starts (its label's indent, for tables that show the level by indenting names).</summary>
    public double Indent { get; init; }
}
