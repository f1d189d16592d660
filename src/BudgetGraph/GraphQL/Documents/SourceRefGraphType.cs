using GraphQL.Types;

namespace BudgetGraph.GraphQL.Documents;

/// <summary>SourceRef: where a figure stands in its document.</summary>
public sealed class SourceRefGraphType : ObjectGraphType<SourceRef>
{
    public SourceRefGraphType(DocumentByIdLoader documents)
    {
        Name = "SourceRef";
        Description = "出处 — where a figure stands in its document, so anyone can check it against the original.";
        Field<NonNullGraphType<DocumentGraphType>>("document").Description("The document.")
            .Resolve(context => documents.Load(context, context.Source.DocumentId));
        Field<NonNullGraphType<StringGraphType>>("table").Description("Table number and title as published, e.g. \"07 支出经济分类汇总表\".")
            .Resolve(context => context.Source.Location.Table);
        Field<NonNullGraphType<IntGraphType>>("row").Description("1-based data row in that table.").Resolve(context => context.Source.Location.Row);
        Field<IntGraphType>("line").Description("Line in the text file; null for PDF input.").Resolve(context => context.Source.Location.Line);
        Field<StringGraphType>("column").Description("Column header as published.").Resolve(context => context.Source.Location.Column);
        Field<IntGraphType>("page").Description("PDF page; null for text input.").Resolve(context => context.Source.Location.Page);
    }
}
