using BudgetGraph.GraphQL.Common.DataLoading;
using GraphQL.Types;

namespace BudgetGraph.GraphQL.Documents;

/// <summary>NarrativeSource: where a sentence stands in a document's narrative.</summary>
public sealed class NarrativeSourceGraphType : ObjectGraphType<NarrativeSource>
{
    public NarrativeSourceGraphType(DocumentByIdLoader documents)
    {
        Name = "NarrativeSource";
        Description = "说明出处 — a sentence of a document's narrative (正文: the 情况说明 text, not a table), so a figure the narrative states can be checked against the original.";
        Field<NonNullGraphType<DocumentGraphType>>("document").Description("文件: the document.")
            .Resolve(context => documents.Load(context, context.Source.DocumentId));
        Field<StringGraphType>("text").Description("原文: the sentence as published; null for a document loaded from a data package (it ships figures, not narrative text).").Resolve(context => context.Source.Text);
        Field<IntGraphType>("line").Description("文本行号: line of the paragraph in the text file; null for PDF input.").Resolve(context => context.Source.Line);
        Field<NonNullGraphType<StringGraphType>>("citation")
            .Description("引用: a human-readable reference to the sentence, e.g. \"新乡市红旗区行政审批和政务信息管理局2026年部门预算, 正文, 文本第80行 (file sha256 31d5845a9c09…)\".")
            .Argument<CitationStyleGraphType>("style", "引用格式: how to write it.", argument => argument.DefaultValue = CitationStyle.Text)
            .Resolve(context => documents.Load(context, context.Source.DocumentId)
                .Then(document => document is null ? Citation.Narrative : Citation.Of(document, context.Source)));
    }
}
