using BudgetGraph.Data.Entities;
using BudgetGraph.GraphQL.Common.Enums;
using BudgetGraph.GraphQL.Common.Money;
using BudgetGraph.GraphQL.Departments;
using GraphQL.Types;

namespace BudgetGraph.GraphQL.Documents;

/// <summary>Document: one imported disclosure.</summary>
public sealed class DocumentGraphType : ObjectGraphType<Document>
{
    public DocumentGraphType(DepartmentByIdLoader departments, TablesByDocumentLoader tables, FindingsByDocumentLoader findings)
    {
        Name = "Document";
        Description = "公开文件 — one disclosure (部门预算, 部门决算, 单位预算) of a department for a year.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("标识: stable id: department/year/stage, e.g. \"410702/DEPARTMENT/028/2026/BUDGET\".").Resolve(context => context.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("title").Description("标题 as published.").Resolve(context => context.Source.Title);
        Field<NonNullGraphType<IntGraphType>>("year").Description("预算年度: fiscal year.").Resolve(context => context.Source.Year);
        Field<NonNullGraphType<BudgetStageGraphType>>("stage").Description("预算 or 决算.").Resolve(context => context.Source.Stage);
        Field<NonNullGraphType<DepartmentGraphType>>("department").Description("发布部门: the department (or unit) that published it.")
            .Resolve(context => departments.Load(context, context.Source.DepartmentId));
        Field<NonNullGraphType<StringGraphType>>("sha256").Description("文件哈希: sha256 of the file the figures were read from.").Resolve(context => context.Source.Sha256);
        Field<NonNullGraphType<StringGraphType>>("fileName").Description("文件名: name of that file.").Resolve(context => context.Source.FileName);
        Field<NonNullGraphType<DateTimeGraphType>>("importedAt").Description("导入时间: when it was imported (UTC).").Resolve(context => context.Source.ImportedAt.UtcDateTime);
        Field<NonNullGraphType<StringGraphType>>("citation")
            .Description("引用: a human-readable reference to the document, its file and sha256.")
            .Argument<CitationStyleGraphType>("style", "引用格式: how to write it.", argument => argument.DefaultValue = CitationStyle.Text)
            .Resolve(context => Citation.Of(context.Source));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DisclosedTableGraphType>>>>("tables").Description("公开表格: every table exactly as published.")
            .Resolve(context => tables.Load(context, context.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FindingGraphType>>>>("findings").Description("核对结果: where the tables agree only within rounding, or disagree.")
            .Resolve(context => findings.Load(context, context.Source.Id));
        Field<NonNullGraphType<BooleanGraphType>>("partial").Description("部分导入: some table is missing or could not be read; each is an ERROR finding.")
            .Resolve(context => context.Source.Partial);
        this.NullableAmountField("printedTotal",
            "本年支出合计 as printed in the 收支总表: the document's own total, beside the department total its expenditure table gives; null if not printed.",
            document => document.PrintedTotal);
    }
}
