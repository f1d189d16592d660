using BudgetGraph.Data.Values;
using GraphQL.Types;

namespace BudgetGraph.GraphQL.Common.Enums;

/// <summary>ClassificationScheme: the three code lists.</summary>
public sealed class ClassificationSchemeGraphType : EnumerationGraphType<ClassificationScheme>
{
    public ClassificationSchemeGraphType()
    {
        Name = "ClassificationScheme";
        Description = "分类体系 — the code lists budget lines are classified by.";
        this.Describe("FUNCTIONAL", "支出功能分类科目 (functional): 类 (3 digits) → 款 (5) → 项 (7).");
        this.Describe("ECONOMIC_DEPARTMENT", "部门预算支出经济分类 (economic, department scheme): 类 301 → 款 30101.");
        this.Describe("ECONOMIC_GOVERNMENT", "政府预算支出经济分类 (economic, government scheme): 类 501 → 款 50101.");
    }
}
