using BudgetGraph.Data;
using BudgetGraph.Data.Entities;
using BudgetGraph.Importer.Loading;
using BudgetGraph.Importer.Parsing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Spectre.Console;

namespace BudgetGraph.Importer.Cli;

/// <summary>
/// Imports files and folders with a progress bar, then prints one summary row per file and the totals. The next files
/// are parsed on other cores while the current one is written (<see cref="ReadAhead"/>); each document is written in
/// its own transaction, so an import stopped at any point leaves every document complete or absent, and running it
/// again imports the rest.
/// </summary>
internal static class ImportCommand
{
    public static async Task<int> RunAsync(IReadOnlyList<string> paths, CancellationToken cancellationToken)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => f.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
                    .Where(f => !Path.GetFileName(f).Equals("README.md", StringComparison.Ordinal))
                    .Order(StringComparer.Ordinal));
            else if (File.Exists(path))
                files.Add(path);
            else
            {
                AnsiConsole.MarkupLineInterpolated($"[red]error:[/] {path}: no such file or folder");
                return 1;
            }
        }

        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        await using var db = new BudgetDbContext(BudgetDatabase.CreateOptions(configuration));
        if (await BudgetSchema.EnsureAsync(db, cancellationToken) == SchemaState.Outdated)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]error:[/] {BudgetSchema.OutdatedMessage}");
            return 2;
        }

        await ImportSession.ConfigureAsync(db, cancellationToken);
        var importer = new DisclosureImporter(db);
        var outcomes = new List<FileOutcome>();

        await AnsiConsole.Progress().StartAsync(async progress =>
        {
            var task = progress.AddTask("Importing", maxValue: Math.Max(1, files.Count));
            await foreach (var attempt in ReadAhead.ReadAsync(files, cancellationToken: cancellationToken))
            {
                task.Description = Markup.Escape(attempt.FileName);
                try
                {
                    outcomes.Add(new FileOutcome(await importer.ImportAsync(attempt, cancellationToken), null));
                }
                catch (DisclosureFormatException e)
                {
                    outcomes.Add(new FileOutcome(null, e));
                }

                task.Increment(1);
            }
        });

        var warnings = await db.Findings.Where(f => f.Severity == Severity.Warning)
            .GroupBy(f => f.DocumentId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        await ImportSession.FinishAsync(db, cancellationToken);
        Reports.WriteImportSummary(outcomes, warnings);
        return outcomes.All(o => o.Error is null) ? 0 : 1;
    }
}
