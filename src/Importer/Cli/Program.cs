namespace BudgetGraph.Importer.Cli;

/// <summary>
/// `import &lt;file-or-folder&gt;...` loads disclosures into the database (ConnectionStrings:Budget, environment
/// ConnectionStrings__Budget, default SQLite budget.db in the working directory); `check &lt;file-or-folder&gt;...`
/// prints the parse and reconciliation report without touching any database; `upgrade` rebuilds an outdated database
/// from its stored files; `--help` explains each. Exit codes: see <see cref="ExitCodes"/> and <see cref="HelpText"/>.
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

        Invocation invocation;
        try
        {
            invocation = CommandLine.Parse(args);
        }
        catch (UsageException e)
        {
            // Plain text on stderr, nothing on stdout: a script reading JSON from stdout sees no document at all.
            Console.Error.WriteLine($"error: {e.Message}");
            Console.Error.WriteLine(HelpText.Usage(e.Command));
            return ExitCodes.Unusable;
        }

        if (invocation.Help)
        {
            Console.Out.WriteLine(HelpText.For(invocation.Command));
            return ExitCodes.Success;
        }

        try
        {
            return invocation.Command switch
            {
                CommandLine.Import => await ImportCommand.RunAsync(invocation.Operands, invocation.Format, cancellation.Token),
                CommandLine.Check => await CheckCommand.RunAsync(invocation.Operands, invocation.Format, cancellation.Token),
                CommandLine.Survey => await SurveyCommand.RunAsync(invocation.Operands, invocation.Format, cancellation.Token),
                CommandLine.Names => await NamesCommand.RunAsync(invocation.Operands, cancellation.Token),
                CommandLine.Package => await PackageCommand.RunAsync(invocation.Operands, invocation.Output!, invocation.Except ?? [], cancellation.Token),
                _ => await UpgradeCommand.RunAsync(cancellation.Token),
            };
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            // Ctrl+C: the document being written rolled back with its transaction, every earlier one is complete.
            Console.Error.WriteLine("interrupted: every document written so far is complete; run the command again to do the rest");
            return ExitCodes.Interrupted;
        }
    }
}
