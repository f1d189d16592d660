using BudgetGraph.Data.Values;
using BudgetGraph.Ingest.Formats.Common;
using BudgetGraph.Ingest.Formats.Layout;
using BudgetGraph.Ingest.Parsing;
using BudgetGraph.Ingest.Records;

namespace BudgetGraph.Ingest.Formats.Henan;

/// <summary>
/// Budget lines of kind Economic: table 06 rows × 人员经费/公用经费, one PROJECT line with table 03's project total
/// (so the view adds up to the department total), and an UNALLOCATED line per column whose rows do not add up to the
/// stated basic total; its source is the 06 total cell, which the matching finding also points at. Basic spending
/// outside 06 (other funds, or a gap to 05's general-budget 基本支出) is balanced by <see cref="BasicSpendingBalance"/>.
/// </summary>
internal static class HenanEconomicLines
{
    public const string ProjectMarker = "PROJECT";

    public static IReadOnlyList<BudgetLineRecord> Read(
        TextTable basicTable, IReadOnlyList<EconomicRow> basic, LayoutTable expenditure, LayoutTable? publicBudget, DepartmentRecord department)
    {
        var lines = new List<BudgetLineRecord>();
        BudgetLineRecord Line(long amount, ExpenditureType type, SourceLocation source, string? marker = null, EconomicRow? row = null) => new()
        {
            DepartmentId = department.Id,
            Kind = LineKind.Economic,
            EconomicDepartmentCode = row?.DepartmentCode,
            EconomicGovernmentCode = row?.GovernmentCode,
            ExpenditureType = type,
            Marker = marker,
            Amount = amount,
            Source = source,
        };

        foreach (var row in basic.Where(r => !r.IsTotal))
        {
            if (row.Personnel is { } personnel)
                lines.Add(Line(personnel, ExpenditureType.BasicPersonnel, HenanDocument.Cite(basicTable, row.Row, HenanEconomicTables.PersonnelColumn), row: row));
            if (row.Public is { } @public)
                lines.Add(Line(@public, ExpenditureType.BasicPublic, HenanDocument.Cite(basicTable, row.Row, HenanEconomicTables.PublicColumn), row: row));
            if (row.Personnel is null && row.Public is null && row.Total is { } rowTotal)
                lines.Add(Line(rowTotal, ExpenditureType.Basic, HenanDocument.Cite(basicTable, row.Row, HenanEconomicTables.TotalColumn), row: row));
        }

        if (basic.FirstOrDefault(r => r.IsTotal) is { } stated)
        {
            var rows = basic.Where(r => !r.IsTotal).ToList();
            AddGap(stated.Personnel, rows.Sum(r => r.Personnel ?? 0), ExpenditureType.BasicPersonnel, HenanEconomicTables.PersonnelColumn);
            AddGap(stated.Public, rows.Sum(r => r.Public ?? 0), ExpenditureType.BasicPublic, HenanEconomicTables.PublicColumn);

            void AddGap(long? statedAmount, long sum, ExpenditureType type, string column)
            {
                if (statedAmount is { } value && value != sum)
                    lines.Add(Line(value - sum, type, HenanDocument.Cite(basicTable, stated.Row, column), BasicSpendingBalance.UnallocatedMarker));
            }
        }

        var basicName = expenditure.Spec.Columns![HenanTableCatalog.BasicColumn];
        if (expenditure.Total is { } allFunds && basic.FirstOrDefault(r => r.IsTotal) is { } economicTotal)
        {
            var allFundsSource = expenditure.Cite(allFunds, basicName, isPdf: false);
            var (generalBasic, generalSource) = publicBudget?.Total is { } general
                ? (general.Amount(HenanTableCatalog.BasicColumn), publicBudget.Cite(general, basicName, isPdf: false))
                : (economicTotal.Total ?? 0, allFundsSource);
            foreach (var (amount, marker, source) in BasicSpendingBalance.Rows(economicTotal.Total ?? 0, generalBasic, generalSource, allFunds.Amount(HenanTableCatalog.BasicColumn), allFundsSource))
                lines.Add(Line(amount, ExpenditureType.Basic, source, marker));
        }

        if (expenditure.Total is { } total && total.Amount(HenanTableCatalog.ProjectColumn) is var project && project != 0)
            lines.Add(Line(project, ExpenditureType.Project, expenditure.Cite(total, expenditure.Spec.Columns![HenanTableCatalog.ProjectColumn], isPdf: false), ProjectMarker));

        return lines;
    }
}
