namespace BudgetGraph.GraphQL.Documents;

/// <summary>How a citation is written.</summary>
public enum CitationStyle
{
    /// <summary>One line of plain text in the documents' language.</summary>
    Text,
}
