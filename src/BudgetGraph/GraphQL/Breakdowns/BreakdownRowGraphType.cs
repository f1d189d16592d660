using BudgetGraph.GraphQL.Common.Money;
using BudgetGraph.GraphQL.Documents;
using GraphQL.Types;

namespace BudgetGraph.GraphQL.Breakdowns;

/// <summary>BreakdownRow.</summary>
public sealed class BreakdownRowGraphType : ObjectGraphType<BreakdownRow>
{
    public BreakdownRowGraphType()
    {
        Name = "BreakdownRow";
        Description = "分组合计 — one group of a breakdown.";
        Field<NonNullGraphType<StringGraphType>>("key").Description("分组键: a code (201, 2010301), a department id, or an enum value (BASIC_PERSONNEL); PROJECT/UNALLOCATED/OTHER_FUNDS for the special economic rows.")
            .Resolve(context => context.Source.Key);
        Field<NonNullGraphType<StringGraphType>>("label").Description("Name as published that year (一般公共服务支出, 人员经费, …).").Resolve(context => context.Source.Label);
        this.AmountField("amount", "合计 (sum of the group).", row => row.Amount);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SourceRefGraphType>>>>("sources").Description("出处: every published cell the amount adds up, to check it against the documents.")
            .Resolve(context => context.Source.Sources ?? throw new InvalidOperationException("breakdown rows were read without their sources"));
        Field<NonNullGraphType<FloatGraphType>>("share").Description("占比: fraction of the filtered total, 0..1.").Resolve(context => context.Source.Share);
    }
}
