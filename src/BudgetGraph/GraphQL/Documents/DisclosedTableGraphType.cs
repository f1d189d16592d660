using BudgetGraph.Data.Entities;
using BudgetGraph.GraphQL.Common.Money;
using GraphQL.Types;

namespace BudgetGraph.GraphQL.Documents;

/// <summary>DisclosedTable: a table as published.</summary>
public sealed class DisclosedTableGraphType : ObjectGraphType<DisclosedTable>
{
    public DisclosedTableGraphType()
    {
        Name = "DisclosedTable";
        Description = "公开表格 — a table exactly as published, kept so every figure can be checked.";
        Field<StringGraphType>("number").Description("表号: number in the document's table list (\"01\" … \"12\").").Resolve(context => context.Source.Number);
        Field<NonNullGraphType<StringGraphType>>("title").Description("标题 as published.").Resolve(context => context.Source.Title);
        Field<AmountUnitGraphType>("unit").Description("单位 the table states (单位：万元).")
            .Resolve(context => context.Source.Unit is { } unit ? AmountConverter.FromTableUnit(unit) : null);
        Field<NonNullGraphType<BooleanGraphType>>("empty").Description("True when the document says the table has no data (故本表无数据); empty is not zero.")
            .Resolve(context => context.Source.IsEmpty);
        Field<StringGraphType>("note").Description("Notes printed under the table (注：…).").Resolve(context => context.Source.Note);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DisclosedRowGraphType>>>>("rows").Description("表格行: rows as published: the header rows, then the data rows.")
            .Resolve(context => context.Source.Rows);
    }
}
