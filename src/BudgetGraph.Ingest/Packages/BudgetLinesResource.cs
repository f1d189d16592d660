using System.Runtime.CompilerServices;
using BudgetGraph.Data;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Ingest.Packages;

/// <summary>
/// budget_lines.csv: every published fact the API adds up, one row per line, with its classification codes, exact
/// amount in 元 and the table cell it was read from. <c>kind</c> says which view a line feeds (each view sums to the
/// department's total once): add up lines of one kind only.
/// </summary>
public sealed class BudgetLinesResource : TableResource
{
    public override string Name => "budget_lines";

    public override string Title => "预算明细 Budget lines";

    public override string Description =>
        "One published amount per row. kind EXPENDITURE (functional expenditure table: totals, FUNCTIONAL and EXPENDITURE_TYPE views), "
        + "ECONOMIC (basic-expenditure economic table, plus PROJECT, UNALLOCATED and OTHER_FUNDS marker rows) or INCOME (income table: funding sources). "
        + "Sum lines of one kind only: each kind restates the same money.";

    public override IReadOnlyList<TableField> Fields { get; } =
    [
        TableField.IntegerField("id", "Line id (changes when the document is imported again).", required: true),
        TableField.StringField("document_id", "The disclosure it was published in (documents.id).", required: true),
        TableField.StringField("department_id", "The department or unit (departments.id).", required: true),
        TableField.IntegerField("year", "Fiscal year.", required: true),
        TableField.StringField("stage", "BUDGET (预算) or FINAL_ACCOUNTS (决算).", required: true),
        TableField.StringField("kind", "EXPENDITURE, ECONOMIC or INCOME: the view the line feeds.", required: true),
        TableField.StringField("functional_code", "支出功能分类 code (classification, scheme FUNCTIONAL)."),
        TableField.StringField("economic_department_code", "部门预算支出经济分类 code (scheme ECONOMIC_DEPARTMENT)."),
        TableField.StringField("economic_government_code", "政府预算支出经济分类 code (scheme ECONOMIC_GOVERNMENT)."),
        TableField.StringField("expenditure_type", "BASIC, BASIC_PERSONNEL, BASIC_PUBLIC or PROJECT."),
        TableField.StringField("funding_source", "Funding source of an INCOME line, e.g. GENERAL_PUBLIC_BUDGET."),
        TableField.StringField("marker", "PROJECT, UNALLOCATED or OTHER_FUNDS for the special rows of the ECONOMIC view."),
        TableField.NumberField("amount", "Amount in 元 (yuan), exact as published (万元 tables converted exactly).", required: true),
        .. SourceFields.All,
    ];

    public override IReadOnlyList<string> PrimaryKey { get; } = ["id"];

    public override IReadOnlyList<TableForeignKey> ForeignKeys { get; } =
    [
        new(["document_id"], "documents", ["id"]),
        new(["department_id"], "departments", ["id"]),
    ];

    public override async Task<long> CountAsync(BudgetDbContext db, CancellationToken cancellationToken) =>
        await db.BudgetLines.LongCountAsync(cancellationToken);

    public override async IAsyncEnumerable<string?[]> RowsAsync(BudgetDbContext db, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var rows = db.BudgetLines.AsNoTracking().OrderBy(l => l.Id).Select(l => new
        {
            l.Id,
            l.DocumentId,
            l.DepartmentId,
            l.Year,
            l.Stage,
            l.Kind,
            l.FunctionalCode,
            l.EconomicDepartmentCode,
            l.EconomicGovernmentCode,
            l.ExpenditureType,
            l.FundingSource,
            l.Marker,
            l.Amount,
            l.Source.Table,
            l.Source.Row,
            l.Source.Column,
            l.Source.Line,
            l.Source.Page,
        });
        await foreach (var l in rows.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return
            [
                CellValues.Whole(l.Id), l.DocumentId, l.DepartmentId, CellValues.Whole(l.Year), CellValues.Enum(l.Stage),
                CellValues.Enum(l.Kind), l.FunctionalCode, l.EconomicDepartmentCode, l.EconomicGovernmentCode,
                CellValues.Enum(l.ExpenditureType), CellValues.Enum(l.FundingSource), l.Marker, CellValues.Yuan(l.Amount),
                .. SourceFields.Cells(l.Table, l.Row, l.Column, l.Line, l.Page),
            ];
        }
    }
}
