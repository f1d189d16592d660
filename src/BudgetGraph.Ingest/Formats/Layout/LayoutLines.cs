using BudgetGraph.Data.Values;
using BudgetGraph.Ingest.Formats.Common;
using BudgetGraph.Ingest.Records;

namespace BudgetGraph.Ingest.Formats.Layout;

/// <summary>
/// Budget lines from the leaf rows of a layout family's classified tables (subtotal rows are reconciled, never added):
/// Expenditure from the functional expenditure table (基本支出 as BASIC — Shanghai does not split personnel from public
/// — and 项目支出), Economic from the basic-expenditure economic table (人员经费, 公用经费) plus PROJECT, UNALLOCATED and
/// OTHER_FUNDS rows (<see cref="BasicSpendingBalance"/>), Income from the income table by funding source. Cells printed as 0 are not lines.
/// </summary>
/// <param name="unitOwners">The department record of each budget unit code the tables list rows under
/// (<see cref="ClassifiedRow.UnitCode"/>); a row under no listed unit is the document's department's.</param>
internal sealed class LayoutLines(IReadOnlyDictionary<string, LayoutTable> tables, LayoutViews views, string departmentId, bool isPdf,
    IReadOnlyDictionary<string, string>? unitOwners = null)
{
    public const string ProjectMarker = "PROJECT";

    public IReadOnlyList<BudgetLineRecord> Read()
    {
        var lines = Expenditure();
        var expenditure = tables[views.Expenditure];

        // Without its economic table (a partial document) the economic view is left empty rather than PROJECT alone.
        if (tables.GetValueOrDefault(views.BasicEconomic) is not { } economic)
            return Income(lines);
        foreach (var (row, type, amount, source) in Cells(economic, views.EconomicColumns))
            lines.Add(Line(LineKind.Economic, amount, source, economic: row.LineCode, type: type, row: row, government: economic.Spec.KeepSecondCode ? row.SecondCode : null));

        if (economic.Total is { } basicTotal)
        {
            foreach (var (column, type) in views.EconomicColumns)
            {
                var gap = basicTotal.Amount(column) - economic.Leaves.Sum(r => r.Amount(column));
                if (gap != 0)
                    lines.Add(Line(LineKind.Economic, gap, economic.Cite(basicTotal, economic.Spec.Columns![column], isPdf), type: type, marker: BasicSpendingBalance.UnallocatedMarker));
            }
        }

        var general = tables.GetValueOrDefault(views.GeneralBudget);
        if (expenditure.Total is { } allFunds)
        {
            var economicTotal = economic.Total is { } e ? views.EconomicColumns.Sum(c => e.Amount(c.Column)) : 0;
            var (allFundsBasic, allFundsSource) = views.BasicTotalColumn is { } basicColumn
                ? (allFunds.Amount(basicColumn), expenditure.Cite(allFunds, expenditure.Spec.Columns![basicColumn], isPdf))
                : (views.BasicColumns.Sum(allFunds.Amount), expenditure.Cite(allFunds, string.Join("+", views.BasicColumns.Select(c => expenditure.Spec.Columns![c])), isPdf));
            // An empty general-budget table has no total: all basic spending outside the economic table is other funds.
            var (generalBasic, generalSource) = general?.Total is { } g
                ? (g.Amount(general.Spec.Columns!.ToList().IndexOf(views.GeneralBudgetBasicColumn)), general.Cite(g, views.GeneralBudgetBasicColumn, isPdf))
                : (economicTotal, allFundsSource);
            foreach (var (amount, marker, source) in BasicSpendingBalance.Rows(economicTotal, generalBasic, generalSource, allFundsBasic, allFundsSource))
                lines.Add(Line(LineKind.Economic, amount, source, type: ExpenditureType.Basic, marker: marker));
        }

        var project = views.ProjectColumn;
        if (expenditure.Total is { } total && total.Amount(project) != 0)
            lines.Add(Line(LineKind.Economic, total.Amount(project), expenditure.Cite(total, expenditure.Spec.Columns![project], isPdf), type: ExpenditureType.Project, marker: ProjectMarker));

        return Income(lines);
    }

    /// <summary>
    /// Expenditure lines: each leaf row's cell in each expenditure column, with the column's type and, where the table
    /// splits 基本支出 by economic 类, that 类 (<see cref="LayoutViews.ExpenditureEconomicClasses"/>).
    /// </summary>
    public List<BudgetLineRecord> Expenditure()
    {
        var lines = new List<BudgetLineRecord>();
        var expenditure = tables[views.Expenditure];
        foreach (var (row, (column, type), amount, source) in Cells(expenditure, views.ExpenditureColumns.Select(c => (c.Column, c))))
            lines.Add(Line(LineKind.Expenditure, amount, source, functional: row.LineCode, economic: views.ExpenditureEconomicClasses.GetValueOrDefault(column), type: type, row: row));
        return lines;
    }

    private List<BudgetLineRecord> Income(List<BudgetLineRecord> lines)
    {
        if (views.Income is null || tables.GetValueOrDefault(views.Income) is not { } income)
            return lines;
        foreach (var (row, fundingSource, amount, source) in Cells(income, views.IncomeColumns))
            lines.Add(Line(LineKind.Income, amount, source, functional: row.LineCode, source2: fundingSource, row: row));

        return lines;
    }

    /// <summary>
    /// The non-zero cells of a table's line rows (<see cref="LayoutTable.LineRows"/>) in the given columns, each with what
    /// its column means and its citation. A row printed without a code whose name and every parent's are unknown is in
    /// the total but under no code: skipped.
    /// </summary>
    private IEnumerable<(ClassifiedRow Row, T Meaning, long Amount, SourceLocation Source)> Cells<T>(LayoutTable table, IEnumerable<(int Column, T Meaning)> columns)
    {
        foreach (var row in table.LineRows)
        {
            foreach (var (column, meaning) in columns)
            {
                if (row.Amounts[column] is { } amount && amount != 0)
                    yield return (row, meaning, amount, table.Cite(row, table.Spec.Columns![column], isPdf));
            }
        }
    }

    private BudgetLineRecord Line(LineKind kind, long amount, SourceLocation source, string? functional = null, string? economic = null,
        ExpenditureType? type = null, FundingSource? source2 = null, string? marker = null, ClassifiedRow? row = null, string? government = null) => new()
        {
            DepartmentId = row?.UnitCode is { } unit && unitOwners?.GetValueOrDefault(unit) is { } owner ? owner : departmentId,
            Kind = kind,
            FunctionalCode = functional,
            EconomicDepartmentCode = economic,
            EconomicGovernmentCode = government,
            ExpenditureType = type,
            FundingSource = source2,
            Marker = marker,
            Amount = amount,
            Source = source,
        };
}
