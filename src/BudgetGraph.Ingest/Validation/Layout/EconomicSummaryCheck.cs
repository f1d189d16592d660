using BudgetGraph.Ingest.Formats.Common;
using BudgetGraph.Ingest.Formats.Layout;
using BudgetGraph.Ingest.Records;

namespace BudgetGraph.Ingest.Validation.Layout;

/// <summary>
/// Table 07 rows against 07's own total. When they disagree, look for the explanation a reader would find: economic
/// code pairs (部门 code, 政府 code) that table 06 lists and table 07 lacks, whose amounts make up the gap — in the
/// reference file the two 30229 福利费 rows, 3.18 + 0.57 = 3.75.
/// </summary>
public static class EconomicSummaryCheck
{
    public static void Run(LayoutTable summary, LayoutTable? basic, bool isPdf, List<FindingRecord> findings)
    {
        if (summary.Unit is not { } unit || summary.Total is not { } total || total.Amounts[0] is not { } statedTotal)
            return;
        var column = summary.Spec.Columns![0];
        var rows = summary.Coded.Where(r => r.Amounts[0] is not null).ToList();
        var stated = new AmountRef(statedTotal, summary.Cite(total, column, isPdf));
        var parts = rows.Select(r => new AmountRef(r.Amount(0), summary.Cite(r, column, isPdf))).ToList();
        if (SumCheck.Compare(CheckRegistry.EconomicSummaryTotalMismatch, summary.Label, stated, parts, unit, $"Table {summary.Label}: the rows add up to", $"its 合计 row ({column})") is not { } finding)
            return;

        var present = rows.Select(r => (r.Code, r.SecondCode)).ToHashSet();
        var missing = basic?.Coded.Where(r => r.Amounts[0] is not null && !present.Contains((r.Code, r.SecondCode))).ToList() ?? [];
        var missingSum = missing.Sum(r => r.Amount(0));
        var gap = finding.Difference ?? 0;
        if (basic is not null && missing.Count > 0 && Math.Abs(missingSum - gap) <= Tolerance.For(missing.Count, unit))
        {
            var basicColumn = basic.Spec.Columns![0];
            var list = string.Join(", ", missing.Select(r => $"{r.Code} {r.Name} / {r.SecondCode} {r.SecondName} ({AmountFormat.In(r.Amount(0), unit)}, row {r.Number})"));
            var sum = string.Join(" + ", missing.Select(r => AmountFormat.In(r.Amount(0), unit).Split(' ')[0]));
            finding = finding with
            {
                Message = finding.Message + $" The gap equals the rows that table {basic.Label} lists and table {summary.Label} lacks: {list}; {sum} = {AmountFormat.In(missingSum, unit)}.",
                Locations = [.. finding.Locations, .. missing.Select(r => basic.Cite(r, basicColumn, isPdf))],
            };
        }

        findings.Add(finding);
    }
}
