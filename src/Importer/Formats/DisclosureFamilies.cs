using BudgetGraph.Importer.Formats.FinalAccounts;
using BudgetGraph.Importer.Formats.Hebei;
using BudgetGraph.Importer.Formats.Henan;
using BudgetGraph.Importer.Formats.Shanghai;
using BudgetGraph.Importer.Parsing;

namespace BudgetGraph.Importer.Formats;

/// <summary>The families the importer knows; a new layout is one more entry here.</summary>
public static class DisclosureFamilies
{
    public static IReadOnlyList<IDisclosureFamily> All { get; } = [new HenanDepartmentBudgetFamily(), new ShanghaiDepartmentBudgetFamily(), new ShanghaiUnitBudgetFamily(), new ShanghaiFinalAccountsFamily(), new HebeiBudgetFragmentFamily()];

    public static IDisclosureFamily Recognise(DisclosureSource source) =>
        All.FirstOrDefault(f => f.Recognises(source))
        ?? throw new NotADisclosureException(
            "not a budget disclosure: no known family recognises it (known: Henan department budgets, Shanghai department and unit budgets, Shanghai final accounts; each is recognised by its table titles, e.g. 2026年部门收支总体情况表, 2025年部门支出预算总表, 支出决算表)",
            source.FileName);
}
