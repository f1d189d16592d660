using BudgetGraph.Data;
using BudgetGraph.Data.Entities;
using BudgetGraph.Data.Values;
using BudgetGraph.Importer.Cli.Json;
using BudgetGraph.Ingest.Loading;
using BudgetGraph.Ingest.Parsing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Spectre.Console;

namespace BudgetGraph.Importer.Cli;

/// <summary>
/// Imports files and folders with progress (a bar on a terminal, a line per document otherwise), then reports one row
/// per file and the totals, as a table or as JSON. Each document is written in its own transaction, so an import
/// stopped at any point leaves every document complete or absent, and running it again imports the rest.
/// </summary>
internal static class ImportCommand
{
    public static async Task<int> RunAsync(IReadOnlyList<string> paths, OutputFormat format, CancellationToken cancellationToken)
    {
        var input = InputFiles.Expand(paths);
        if (input.Missing.Count > 0)
            return await RefuseMissingAsync(input.Missing, format, cancellationToken);

        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        await using var db = new BudgetDbContext(BudgetDatabase.CreateOptions(configuration));
        if (await BudgetSchema.EnsureAsync(db, cancellationToken) == SchemaState.Outdated)
        {
            Consoles.WriteError(BudgetSchema.OutdatedMessage);
            return ExitCodes.Unusable;
        }

        await ImportSession.ConfigureAsync(db, cancellationToken);
        var outcomes = await ImportWithProgressAsync(input.Files, new DisclosureImporter(db), format, cancellationToken);
        var exitCode = outcomes.All(o => o.Error is null) ? ExitCodes.Success : ExitCodes.Failed;
        if (format == OutputFormat.Json)
        {
            var findings = await FindingsAsync(db, outcomes, cancellationToken);
            await ImportSession.FinishAsync(db, cancellationToken);
            await CliJson.WriteAsync(ImportReportJson.From(outcomes, findings, exitCode), cancellationToken);
        }
        else
        {
            // The table shows counts only: one grouped query, not every finding of a run that may hold 100,000 documents.
            // Severity is stored as its name, so compare by equality, not by order.
            var warnings = await db.Findings.Where(f => f.Severity == Severity.Warning || f.Severity == Severity.Error)
                .GroupBy(f => f.DocumentId).Select(g => new { g.Key, Count = g.Count() })
                .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
            await ImportSession.FinishAsync(db, cancellationToken);
            ImportSummary.Write(outcomes, warnings);
        }

        return exitCode;
    }

    /// <summary>A path that does not exist is most likely a typo: import nothing rather than part of what was meant.</summary>
    private static async Task<int> RefuseMissingAsync(IReadOnlyList<string> missing, OutputFormat format, CancellationToken cancellationToken)
    {
        var outcomes = missing.Select(path => new FileOutcome(path, null, new DisclosureFormatException("no such file or folder; nothing was imported", path))).ToList();
        foreach (var outcome in outcomes)
            Consoles.WriteError(outcome.Error!.Message);
        if (format == OutputFormat.Json)
            await CliJson.WriteAsync(ImportReportJson.From(outcomes, Array.Empty<Finding>().ToLookup(f => f.DocumentId), ExitCodes.Failed), cancellationToken);
        return ExitCodes.Failed;
    }

    /// <summary>Progress goes where the report does not: stdout for the table report, stderr when stdout carries JSON.</summary>
    private static async Task<IReadOnlyList<FileOutcome>> ImportWithProgressAsync(IReadOnlyList<string> files, DisclosureImporter importer, OutputFormat format, CancellationToken cancellationToken)
    {
        // A data package counts as its documents.
        var items = ImportItem.For(files);
        var console = format == OutputFormat.Json ? Consoles.Error : Consoles.Out;
        if (!Consoles.CanAnimate(console))
        {
            var writer = format == OutputFormat.Json ? Console.Error : Console.Out;
            return await ImportRun.RunAsync(items, importer, new LineProgress(writer, items.Count), cancellationToken);
        }

        return await console.Progress().Columns(BarProgress.Columns).StartAsync(async context =>
        {
            var task = context.AddTask("Importing", maxValue: Math.Max(1, items.Count));
            return await ImportRun.RunAsync(items, importer, new BarProgress(task), cancellationToken);
        });
    }

    /// <summary>The findings the database holds for the run's documents, after every file (a later year may add to an earlier one's).</summary>
    private static async Task<ILookup<string, Finding>> FindingsAsync(BudgetDbContext db, IReadOnlyList<FileOutcome> outcomes, CancellationToken cancellationToken)
    {
        var documents = outcomes.Where(o => o.Result is not null).Select(o => o.Result!.DocumentId).Distinct().ToList();
        var findings = await db.Findings.AsNoTracking()
            .Where(f => documents.Contains(f.DocumentId))
            .Include(f => f.Locations.OrderBy(l => l.Id))
            .OrderBy(f => f.Id)
            .ToListAsync(cancellationToken);
        return findings.ToLookup(f => f.DocumentId);
    }
}
