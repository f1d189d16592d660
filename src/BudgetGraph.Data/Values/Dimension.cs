namespace BudgetGraph.Data.Values;

/// <summary>What a breakdown or comparison groups by.</summary>
public enum Dimension
{
    Department,
    Functional,
    EconomicDepartment,
    EconomicGovernment,
    ExpenditureType,
    FundingSource,
}
