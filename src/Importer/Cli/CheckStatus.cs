namespace BudgetGraph.Importer.Cli;

/// <summary>
/// The verdict on one checked file, in order of gravity (the worst of several files is the run's) and numbered as
/// its exit code.
/// </summary>
internal enum CheckStatus
{
    /// <summary>No finding of WARNING or ERROR severity: INFO (within rounding) only, or none.</summary>
    Clean = ExitCodes.Success,

    /// <summary>At least one WARNING (a real disagreement between tables) or ERROR (an unusable table).</summary>
    Findings = ExitCodes.Failed,

    /// <summary>Missing, not a disclosure, or a parse error.</summary>
    Unreadable = ExitCodes.Unusable,
}
