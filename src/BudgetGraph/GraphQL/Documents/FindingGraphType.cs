using BudgetGraph.Data.Entities;
using BudgetGraph.GraphQL.Common.Enums;
using BudgetGraph.GraphQL.Common.Money;
using GraphQL.Types;

namespace BudgetGraph.GraphQL.Documents;

/// <summary>Finding: a reconciliation result.</summary>
public sealed class FindingGraphType : ObjectGraphType<Finding>
{
    public FindingGraphType()
    {
        Name = "Finding";
        Description = "核对结果 — tables restate the same money; a finding says where they agree only within rounding, or disagree.";
        Field<NonNullGraphType<SeverityGraphType>>("severity").Description("级别: INFO within rounding, WARNING a real gap, ERROR an unusable table.").Resolve(context => context.Source.Severity);
        Field<NonNullGraphType<StringGraphType>>("code").Description("代码: stable machine code, e.g. ECONOMIC_SUMMARY_TOTAL_MISMATCH.").Resolve(context => context.Source.Code);
        Field<NonNullGraphType<StringGraphType>>("message").Description("说明: explanation.").Resolve(context => context.Source.Message);
        Field<StringGraphType>("table").Description("The table the finding is about, e.g. \"07 支出经济分类汇总表\".").Resolve(context => context.Source.Table);
        this.NullableAmountField("difference", "差额: stated minus computed, where that applies.", finding => finding.Difference);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SourceRefGraphType>>>>("locations")
            .Description("Every table and row involved, e.g. table 07's total and table 06's 福利费 rows.")
            .Resolve(context => context.Source.Locations.OrderBy(l => l.Id).Select(l => new SourceRef(context.Source.DocumentId, l.Source)).ToList());
    }
}
