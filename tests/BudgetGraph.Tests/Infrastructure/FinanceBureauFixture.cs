namespace BudgetGraph.Tests.Infrastructure;

/// <summary>上海市普陀区财政局: its 2024 final accounts (from the PDF, the only readable source) and its 2025 budget.</summary>
public sealed class FinanceBureauFixture : CorpusFixture
{
    public const string DepartmentName = "上海市普陀区财政局";

    public FinanceBureauFixture()
        : base(
            "shanghai/pdf/shanghai-putuo_caizhengju_2024_final-accounts_dept.pdf",
            "shanghai/shanghai-putuo_caizhengju_2025_budget_dept.txt")
    {
    }
}
