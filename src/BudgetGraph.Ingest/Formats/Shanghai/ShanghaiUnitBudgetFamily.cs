using BudgetGraph.Ingest.Formats.Layout;
using BudgetGraph.Ingest.Formats.Reference;

namespace BudgetGraph.Ingest.Formats.Shanghai;

/// <summary>
/// Shanghai 单位预算: tables titled 2025年预算单位…表, one budget unit. Its record is its own (scope UNIT) even when it
/// bears its department's name and total, so its figures are never added to the department's.
/// </summary>
public sealed class ShanghaiUnitBudgetFamily(ReferenceNames reference) : LayoutFamily(ShanghaiBudgetTables.Unit, reference)
{
    public ShanghaiUnitBudgetFamily()
        : this(ReferenceNames.Default)
    {
    }
}
