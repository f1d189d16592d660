namespace BudgetGraph.Importer.Cli;

/// <summary>
/// The process exit codes, one table for every command so scripts can branch on them. 2 is both a usage error and,
/// for `check`, unreadable input, as grep and diff use 2 for "could not answer": either way there is no verdict.
/// Scripts that need to tell them apart use `--format json`, which writes its document for unreadable input and
/// nothing for a usage error.
/// </summary>
internal static class ExitCodes
{
    /// <summary>import: every file loaded; check: every file clean; upgrade: done; help.</summary>
    public const int Success = 0;

    /// <summary>import: some file failed (the database is unchanged for it); check: findings; upgrade: failed.</summary>
    public const int Failed = 1;

    /// <summary>Usage error; check: unreadable input; import: the database needs `upgrade` first.</summary>
    public const int Unusable = 2;

    /// <summary>Stopped by Ctrl+C: 128 + SIGINT, as shells report a process the signal ended.</summary>
    public const int Interrupted = 130;
}
