using BudgetGraph.Data.Entities;
using BudgetGraph.GraphQL.Documents;
using GraphQL.Types;

namespace BudgetGraph.GraphQL.Projects;

/// <summary>PerformanceIndicator: one performance target.</summary>
public sealed class PerformanceIndicatorGraphType : ObjectGraphType<PerformanceIndicator>
{
    public PerformanceIndicatorGraphType()
    {
        Name = "PerformanceIndicator";
        Description = "绩效指标 — a performance target; the value as published, parsed into operator, number and measure where possible.";
        Field<StringGraphType>("level1").Description("一级指标, e.g. 产出指标.").Resolve(context => context.Source.Level1);
        Field<StringGraphType>("level2").Description("二级指标, e.g. 数量指标.").Resolve(context => context.Source.Level2);
        Field<NonNullGraphType<StringGraphType>>("name").Description("三级指标 (the indicator), e.g. 工作人员.").Resolve(context => context.Source.Name);
        Field<NonNullGraphType<StringGraphType>>("value").Description("指标值 as published, e.g. 15人, ≥90%.").Resolve(context => context.Source.Value);
        Field<StringGraphType>("operator").Description("比较符: comparison parsed from the value (≥, ≤, =, …).").Resolve(context => context.Source.Operator);
        Field<FloatGraphType>("number").Description("数值: number parsed from the value.").Resolve(context => context.Source.Number);
        Field<StringGraphType>("measure").Description("度量单位 parsed from the value (人, %, 日).").Resolve(context => context.Source.Measure);
        Field<NonNullGraphType<SourceRefGraphType>>("source").Description("出处: where the indicator is listed.")
            .Resolve(context => new SourceRef(context.Source.DocumentId, context.Source.Source));
    }
}
