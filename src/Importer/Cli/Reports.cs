using System.Globalization;
using BudgetGraph.Data.Entities;
using BudgetGraph.Importer.Loading;
using BudgetGraph.Importer.Parsing;
using BudgetGraph.Importer.Validation;
using Spectre.Console;

namespace BudgetGraph.Importer.Cli;

/// <summary>The tables the CLI prints.</summary>
internal static class Reports
{
    public static void WriteImportSummary(IReadOnlyList<FileOutcome> outcomes, IReadOnlyDictionary<string, int> warningsByDocument)
    {
        var table = new Table().Title("Import summary").AddColumns("File", "Document", "Family", "Tables", "Outcome", "Lines", "Findings");
        foreach (var (result, error) in outcomes)
        {
            if (result is null)
            {
                table.AddRow(Markup.Escape(error!.FileName), "", "", "", "[red]failed[/] (database unchanged)", "", "");
                continue;
            }

            var outcome = result.Outcome switch
            {
                ImportOutcome.Created => "[green]created[/]",
                ImportOutcome.Replaced => "[yellow]replaced[/] (newer file)",
                _ => "unchanged (already imported)",
            };
            var warnings = warningsByDocument.GetValueOrDefault(result.DocumentId);
            var findings = warnings == 0 ? Number(result.Findings) : $"{Number(result.Findings)} ([yellow]{Number(warnings)} warning(s)[/])";
            table.AddRow(Markup.Escape(result.FileName), Markup.Escape(result.DocumentId), Markup.Escape(result.Family), Number(result.Tables), outcome, Number(result.Lines), findings);
        }

        var results = outcomes.Where(o => o.Result is not null).Select(o => o.Result!).ToList();
        var failed = outcomes.Count - results.Count;
        table.AddRow("[bold]Total[/]", $"[bold]{results.Count} document(s)[/]", "", $"[bold]{Number(results.Sum(r => r.Tables))}[/]", failed == 0 ? "" : $"[red]{Number(failed)} failed[/]",
            $"[bold]{Number(results.Sum(r => r.Lines))}[/]", $"[bold]{Number(results.Sum(r => r.Findings))}[/]");
        AnsiConsole.Write(table);
        foreach (var error in outcomes.Where(o => o.Error is not null))
            WriteError(error.Error!);
    }

    public static void WriteError(DisclosureFormatException error) =>
        AnsiConsole.MarkupLineInterpolated($"[red]error:[/] {error.Message}");

    public static void WriteCheck(ReadDisclosure read)
    {
        var content = read.Content;
        AnsiConsole.MarkupLineInterpolated($"[bold]{content.Title}[/]  {content.DocumentId}  family {content.Family}  sha256 {read.Sha256}");

        var tables = new Table().Title("Tables").AddColumns("Table", "Unit", "Rows", "Empty", "Note");
        foreach (var t in content.Tables)
        {
            tables.AddRow(Markup.Escape(t.Label), t.Unit is { } unit ? AmountFormat.Name(unit) : "", Number(t.Rows.Count),
                t.IsEmpty ? "empty (本表无数据)" : "", Markup.Escape(Shorten(t.Note)));
        }

        AnsiConsole.Write(tables);

        var counts = new Table().Title("Records").AddColumns("What", "Count");
        foreach (var kind in Enum.GetValues<LineKind>())
            counts.AddRow($"budget lines: {kind}", Number(content.Lines.Count(l => l.Kind == kind)));
        counts.AddRow("classification nodes", Number(content.Classification.Count));
        counts.AddRow("projects", Number(content.Projects.Count));
        counts.AddRow("indicators (projects + department)", Number(content.Projects.Sum(p => p.Indicators.Count) + content.DepartmentIndicators.Count));
        counts.AddRow("stated comparisons", Number(content.Comparisons.Count));
        counts.AddRow("facts", Number(content.Facts.Count));
        counts.AddRow("glossary terms", Number(content.Glossary.Count));
        AnsiConsole.Write(counts);

        var findings = new Table().Title("Reconciliation").AddColumns("Severity", "Table", "Difference", "Finding");
        foreach (var f in content.Findings)
        {
            var severity = f.Severity == Severity.Warning ? "[yellow]WARNING[/]" : f.Severity.ToString().ToUpperInvariant();
            var where = string.Join("\n", f.Locations.Select(l => $"  at {l.Source.Table}, row {l.Source.Row} (line {l.Source.Line}), {l.Source.Column}"));
            findings.AddRow(severity, Markup.Escape(f.Table ?? ""), f.Difference is { } d ? AmountFormat.In(d, TableUnit.WanYuan) : "",
                Markup.Escape($"{f.Code}: {f.Message}\n{where}"));
        }

        if (content.Findings.Count == 0)
            findings.AddRow("", "", "", "all tables agree");
        AnsiConsole.Write(findings);
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Shorten(string? text) =>
        text is null ? "" : text.Length <= 40 ? text.ReplaceLineEndings(" ") : text[..40].ReplaceLineEndings(" ") + "…";
}
