using BudgetGraph.Data.Entities;

namespace BudgetGraph.GraphQL.Breakdowns;

/// <summary>The columns of a budget line that aggregations group by, with the department whose document it is.</summary>
public sealed record LineFact(
    string OwnerId,
    string DocumentId,
    string? FunctionalCode,
    string? EconomicDepartmentCode,
    string? EconomicGovernmentCode,
    ExpenditureType? ExpenditureType,
    FundingSource? FundingSource,
    string? Marker,
    long Amount);
