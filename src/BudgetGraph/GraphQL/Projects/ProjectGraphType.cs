using BudgetGraph.Data.Entities;
using BudgetGraph.GraphQL.Common.Money;
using BudgetGraph.GraphQL.Documents;
using GraphQL.Types;

namespace BudgetGraph.GraphQL.Projects;

/// <summary>Project: a budget project with its performance targets.</summary>
public sealed class ProjectGraphType : ObjectGraphType<Project>
{
    public ProjectGraphType()
    {
        Name = "Project";
        Description = "项目 — a budget project (项目支出) with its performance targets (绩效目标).";
        Field<StringGraphType>("code").Description("项目编码 as published, e.g. 410702260000000021203.").Resolve(context => context.Source.Code);
        Field<NonNullGraphType<StringGraphType>>("name").Description("项目名称 as published.").Resolve(context => context.Source.Name);
        Field<StringGraphType>("kind").Description("项目类型 as published, e.g. 其他运转类, 特定目标类.").Resolve(context => context.Source.Kind);
        Field<NonNullGraphType<IntGraphType>>("year").Description("预算年度: fiscal year.").Resolve(context => context.Source.Year);
        this.AmountField("amount", "项目金额 (project amount).", project => project.Amount);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PerformanceIndicatorGraphType>>>>("indicators")
            .Description("绩效指标: cost, output, benefit and satisfaction targets.")
            .Resolve(context => context.Source.Indicators);
        Field<NonNullGraphType<SourceRefGraphType>>("source").Description("出处: where the project is listed.")
            .Resolve(context => new SourceRef(context.Source.DocumentId, context.Source.Source));
    }
}
