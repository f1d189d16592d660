using BudgetGraph.Ingest.Formats.Layout;
using BudgetGraph.Ingest.Formats.Reference;

namespace BudgetGraph.Ingest.Formats.Fuzhou;

/// <summary>Fuzhou 单位预算: one unit (or a bureau's own level, 本级), named on the cover "2026 年度 / 福州市… / 单位预算".</summary>
public sealed class FuzhouUnitBudgetFamily(ReferenceNames reference) : LayoutFamily(FuzhouBudgetTables.Unit, reference)
{
    public FuzhouUnitBudgetFamily()
        : this(ReferenceNames.Default)
    {
    }
}
