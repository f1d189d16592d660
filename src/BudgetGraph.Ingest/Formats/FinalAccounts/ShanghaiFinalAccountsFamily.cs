using BudgetGraph.Ingest.Formats.Layout;
using BudgetGraph.Ingest.Formats.Reference;

namespace BudgetGraph.Ingest.Formats.FinalAccounts;

/// <summary>Shanghai 部门决算: tables titled 收入决算表, 支出决算表 …, stage FINAL_ACCOUNTS, the department as a whole.</summary>
public sealed class ShanghaiFinalAccountsFamily(ReferenceNames reference) : LayoutFamily(FinalAccountsTables.Department, reference)
{
    public ShanghaiFinalAccountsFamily()
        : this(ReferenceNames.Default)
    {
    }
}
