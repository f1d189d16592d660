using BudgetGraph.Data.Values;
using BudgetGraph.Ingest.Formats;
using BudgetGraph.Ingest.Formats.Hebei;
using BudgetGraph.Ingest.Formats.Layout;
using BudgetGraph.Ingest.Records;
using BudgetGraph.Ingest.Validation.Layout;

namespace BudgetGraph.Ingest.Validation;

/// <summary>
/// Runs the checks on what a family read: an ERROR per table missing or unreadable, a WARNING per titled table not read,
/// the family's reconciliation of its tables, the narrative's implausible base years. Every finding's code is in
/// <see cref="CheckRegistry"/>. The import's reader calls this after the family, so Formats never see a check.
/// </summary>
public static class Reconciliation
{
    public static IReadOnlyList<FindingRecord> Run(DisclosureContent content)
    {
        var findings = new List<FindingRecord>();
        findings.AddRange(content.TableProblems.Select(p => p.Error is null ? TableFindings.Missing(p.Table) : TableFindings.Unreadable(p.Table, p.Error, p.IsPdf)));
        findings.AddRange(content.UnreadTables.Select(UnknownTable));
        switch (content.Reconciliation)
        {
            case LayoutReconciliationInput layout:
                new LayoutReconciler(layout.Tables, layout.Views, layout.IsPdf).Check(findings);
                break;
            case HebeiReconciliationInput hebei:
                if (SumCheck.Compare(CheckRegistry.OverviewTotalMismatch, hebei.Table, hebei.Spending, [.. hebei.Lines.Select(l => new Formats.Common.AmountRef(l.Amount, l.Source))], hebei.Unit,
                        $"Table {hebei.Table}: the 类 rows of its expenditure side add up to", "本年支出合计") is { } classes)
                    findings.Add(classes);
                break;
        }

        findings.AddRange(content.DroppedBaseYears.Select(NarrativeYearsCheck.For));
        return findings;
    }

    private static FindingRecord UnknownTable(UnreadTable table) =>
        SumCheck.Create(CheckRegistry.UnknownTable, table.PrintedTitle, null,
            $"The document has a table this importer does not read: \"{table.PrintedTitle}\" (page {table.Page}{(table.Line is { } line ? $", line {line}" : "")}). It is not imported; its figures are not in any view.",
            [new SourceLocation { Table = table.PrintedTitle, Line = table.Line, Page = table.Page }]);
}
