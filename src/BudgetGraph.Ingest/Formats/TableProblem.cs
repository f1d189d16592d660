using BudgetGraph.Ingest.Parsing;

namespace BudgetGraph.Ingest.Formats;

/// <summary>
/// A table of the document's set that the document lacks (<see cref="Error"/> null) or that could not be read (the
/// located reason): the rest is read, the document is partial. Validation reports each as an ERROR finding.
/// </summary>
public sealed record TableProblem(string Table, DisclosureFormatException? Error, bool IsPdf);
