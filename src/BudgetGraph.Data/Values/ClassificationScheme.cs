namespace BudgetGraph.Data.Values;

/// <summary>The three code lists budget lines are classified by.</summary>
public enum ClassificationScheme
{
    /// <summary>支出功能分类科目: 类 (3 digits) → 款 (5) → 项 (7).</summary>
    Functional,

    /// <summary>部门预算支出经济分类: 类 (301) → 款 (30101).</summary>
    EconomicDepartment,

    /// <summary>政府预算支出经济分类: 类 (501) → 款 (50101).</summary>
    EconomicGovernment,
}
