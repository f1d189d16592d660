using BudgetGraph.Data.Entities;
using BudgetGraph.GraphQL.Common.Paging;

namespace BudgetGraph.GraphQL.Documents;

/// <summary>DocumentConnection.</summary>
public sealed class DocumentConnectionGraphType : ConnectionGraphType<DocumentGraphType, Document>
{
    public DocumentConnectionGraphType()
        : base("Document")
    {
    }
}
