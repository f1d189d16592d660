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
        Description = "A row of a disclosed table; cells as published, null for an empty cell.";
        Field<NonNullGraphType<IntGraphType>>("row").Description("1-based data row number, as citations (SourceRef.row) name it; for header rows the position within the header.").Resolve(context => context.Source.Row);
        Field<NonNullGraphType<BooleanGraphType>>("header").Description("True for a row of the table's leading header (column titles).").Resolve(context => context.Source.IsHeader);
        Field<IntGraphType>("line").Description("Line in the text file.").Resolve(context => context.Source.Line);
        Field<NonNullGraphType<ListGraphType<StringGraphType>>>("cells").Description("Cells as published; null = empty cell.")
            .Resolve(context => JsonSerializer.Deserialize<List<string?>>(context.Source.CellsJson) ?? []);
    }
}
