using BudgetGraph.GraphQL.Common.Enums;
using BudgetGraph.GraphQL.Common.Filtering;
using GraphQL.Types;

namespace BudgetGraph.GraphQL.Documents;

/// <summary>DocumentFilterInput.</summary>
public sealed class DocumentFilterInputType : InputObjectGraphType<DocumentFilter>
{
    public DocumentFilterInputType()
    {
        Name = "DocumentFilterInput";
        Description = "Filter on documents; all given fields must hold.";
        Field<IntOperationFilterInputType>("year").Description("Fiscal year.");
        Field<BudgetStageOperationFilterInputType>("stage").Description("预算 or 决算.");
        Field<IdOperationFilterInputType>("department").Description("The publishing department's (or unit's) id.");
        Field<StringOperationFilterInputType>("sha256").Description("sha256 of the imported file.");
    }
}
