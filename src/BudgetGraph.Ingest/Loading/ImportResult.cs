namespace BudgetGraph.Ingest.Loading;

/// <summary>
/// What importing one file did: the document, its family and number of tables, its lines and its findings (those the
/// cross-year check added included).
/// </summary>
public sealed record ImportResult(string FileName, string DocumentId, ImportOutcome Outcome, string Family, int Tables, int Lines, int Findings);
