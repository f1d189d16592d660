using BudgetGraph.Ingest.Parsing;

namespace BudgetGraph.Ingest.Formats.Henan;

/// <summary>A row of a functional expenditure table (03/05): a 项 row, a department row or the total row.</summary>
internal sealed record FunctionalRow(TextRow Row, FunctionalRowKind Kind, string? Code, string? Name, IReadOnlyDictionary<int, long?> Amounts)
{
    public long Amount(int column) => Amounts.TryGetValue(column, out var value) ? value ?? 0 : 0;
}
