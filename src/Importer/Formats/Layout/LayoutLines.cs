using BudgetGraph.Data.Entities;
using BudgetGraph.Importer.Formats.Layout;
using static BudgetGraph.Importer.Formats.Shanghai.ShanghaiBudgetTables;

namespace BudgetGraph.Importer.Formats.Shanghai;

/// <summary>
/// Budget lines from the leaf rows of the classified tables (subtotal rows are reconciled, never added):
/// Expenditure from 支出预算总表 (基本支出 as BASIC — Shanghai does not split personnel from public — and 项目支出),
/// Economic from the basic-expenditure economic table (人员经费, 公用经费) plus PROJECT and UNALLOCATED rows,
/// Income from 收入预算总表 by funding source (财政拨款 is not split by budget there: FISCAL_APPROPRIATION).
/// Cells printed as 0 are not lines.
/// </summary>
internal sealed class ShanghaiLines(IReadOnlyDictionary<string, LayoutTable> tables, string departmentId, string documentId, int year, bool isPdf)
{
    public const string ProjectMarker = "PROJECT";
    public const string UnallocatedMarker = "UNALLOCATED";

    private static readonly (int Column, ExpenditureType Type)[] _expenditure = [(1, ExpenditureType.Basic), (2, ExpenditureType.Project)];
    private static readonly (int Column, ExpenditureType Type)[] _economic = [(1, ExpenditureType.BasicPersonnel), (2, ExpenditureType.BasicPublic)];
    private static readonly (int Column, FundingSource Source)[] _income =
        [(1, FundingSource.FiscalAppropriation), (2, FundingSource.BusinessIncome), (3, FundingSource.OperatingIncome), (4, FundingSource.OtherIncome)];

    public IReadOnlyList<BudgetLine> Read()
    {
        var lines = new List<BudgetLine>();
        var expenditure = tables[Expenditure];
        foreach (var row in expenditure.Leaves)
        {
            foreach (var (column, type) in _expenditure)
            {
                if (row.Amounts[column] is { } amount && amount != 0)
                    lines.Add(Line(LineKind.Expenditure, amount, expenditure.Cite(row, expenditure.Spec.Columns![column], isPdf), functional: row.Code, type: type));
            }
        }

        var economic = tables[BasicEconomic];
        foreach (var row in economic.Leaves)
        {
            foreach (var (column, type) in _economic)
            {
                if (row.Amounts[column] is { } amount && amount != 0)
                    lines.Add(Line(LineKind.Economic, amount, economic.Cite(row, economic.Spec.Columns![column], isPdf), economic: row.Code, type: type));
            }
        }

        if (economic.Total is { } basicTotal)
        {
            foreach (var (column, type) in _economic)
            {
                var gap = basicTotal.Amount(column) - economic.Leaves.Sum(r => r.Amount(column));
                if (gap != 0)
                    lines.Add(Line(LineKind.Economic, gap, economic.Cite(basicTotal, economic.Spec.Columns![column], isPdf), type: type, marker: UnallocatedMarker));
            }
        }

        if (expenditure.Total is { } total && total.Amount(2) != 0)
            lines.Add(Line(LineKind.Economic, total.Amount(2), expenditure.Cite(total, expenditure.Spec.Columns![2], isPdf), type: ExpenditureType.Project, marker: ProjectMarker));

        var income = tables[Income];
        foreach (var row in income.Leaves)
        {
            foreach (var (column, source) in _income)
            {
                if (row.Amounts[column] is { } amount && amount != 0)
                    lines.Add(Line(LineKind.Income, amount, income.Cite(row, income.Spec.Columns![column], isPdf), functional: row.Code, source2: source));
            }
        }

        return lines;
    }

    private BudgetLine Line(LineKind kind, long amount, SourceLocation source, string? functional = null, string? economic = null,
        ExpenditureType? type = null, FundingSource? source2 = null, string? marker = null) => new()
        {
            DocumentId = documentId,
            DepartmentId = departmentId,
            Year = year,
            Stage = BudgetStage.Budget,
            Kind = kind,
            FunctionalCode = functional,
            EconomicDepartmentCode = economic,
            ExpenditureType = type,
            FundingSource = source2,
            Marker = marker,
            Amount = amount,
            Source = source,
        };
}
