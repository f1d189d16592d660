using BudgetGraph.Data.Values;
using BudgetGraph.Ingest.Formats.Common;
using BudgetGraph.Ingest.Formats.Henan;
using BudgetGraph.Ingest.Records;

namespace BudgetGraph.Ingest.Validation.Henan;

/// <summary>
/// Table 07 rows against 07's own total. When they disagree, look for the explanation a reader would find: economic
/// code pairs (部门 code, 政府 code) that table 06 lists and table 07 lacks, whose amounts make up the gap — in the
/// reference file the two 30229 福利费 rows, 3.18 + 0.57 = 3.75.
/// </summary>
internal sealed class EconomicSummaryCheck(HenanDocument document, IReadOnlyList<EconomicRow> basic, IReadOnlyList<EconomicRow> summary)
{
    public void Run(List<FindingRecord> findings)
    {
        var table = document["07"];
        var basicTable = document["06"];
        var unit = HenanDocument.UnitOf(table) ?? TableUnit.WanYuan;
        if (summary.FirstOrDefault(r => r.IsTotal) is not { Total: { } statedTotal } total)
            return;
        var rows = summary.Where(r => !r.IsTotal && r.Total is not null).ToList();
        var stated = new AmountRef(statedTotal, HenanDocument.Cite(table, total.Row, HenanEconomicTables.SummaryTotalColumn));
        var parts = rows.Select(r => new AmountRef(r.Total!.Value, HenanDocument.Cite(table, r.Row, HenanEconomicTables.SummaryTotalColumn))).ToList();
        if (SumCheck.Compare(CheckRegistry.EconomicSummaryTotalMismatch, table.Label, stated, parts, unit, $"Table {table.Label}: the rows add up to", "its 合计 row (总计)") is not { } finding)
            return;

        var present = rows.Select(r => (r.DepartmentCode, r.GovernmentCode)).ToHashSet();
        var missing = basic.Where(r => !r.IsTotal && r.Total is not null && !present.Contains((r.DepartmentCode, r.GovernmentCode))).ToList();
        var missingSum = missing.Sum(r => r.Total!.Value);
        var gap = finding.Difference ?? 0;
        if (missing.Count > 0 && Math.Abs(missingSum - gap) <= Tolerance.For(missing.Count, unit))
        {
            var list = string.Join(", ", missing.Select(r => $"{r.DepartmentCode} {r.DepartmentName} / {r.GovernmentCode} {r.GovernmentName} ({AmountFormat.In(r.Total!.Value, unit)}, row {HenanDocument.DataRowNumber(basicTable, r.Row)})"));
            var sum = string.Join(" + ", missing.Select(r => AmountFormat.In(r.Total!.Value, unit).Split(' ')[0]));
            finding = finding with
            {
                Message = finding.Message + $" The gap equals the rows that table {basicTable.Label} lists and table {table.Label} lacks: {list}; {sum} = {AmountFormat.In(missingSum, unit)}.",
                Locations = [.. finding.Locations, .. missing.Select(r => HenanDocument.Cite(basicTable, r.Row, HenanEconomicTables.TotalColumn))],
            };
        }

        findings.Add(finding);
    }
}
