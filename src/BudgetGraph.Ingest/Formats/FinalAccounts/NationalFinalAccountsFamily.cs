using BudgetGraph.Ingest.Formats.Layout;
using BudgetGraph.Ingest.Formats.Reference;

namespace BudgetGraph.Ingest.Formats.FinalAccounts;

/// <summary>部门决算 of the national table set outside Shanghai (西安市卫生健康委员会（汇总）2022年度部门决算): stage FINAL_ACCOUNTS, the department as a whole.</summary>
public sealed class NationalFinalAccountsFamily(ReferenceNames reference) : LayoutFamily(FinalAccountsTables.National, reference)
{
    public NationalFinalAccountsFamily()
        : this(ReferenceNames.Default)
    {
    }
}
