namespace BudgetGraph.Tests.Infrastructure;

/// <summary>上海市普陀区人民政府万里街道办事处's department budgets 2023, 2024 and 2025 (the corpus's multi-year series).</summary>
public sealed class WanliFixture : CorpusFixture
{
    public const string DepartmentName = "万里街道办事处";

    public WanliFixture()
        : base(
            "shanghai/shanghai-putuo_wanli-jiedao-banshichu_2023_budget_dept.txt",
            "shanghai/shanghai-putuo_wanli-jiedao-banshichu_2024_budget_dept.txt",
            "shanghai/shanghai-putuo_wanli-jiedao-banshichu_2025_budget_dept.txt")
    {
    }
}
