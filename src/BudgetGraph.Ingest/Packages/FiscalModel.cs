using System.Text.Json.Nodes;

namespace BudgetGraph.Ingest.Packages;

/// <summary>
/// The Fiscal Data Package <c>model</c>: which column of budget_lines is the measure (amount, 元) and which are the
/// dimensions a fiscal tool slices it by (year, stage, department, functional and economic classification,
/// expenditure type, funding source, and the line kind that keeps views apart).
/// </summary>
public static class FiscalModel
{
    private const string Lines = "budget_lines";

    public static JsonObject Build() => new()
    {
        ["measures"] = new JsonObject
        {
            ["amount"] = new JsonObject
            {
                ["source"] = "amount",
                ["resource"] = Lines,
                ["currency"] = "CNY",
                ["factor"] = 1,
                ["title"] = "金额 Amount (元)",
                ["description"] = "Exact amount in 元. Expenditure for kinds EXPENDITURE and ECONOMIC, revenue for INCOME: filter on kind before adding up.",
            },
        },
        ["dimensions"] = new JsonObject
        {
            ["year"] = Dimension("datetime", "year", "year", "Fiscal year"),
            ["stage"] = Dimension("other", "stage", "stage", "预算 BUDGET or 决算 FINAL_ACCOUNTS (the fiscal phase)"),
            ["kind"] = Dimension("other", "kind", "kind", "The view a line feeds: EXPENDITURE, ECONOMIC or INCOME"),
            ["department"] = Dimension("entity", "id", "department_id", "Department or unit (departments.id)"),
            ["functional_classification"] = Classification("functional", "functional_code", "支出功能分类 functional classification"),
            ["economic_classification"] = Classification("economic", "economic_department_code", "部门预算支出经济分类 economic classification (department scheme)"),
            ["economic_classification_government"] = Classification("economic", "economic_government_code", "政府预算支出经济分类 economic classification (government scheme)"),
            ["expenditure_type"] = Dimension("other", "expenditure_type", "expenditure_type", "基本支出/项目支出 expenditure type"),
            ["funding_source"] = Dimension("other", "funding_source", "funding_source", "收入来源 funding source"),
        },
    };

    private static JsonObject Dimension(string dimensionType, string attribute, string source, string title) => new()
    {
        ["dimensionType"] = dimensionType,
        ["title"] = title,
        ["attributes"] = new JsonObject { [attribute] = new JsonObject { ["source"] = source, ["resource"] = Lines } },
        ["primaryKey"] = new JsonArray(attribute),
    };

    private static JsonObject Classification(string classificationType, string source, string title)
    {
        var dimension = Dimension("classification", "code", source, title);
        dimension["classificationType"] = classificationType;
        return dimension;
    }
}
