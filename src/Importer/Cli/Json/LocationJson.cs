using BudgetGraph.Data.Values;

namespace BudgetGraph.Importer.Cli.Json;

/// <summary>A table row a finding points at: the table's label, the 1-based data row, the text line or PDF page, the column.</summary>
internal sealed record LocationJson(string Table, int Row, int? Line, string? Column, int? Page)
{
    public static LocationJson From(SourceLocation source) => new(source.Table, source.Row, source.Line, source.Column, source.Page);
}
