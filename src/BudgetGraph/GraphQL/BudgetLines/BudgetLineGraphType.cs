using System.Globalization;
using BudgetGraph.Data.Entities;
using BudgetGraph.Data.Values;
using BudgetGraph.GraphQL.Classification;
using BudgetGraph.GraphQL.Common.Enums;
using BudgetGraph.GraphQL.Common.Money;
using BudgetGraph.GraphQL.Departments;
using BudgetGraph.GraphQL.Documents;
using GraphQL;
using GraphQL.Types;

namespace BudgetGraph.GraphQL.BudgetLines;

/// <summary>BudgetLine: one published fact.</summary>
public sealed class BudgetLineGraphType : ObjectGraphType<BudgetLine>
{
    public BudgetLineGraphType(DepartmentByIdLoader departments, NodeByKeyLoader nodes)
    {
        Name = "BudgetLine";
        Description = "预算明细 — one published fact: an amount with its classification and the cell it was read from.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("明细标识: line id.").Resolve(context => context.Source.Id.ToString(CultureInfo.InvariantCulture));
        Field<NonNullGraphType<IntGraphType>>("year").Description("预算年度: fiscal year.").Resolve(context => context.Source.Year);
        Field<NonNullGraphType<BudgetStageGraphType>>("stage").Description("预算 or 决算.").Resolve(context => context.Source.Stage);
        Field<NonNullGraphType<LineKindGraphType>>("kind").Description("明细口径: which view the line belongs to.").Resolve(context => context.Source.Kind);
        Field<NonNullGraphType<DepartmentGraphType>>("department").Description("部门或单位: the department or unit the row belongs to.")
            .Resolve(context => departments.Load(context, context.Source.DepartmentId));
        Field<ClassificationNodeGraphType>("functional").Description("支出功能分类 项.")
            .Resolve(context => Node(context, nodes, ClassificationScheme.Functional, context.Source.FunctionalCode));
        Field<ClassificationNodeGraphType>("economicDepartment").Description("部门预算支出经济分类 code.")
            .Resolve(context => Node(context, nodes, ClassificationScheme.EconomicDepartment, context.Source.EconomicDepartmentCode));
        Field<ClassificationNodeGraphType>("economicGovernment").Description("政府预算支出经济分类 code.")
            .Resolve(context => Node(context, nodes, ClassificationScheme.EconomicGovernment, context.Source.EconomicGovernmentCode));
        Field<ExpenditureTypeGraphType>("expenditureType").Description("基本支出 (人员经费, 公用经费) or 项目支出.").Resolve(context => context.Source.ExpenditureType);
        Field<FundingSourceGraphType>("fundingSource").Description("收入来源 of an income line.").Resolve(context => context.Source.FundingSource);
        Field<StringGraphType>("marker").Description("Special economic rows: PROJECT (项目支出 as one row), UNALLOCATED (a gap explained by a finding) or OTHER_FUNDS (basic spending funded outside the general public budget, which the economic table does not split).")
            .Resolve(context => context.Source.Marker);
        this.AmountField("amount", "金额 (amount).", line => line.Amount);
        Field<NonNullGraphType<SourceRefGraphType>>("source").Description("出处: the document, table, row and cell it was read from.")
            .Resolve(context => new SourceRef(context.Source.DocumentId, context.Source.Source));
    }

    private static object? Node(IResolveFieldContext<BudgetLine> context, NodeByKeyLoader nodes, ClassificationScheme scheme, string? code) =>
        code is null ? null : nodes.Load(context, new NodeKey(scheme, context.Source.Year, code));
}
