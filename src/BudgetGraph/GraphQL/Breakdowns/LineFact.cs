using BudgetGraph.Data.Values;
using BudgetGraph.GraphQL.Documents;

namespace BudgetGraph.GraphQL.Breakdowns;

/// <summary>The columns of a budget line that aggregations group by, with the department whose document it is and its cell.</summary>
public sealed record LineFact(
    int Year,
    string OwnerId,
    string DocumentId,
    string? FunctionalCode,
    string? EconomicDepartmentCode,
    string? EconomicGovernmentCode,
    ExpenditureType? ExpenditureType,
    FundingSource? FundingSource,
    string? Marker,
    long Amount,
    SourceLocation Source)
{
    /// <summary>The citation of the published cell this line was read from.</summary>
    public SourceRef Citation => new(DocumentId, Source);
}
