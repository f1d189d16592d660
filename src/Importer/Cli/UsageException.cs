namespace BudgetGraph.Importer.Cli;

/// <summary>A command line the program cannot run: the problem, and the command whose usage to show (null: the program's).</summary>
internal sealed class UsageException : Exception
{
    public UsageException(string? command, string problem)
        : base(problem)
    {
        Command = command;
    }

    public UsageException()
    {
    }

    public UsageException(string message)
        : base(message)
    {
    }

    public UsageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public string? Command { get; }
}
