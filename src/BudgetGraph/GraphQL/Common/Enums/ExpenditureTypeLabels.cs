using BudgetGraph.Data.Values;

namespace BudgetGraph.GraphQL.Common.Enums;

/// <summary>Chinese names of expenditure types.</summary>
public static class ExpenditureTypeLabels
{
    public static string Of(ExpenditureType type) => type switch
    {
        ExpenditureType.Basic => "基本支出",
        ExpenditureType.BasicPersonnel => "人员经费",
        ExpenditureType.BasicPublic => "公用经费",
        ExpenditureType.Project => "项目支出",
        _ => type.ToString(),
    };
}
