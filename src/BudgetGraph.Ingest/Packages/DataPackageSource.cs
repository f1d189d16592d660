namespace BudgetGraph.Ingest.Packages;

/// <summary>One imported disclosure as a source of the data package: its title, file and publisher.</summary>
public sealed record DataPackageSource(string Title, string FileName, string Sha256, string? Publisher);
