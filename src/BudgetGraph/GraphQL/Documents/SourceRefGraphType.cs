using BudgetGraph.GraphQL.Common.DataLoading;
using GraphQL.Types;

namespace BudgetGraph.GraphQL.Documents;

/// <summary>SourceRef: where a figure stands in its document.</summary>
public sealed class SourceRefGraphType : ObjectGraphType<SourceRef>
{
    public SourceRefGraphType(DocumentByIdLoader documents)
    {
        Name = "SourceRef";
        Description = "出处 — where a figure stands in its document, so anyone can check it against the original.";
        Field<NonNullGraphType<DocumentGraphType>>("document").Description("文件: the document.")
            .Resolve(context => documents.Load(context, context.Source.DocumentId));
        Field<NonNullGraphType<StringGraphType>>("table").Description("Table number and title as published, e.g. \"07 支出经济分类汇总表\".")
            .Resolve(context => context.Source.Location.Table);
        Field<NonNullGraphType<IntGraphType>>("row").Description("行号: 1-based data row in that table.").Resolve(context => context.Source.Location.Row);
        Field<IntGraphType>("line").Description("文本行号: line in the text file; null for PDF input.").Resolve(context => context.Source.Location.Line);
        Field<StringGraphType>("column").Description("列名: column header as published.").Resolve(context => context.Source.Location.Column);
        Field<IntGraphType>("page").Description("页码: PDF page; null for text input.").Resolve(context => context.Source.Location.Page);
        Field<NonNullGraphType<StringGraphType>>("citation")
            .Description("引用: a human-readable reference to the cell, e.g. \"新乡市红旗区行政审批和政务信息管理局2026年部门预算, 表07 支出经济分类汇总表, 第1行, 总计列 (file sha256 31d5845a9c09…)\".")
            .Argument<CitationStyleGraphType>("style", "引用格式: how to write it.", argument => argument.DefaultValue = CitationStyle.Text)
            .Resolve(context => documents.Load(context, context.Source.DocumentId)
                .Then(document => document is null ? context.Source.Location.Table : Citation.Of(document, context.Source.Location)));
    }
}
