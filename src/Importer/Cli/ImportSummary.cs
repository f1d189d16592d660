using System.Globalization;
using BudgetGraph.Ingest.Loading;
using Spectre.Console;

namespace BudgetGraph.Importer.Cli;

/// <summary>
/// `import`'s report for people: one row per file (its name; the progress lines and the JSON give the full path), the
/// totals, then every failed file's located error on stderr.
/// </summary>
internal static class ImportSummary
{
    public static void Write(IReadOnlyList<FileOutcome> outcomes, IReadOnlyDictionary<string, int> warningsByDocument)
    {
        var table = new Table().Title("Import summary").AddColumns("File", "Document", "Family", "Tables", "Outcome", "Lines", "Findings");
        foreach (var outcome in outcomes)
        {
            if (outcome.Result is not { } result)
            {
                table.AddRow(Markup.Escape(Path.GetFileName(outcome.Path)), "", "", "", "[red]failed[/] (database unchanged)", "", "");
                continue;
            }

            var shown = result.Outcome switch
            {
                ImportOutcome.Created => "[green]created[/]",
                ImportOutcome.Replaced => "[yellow]replaced[/] (newer file)",
                _ => "unchanged (already imported)",
            };
            var warnings = warningsByDocument.GetValueOrDefault(result.DocumentId);
            var counted = warnings == 0 ? Number(result.Findings) : $"{Number(result.Findings)} ([yellow]{Number(warnings)} WARNING or ERROR[/])";
            table.AddRow(Markup.Escape(Path.GetFileName(outcome.Path)), Markup.Escape(result.DocumentId), Markup.Escape(result.Family), Number(result.Tables), shown, Number(result.Lines), counted);
        }

        var results = outcomes.Where(o => o.Result is not null).Select(o => o.Result!).ToList();
        var failed = outcomes.Count - results.Count;
        table.AddRow("[bold]Total[/]", $"[bold]{results.Count} document(s)[/]", "", $"[bold]{Number(results.Sum(r => r.Tables))}[/]", failed == 0 ? "" : $"[red]{Number(failed)} failed[/]",
            $"[bold]{Number(results.Sum(r => r.Lines))}[/]", $"[bold]{Number(results.Sum(r => r.Findings))}[/]");
        Consoles.Out.Write(table);
        foreach (var outcome in outcomes.Where(o => o.Error is not null))
            Consoles.WriteError(outcome.Error!.Message);
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
