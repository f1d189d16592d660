using BudgetGraph.Data.Entities;
using BudgetGraph.Data.Values;
using BudgetGraph.GraphQL.Common.DataLoading;
using BudgetGraph.GraphQL.Common.Enums;
using BudgetGraph.GraphQL.Common.Money;
using BudgetGraph.GraphQL.Documents;
using BudgetGraph.GraphQL.Projects;
using BudgetGraph.GraphQL.Regions;
using GraphQL;
using GraphQL.Types;

namespace BudgetGraph.GraphQL.Departments;

/// <summary>Department: a department (部门) or budget unit (单位).</summary>
public sealed class DepartmentGraphType : ObjectGraphType<Department>
{
    public DepartmentGraphType(
        RegionByCodeLoader regions, DepartmentByIdLoader departments, UnitsByParentLoader units, YearsByDepartmentLoader years,
        TotalByDepartmentLoader totals, DocumentsByDepartmentLoader documents, ProjectsByDepartmentLoader projects)
    {
        Name = "Department";
        Description = "部门或单位 — a department (部门) or one of its budget units (单位).";
        Field<NonNullGraphType<IdGraphType>>("id").Description("标识: stable natural id: region/scope/code, e.g. \"410702/DEPARTMENT/028\".").Resolve(context => context.Source.Id);
        Field<StringGraphType>("code").Description("部门代码/单位代码 as published (028, 028001), null when none is printed.").Resolve(context => context.Source.Code);
        Field<NonNullGraphType<StringGraphType>>("name").Description("名称 as published.").Resolve(context => context.Source.Name);
        Field<NonNullGraphType<ScopeGraphType>>("scope").Description("部门 or 单位.").Resolve(context => context.Source.Scope);
        Field<NonNullGraphType<RegionGraphType>>("region").Description("行政区划 the department belongs to.")
            .Resolve(context => regions.Load(context, context.Source.RegionCode));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DepartmentGraphType>>>>("units").Description("所属单位: the budget units of this department.")
            .Resolve(context => units.Load(context, context.Source.Id));
        Field<DepartmentGraphType>("parent").Description("上级部门: the department a unit belongs to; null for a department.")
            .Resolve(context => context.Source.ParentId is { } parent ? departments.Load(context, parent) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IntGraphType>>>>("years").Description("年度: fiscal years this department has documents for.")
            .Resolve(context => years.Load(context, context.Source.Id));
        Field<Common.Money.DecimalGraphType>("total")
            .Description("支出合计: total expenditure of this department's own document of that year and stage (a department's figures never add unit-scope documents); null when there is no such document.")
            .Argument<NonNullGraphType<IntGraphType>>("year", "预算年度: fiscal year.")
            .Argument<BudgetStageGraphType>("stage", "预算 or 决算.", argument => argument.DefaultValue = BudgetStage.Budget)
            .UnitArgument()
            .Resolve(context =>
            {
                var key = new DepartmentYear(context.Source.Id, context.GetArgument<int>("year"), context.GetArgument("stage", BudgetStage.Budget));
                var unit = context.Unit();
                return totals.Load(context, key).Then(total => AmountConverter.Convert(total?.Amount, unit));
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SourceRefGraphType>>>>("totalSources")
            .Description("合计出处: the published cells (document, table, row, column) that total adds up, in document order; empty when there is no such document.")
            .Argument<NonNullGraphType<IntGraphType>>("year", "预算年度: fiscal year.")
            .Argument<BudgetStageGraphType>("stage", "预算 or 决算.", argument => argument.DefaultValue = BudgetStage.Budget)
            .Resolve(context =>
            {
                var key = new DepartmentYear(context.Source.Id, context.GetArgument<int>("year"), context.GetArgument("stage", BudgetStage.Budget));
                return totals.Load(context, key).Then(total => total?.Sources ?? []);
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DocumentGraphType>>>>("documents").Description("公开文件: this department's imported documents, by year.")
            .Resolve(context => documents.Load(context, context.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProjectGraphType>>>>("projects")
            .Description("项目: budget projects of this department and its units, optionally of one year.")
            .Argument<IntGraphType>("year", "预算年度: fiscal year; all years when omitted.")
            .Resolve(context => projects.Load(context, new DepartmentProjectsKey(context.Source.Id, context.GetArgument<int?>("year"))));
    }
}
