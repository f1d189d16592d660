namespace BudgetGraph.Data.Values;

/// <summary>Where money comes from (收入来源), as the income tables list it.</summary>
public enum FundingSource
{
    GeneralPublicBudget,
    GovernmentFund,
    StateCapital,
    FiscalSpecialAccount,
    FiscalAppropriation,
    BusinessIncome,
    OperatingIncome,
    SuperiorSubsidy,
    SubordinateRemittance,
    OtherIncome,
    Carryover,
}
