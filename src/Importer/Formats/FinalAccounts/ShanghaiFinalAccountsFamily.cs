using BudgetGraph.Importer.Formats.Layout;
using BudgetGraph.Importer.Formats.Reference;

namespace BudgetGraph.Importer.Formats.FinalAccounts;

/// <summary>Shanghai 部门决算: tables titled 收入决算表, 支出决算表 …, stage FINAL_ACCOUNTS, the department as a whole.</summary>
public sealed class ShanghaiFinalAccountsFamily(ReferenceNames reference) : LayoutFamily(FinalAccountsTables.Department, reference)
{
    public ShanghaiFinalAccountsFamily()
        : this(ReferenceNames.Default)
    {
    }
}
