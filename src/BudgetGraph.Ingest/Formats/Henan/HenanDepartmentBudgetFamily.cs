using BudgetGraph.Ingest.Formats.Layout;
using BudgetGraph.Ingest.Formats.Reference;

namespace BudgetGraph.Ingest.Formats.Henan;

/// <summary>
/// Henan department budgets (部门预算): a narrative followed by 12 titled tables, exported as a grid of tab-separated
/// cells with empty cells kept, amounts in 万元. A profile of the shared layout reader (<see cref="HenanTableCatalog.Kind"/>).
/// </summary>
public sealed class HenanDepartmentBudgetFamily(ReferenceNames reference) : LayoutFamily(HenanTableCatalog.Kind, reference)
{
    public HenanDepartmentBudgetFamily()
        : this(ReferenceNames.Default)
    {
    }
}
