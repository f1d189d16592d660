using System.Text.Json;
using BudgetGraph.Data.Entities;
using GraphQL.Types;

namespace BudgetGraph.GraphQL.Documents;

/// <summary>DisclosedRow: one row's cells as published.</summary>
public sealed class DisclosedRowGraphType : ObjectGraphType<DisclosedRow>
{
    public DisclosedRowGraphType()
    {
        Name = "DisclosedRow";
        Description = "表格行 — a row of a disclosed table; cells as published, null for an empty cell.";
        Field<NonNullGraphType<IntGraphType>>("row").Description("行号: 1-based data row number, as citations (SourceRef.row) name it; for header rows the position within the header.").Resolve(context => context.Source.Row);
        Field<NonNullGraphType<BooleanGraphType>>("header").Description("表头行: true for a row of the table's leading header (column titles).").Resolve(context => context.Source.IsHeader);
        Field<IntGraphType>("line").Description("文本行号: line in the text file.").Resolve(context => context.Source.Line);
        Field<NonNullGraphType<ListGraphType<StringGraphType>>>("cells").Description("单元格: cells as published; null = empty cell.")
            .Resolve(context => JsonSerializer.Deserialize<List<string?>>(context.Source.CellsJson) ?? []);
    }
}
