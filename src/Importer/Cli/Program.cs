namespace BudgetGraph.Importer.Cli;

/// <summary>
/// `import &lt;file-or-folder&gt;...` loads disclosures into the database (ConnectionStrings:Budget, environment
/// ConnectionStrings__Budget, default SQLite budget.db in the working directory); `check &lt;file&gt;` prints the parse
/// and reconciliation report without touching any database; `upgrade` rebuilds an outdated database from its stored
/// files. Exit code 0 = all good, 1 = bad input, 2 = usage.
/// </summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };

        return args switch
        {
            ["import", .. var paths] when paths.Length > 0 => await ImportCommand.RunAsync(paths, cancellation.Token),
            ["check", var file] => await CheckCommand.RunAsync(file, cancellation.Token),
            ["upgrade"] => await UpgradeCommand.RunAsync(cancellation.Token),
            _ => Usage(),
        };
    }

    private static int Usage()
    {
        // Plain text: a usage message should not be wrapped to the console's guessed width.
        Console.Error.WriteLine("usage: BudgetGraph.Importer import <file-or-folder>...   load disclosures (*.txt and *.pdf in a folder and its subfolders)");
        Console.Error.WriteLine("       BudgetGraph.Importer check <file>               parse and reconcile, write nothing");
        Console.Error.WriteLine("       BudgetGraph.Importer upgrade                    rebuild a database of another schema version from the files it stores");
        Console.Error.WriteLine("database: ConnectionStrings__Budget (default \"Data Source=budget.db\"), Database__Provider = Sqlite | Postgres");
        return 2;
    }
}
