using BudgetGraph.Ingest.Formats.Layout;
using BudgetGraph.Ingest.Formats.Reference;

namespace BudgetGraph.Ingest.Formats.Jiangsu;

/// <summary>Jiangsu 单位预算公开 (Suzhou): one unit, named by the heading "苏州市科学技术局 2026 年度单位预算公开".</summary>
public sealed class JiangsuUnitBudgetFamily(ReferenceNames reference) : LayoutFamily(JiangsuBudgetTables.Unit, reference)
{
    public JiangsuUnitBudgetFamily()
        : this(ReferenceNames.Default)
    {
    }
}
