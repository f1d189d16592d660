namespace BudgetGraph.Ingest.Formats;

/// <summary>A titled table the document prints that its profile does not read (Validation reports it as UNKNOWN_TABLE).</summary>
public sealed record UnreadTable(string PrintedTitle, int Page, int? Line);
