using BudgetGraph.DisclosureGenerator.Catalog;
using BudgetGraph.DisclosureGenerator.Model;

namespace BudgetGraph.DisclosureGenerator.Synthesis;

/// <summary>
/// The smallest realistic Henan budget, times a factor, for tests that need many departments with figures they can
/// assert: department n spends n × 100 万元 — 行政运行 80 (工资福利 60, 对个人和家庭的补助 5, 商品和服务 15) and one
/// 其他运转类 project of 20 under 2010399, both in 款 20103 — and its narrative states +10 万元 × n against a prior 90 × n.
/// </summary>
public static class ReferenceBudget
{
    private const long Wan = 10_000;

    public static SyntheticDepartment Department(int number) => new(number, DisclosureFamily.Henan);

    public static DepartmentBudget For(int number, int year)
    {
        var department = Department(number);
        var n = (long)number;
        var section = FunctionalCatalog.SectionIndex("20103");
        var project = 20 * Wan * n;
        return new DepartmentBudget
        {
            Department = department,
            Year = year,
            Items =
            [
                new(FunctionalCatalog.Running(section), 60 * Wan * n, 5 * Wan * n, 15 * Wan * n, 0, 0, 0),
                new(FunctionalCatalog.Other(section), 0, 0, 0, 0, project, 0),
            ],
            Basic =
            [
                new(EconomicCatalog.BasicSalary, 60 * Wan * n, 0),
                new(EconomicCatalog.OtherHouseholds, 5 * Wan * n, 0),
                new(EconomicCatalog.Office, 0, 15 * Wan * n),
            ],
            ProjectEconomic = [new(EconomicCatalog.Office, 0, project)],
            Projects = [new(ProjectIndicators.Code(department, year, 1), "示例项目", ProjectKinds.Operating, project, ProjectIndicators.For(project, 3))],
            PriorTotal = 90 * Wan * n,
            ChangeReason = "新增项目",
            OperatingCost = 15 * Wan * n,
            PriorOperatingCost = 165_000 * n,
        };
    }

    /// <summary>
    /// Writes departments 1..<paramref name="count"/> of <paramref name="year"/>; <paramref name="edit"/> may change a
    /// document's text further (a test renaming a code, say). Returns the files.
    /// </summary>
    public static IReadOnlyList<string> Write(string directory, int count, int year = 2026, Func<string, string>? edit = null) =>
        [.. Enumerable.Range(1, count).Select(n => SyntheticCorpus.Write(directory, For(n, year), edit))];
}
