using System.Globalization;
using BudgetGraph.Data.Values;
using BudgetGraph.Ingest.Formats;
using BudgetGraph.Ingest.Records;
using BudgetGraph.Ingest.Validation;
using Spectre.Console;

namespace BudgetGraph.Importer.Cli;

/// <summary>
/// `check`'s report for people: per file the document, its tables and records, then the findings as a table (one row
/// each) followed by each finding's full explanation and the rows it points at, as plain lines that are never cut.
/// </summary>
internal static class CheckReport
{
    public static void Write(CheckedFile file)
    {
        var console = Consoles.Out;
        if (file.Read is not { } read)
        {
            console.MarkupLineInterpolated($"[bold]{file.Path}[/]: [red]unreadable[/]");
            Consoles.WriteError(file.Error!.Message);
            console.WriteLine();
            return;
        }

        var content = read.Content;
        console.MarkupLineInterpolated($"[bold]{content.Title}[/]");
        console.WriteLine($"  file      {file.Path}");
        console.WriteLine($"  document  {content.DocumentId}");
        console.WriteLine($"  family    {content.Family}");
        console.WriteLine($"  sha256    {read.Sha256}");

        var tables = new Table().Title("Tables").AddColumns("Table", "Unit", "Rows", "Empty");
        foreach (var t in content.Tables)
            tables.AddRow(Markup.Escape(t.Label), t.Unit is { } unit ? AmountFormat.Name(unit) : "", Number(t.Rows.Count), t.IsEmpty ? "empty (本表无数据)" : "");
        console.Write(tables);

        var counts = new Table().Title("Records").AddColumns("What", "Count");
        foreach (var kind in Enum.GetValues<LineKind>())
            counts.AddRow($"budget lines: {kind}", Number(content.Lines.Count(l => l.Kind == kind)));
        counts.AddRow("classification nodes", Number(content.Classification.Count));
        counts.AddRow("projects", Number(content.Projects.Count));
        counts.AddRow("indicators (projects + department)", Number(content.Projects.Sum(p => p.Indicators.Count) + content.DepartmentIndicators.Count));
        counts.AddRow("stated comparisons", Number(content.Comparisons.Count));
        counts.AddRow("facts", Number(content.Facts.Count));
        counts.AddRow("glossary terms", Number(content.Glossary.Count));
        console.Write(counts);

        WriteFindings(console, content);
        console.MarkupLine(file.Status == CheckStatus.Clean
            ? "[green]clean[/]: no finding of WARNING or ERROR severity"
            : $"[yellow]findings[/]: {Number(content.Findings.Count(f => CheckedFile.Counts(f.Severity)))} of WARNING or ERROR severity");
        console.WriteLine();
    }

    /// <summary>With several files, one row per file; always the verdict and the exit code it gives.</summary>
    public static void WriteSummary(IReadOnlyList<CheckedFile> files, int exitCode)
    {
        var console = Consoles.Out;
        if (files.Count > 1)
        {
            var table = new Table().Title("Check summary").AddColumns("File", "Document", "Status", "Info", "Warning", "Error");
            foreach (var file in files)
            {
                var findings = file.Read?.Content.Findings ?? [];
                table.AddRow(Markup.Escape(file.Path), Markup.Escape(file.Read?.Content.DocumentId ?? ""), Status(file.Status),
                    Number(findings.Count(f => f.Severity == Severity.Info)), Number(findings.Count(f => f.Severity == Severity.Warning)),
                    Number(findings.Count(f => f.Severity == Severity.Error)));
            }

            console.Write(table);
        }

        console.MarkupLineInterpolated(
            $"{files.Count} file(s): {files.Count(f => f.Status == CheckStatus.Clean)} clean, {files.Count(f => f.Status == CheckStatus.Findings)} with findings, {files.Count(f => f.Status == CheckStatus.Unreadable)} unreadable; exit code {exitCode}");
    }

    private static void WriteFindings(IAnsiConsole console, DisclosureContent content)
    {
        if (content.Findings.Count == 0)
        {
            console.WriteLine("Reconciliation: all tables agree.");
            return;
        }

        var table = new Table().Title("Reconciliation findings").AddColumns("#", "Severity", "Code", "Table", "Difference", "Rows");
        foreach (var (f, i) in content.Findings.Select((f, i) => (f, i + 1)))
        {
            table.AddRow(Number(i), SeverityMarkup(f.Severity), Markup.Escape(f.Code), Markup.Escape(f.Table ?? ""), Difference(content, f),
                Markup.Escape(string.Join(", ", f.Locations.Select(l => $"{TableNumber(l.Table)} row {l.Row}"))));
        }

        console.Write(table);

        // Past Spectre, straight to stdout: an explanation is one line however long, for the terminal to wrap, not us.
        foreach (var (f, i) in content.Findings.Select((f, i) => (f, i + 1)))
        {
            Console.Out.WriteLine($"{i}. {f.Code}: {f.Message}");
            foreach (var location in f.Locations)
            {
                var at = location.Line is { } line ? $"line {line}" : location.Page is { } page ? $"page {page}" : "";
                Console.Out.WriteLine($"   at {location.Table}, row {location.Row}{(at.Length > 0 ? $" ({at})" : "")}{(location.Column is null ? "" : $", {location.Column}")}");
            }
        }
    }

    /// <summary>The difference in the unit of the finding's table, as the reader sees it in the document.</summary>
    private static string Difference(DisclosureContent content, FindingRecord finding)
    {
        if (finding.Difference is not { } difference)
            return "";
        var unit = content.Tables.FirstOrDefault(t => t.Label == finding.Table)?.Unit ?? TableUnit.WanYuan;
        return AmountFormat.In(difference, unit);
    }

    private static string SeverityMarkup(Severity severity) => severity switch
    {
        Severity.Info => "INFO",
        Severity.Warning => "[yellow]WARNING[/]",
        _ => "[red]ERROR[/]",
    };

    private static string Status(CheckStatus status) => status switch
    {
        CheckStatus.Clean => "[green]clean[/]",
        CheckStatus.Findings => "[yellow]findings[/]",
        _ => "[red]unreadable[/]",
    };

    /// <summary>"07 支出经济分类汇总表" → "07": the rows column stays short; the explanation below names the table in full.</summary>
    private static string TableNumber(string label) => label.Split(' ', 2)[0];

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
