using BudgetGraph.Ingest.Formats.Layout;
using BudgetGraph.Ingest.Formats.Reference;

namespace BudgetGraph.Ingest.Formats.Jiangsu;

/// <summary>Jiangsu 部门预算公开 (Wuxi, Suzhou): the department as a whole, named by the heading "无锡市统计局 2026 年度部门预算公开".</summary>
public sealed class JiangsuDepartmentBudgetFamily(ReferenceNames reference) : LayoutFamily(JiangsuBudgetTables.Department, reference)
{
    public JiangsuDepartmentBudgetFamily()
        : this(ReferenceNames.Default)
    {
    }
}
