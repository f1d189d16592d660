using BudgetGraph.Data.Values;

namespace BudgetGraph.Ingest.Validation;

/// <summary>
/// Every check the importer runs, in one list: code, severity and description in one place. Findings are made from
/// these (<see cref="SumCheck"/>), the API serves the list (Query.checks) and the explorer labels findings from it. A
/// finding whose code is not here is a bug (a test reads every finding the shared corpus produces).
/// </summary>
public static class CheckRegistry
{
    public static CheckDefinition IncomeExpenditureMismatch { get; } = new("INCOME_EXPENDITURE_MISMATCH", Severity.Warning, "收支总表：收入合计与支出合计不等", "Overview table: the income total differs from the expenditure total.");

    public static CheckDefinition OverviewTotalMismatch { get; } = new("OVERVIEW_TOTAL_MISMATCH", Severity.Warning, "支出总表合计与收支总表本年支出合计不等", "The expenditure table's total differs from the overview's expenditure of the year.");

    public static CheckDefinition IncomeTableTotalMismatch { get; } = new("INCOME_TABLE_TOTAL_MISMATCH", Severity.Warning, "收入总表合计与收支总表所列收入不等", "The income table's total differs from the overview's income (本年收入合计; 收入总计 where the income table counts carry-overs).");

    public static CheckDefinition HierarchySubtotalMismatch { get; } = new("HIERARCHY_SUBTOTAL_MISMATCH", Severity.Warning, "类、款行或单位行与其下各行之和不等", "A 类 or 款 row, or a unit's row, differs from the sum of the rows printed under it.");

    public static CheckDefinition TableTotalMismatch { get; } = new("TABLE_TOTAL_MISMATCH", Severity.Warning, "合计行与各类行之和不等", "A table's total row differs from the sum of its 类 rows.");

    public static CheckDefinition RowSplitMismatch { get; } = new("ROW_SPLIT_MISMATCH", Severity.Warning, "行内合计与各分项之和不等（合计 = 基本支出 + 项目支出）", "Within a row, the total column differs from the sum of its parts (合计 = 基本支出 + 项目支出).");

    public static CheckDefinition EconomicBasicVsFunctionalMismatch { get; } = new("ECONOMIC_BASIC_VS_FUNCTIONAL_MISMATCH", Severity.Warning, "一般公共预算基本支出经济分类合计与一般公共预算支出表基本支出不等", "The economic table's total differs from the general public budget's 基本支出 (both the general public budget only).");

    public static CheckDefinition EconomicSummaryTotalMismatch { get; } = new("ECONOMIC_SUMMARY_TOTAL_MISMATCH", Severity.Warning, "支出经济分类汇总表与合计或基本支出表不等", "The economic summary table disagrees with its total or with the basic-expenditure table (Henan 07 vs 06).");

    public static CheckDefinition FiscalIncomeExpenditureMismatch { get; } = new("FISCAL_INCOME_EXPENDITURE_MISMATCH", Severity.Warning, "财政拨款收支总表收入与支出不等", "Fiscal-appropriation overview: income differs from expenditure.");

    public static CheckDefinition FiscalOverviewIncomeMismatch { get; } = new("FISCAL_OVERVIEW_INCOME_MISMATCH", Severity.Warning, "财政拨款收入与收支总表财政拨款各行不等", "Fiscal-appropriation income differs from the overview's fiscal income rows.");

    public static CheckDefinition FiscalOverviewMismatch { get; } = new("FISCAL_OVERVIEW_MISMATCH", Severity.Warning, "财政拨款收支总表与收支总表不等", "The fiscal-appropriation overview disagrees with the overview (Henan).");

    public static CheckDefinition FiscalFunctionalMismatch { get; } = new("FISCAL_FUNCTIONAL_MISMATCH", Severity.Warning, "财政拨款支出与一般公共预算、政府性基金、国有资本经营预算支出表合计不等", "Fiscal-appropriation spending differs from the general, government-fund and state-capital tables' totals.");

    public static CheckDefinition FiscalFunctionalUnchecked { get; } = new("FISCAL_FUNCTIONAL_UNCHECKED", Severity.Info, "财政拨款支出未能与功能分类表核对（有未读取的表）", "Fiscal-appropriation spending not checked: a functional table holds data this importer does not read.");

    public static CheckDefinition StatedChangeMismatch { get; } = new("STATED_CHANGE_MISMATCH", Severity.Warning, "说明中与上年相比的增减额与上年文件不符", "A change the narrative states against the prior year differs from the prior year's own document.")
    {
        AcrossDocuments = true,
        QuotesNarrative = true,
    };

    public static CheckDefinition NarrativeBaseYearImplausible { get; } = new("NARRATIVE_BASE_YEAR_IMPLAUSIBLE", Severity.Warning, "说明中比较的基年不合理", "The narrative compares with an implausible base year.") { QuotesNarrative = true };

    public static CheckDefinition CodeMisprinted { get; } = new("CODE_MISPRINTED", Severity.Warning, "科目编码印错：按上级类、款读取", "A classification code is misprinted; it is read as the code its 类/款 rows imply, and both are shown.");

    public static CheckDefinition CodeNameUnknown { get; } = new("CODE_NAME_UNKNOWN", Severity.Warning, "无编码的科目名称不在参考目录中：按缩进层级读取，无编码", "A row printed without a code has a name no reference list knows at its level: read at the level its indent gives, without a code.");

    public static CheckDefinition UnknownTable { get; } = new("UNKNOWN_TABLE", Severity.Warning, "文件含有本程序不读取的表", "The document has a table this importer does not read; its figures are in no view.");

    public static CheckDefinition TableMissing { get; } = new("TABLE_MISSING", Severity.Error, "缺少表格：文件部分导入", "A table of the document's set is missing: the document is partial.");

    public static CheckDefinition TableUnreadable { get; } = new("TABLE_UNREADABLE", Severity.Error, "表格无法读取：文件部分导入", "A table could not be read: the document is partial.");

    public static IReadOnlyList<CheckDefinition> All { get; } =
    [
        IncomeExpenditureMismatch,
        OverviewTotalMismatch,
        IncomeTableTotalMismatch,
        HierarchySubtotalMismatch,
        TableTotalMismatch,
        RowSplitMismatch,
        EconomicBasicVsFunctionalMismatch,
        EconomicSummaryTotalMismatch,
        FiscalIncomeExpenditureMismatch,
        FiscalOverviewIncomeMismatch,
        FiscalOverviewMismatch,
        FiscalFunctionalMismatch,
        FiscalFunctionalUnchecked,
        StatedChangeMismatch,
        NarrativeBaseYearImplausible,
        CodeMisprinted,
        CodeNameUnknown,
        UnknownTable,
        TableMissing,
        TableUnreadable,
    ];

    public static CheckDefinition? Find(string code) => All.FirstOrDefault(c => c.Code == code);
}
