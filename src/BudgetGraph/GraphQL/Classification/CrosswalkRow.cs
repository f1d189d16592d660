using BudgetGraph.Data.Values;
using BudgetGraph.GraphQL.Documents;

namespace BudgetGraph.GraphQL.Classification;

/// <summary>A code of the other economic scheme that lines of a node were paired with, their amount (1/10,000 元) and cells.</summary>
public sealed record CrosswalkRow(ClassificationScheme Scheme, int Year, string Code, long Amount, IReadOnlyList<SourceRef> Sources);
