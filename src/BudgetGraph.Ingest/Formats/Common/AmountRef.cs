using BudgetGraph.Data.Values;

namespace BudgetGraph.Ingest.Formats.Common;

/// <summary>A published amount (stored units) and the cell it was read from.</summary>
public sealed record AmountRef(long Amount, SourceLocation Source);
