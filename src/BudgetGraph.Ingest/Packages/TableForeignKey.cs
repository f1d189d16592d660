namespace BudgetGraph.Ingest.Packages;

/// <summary>A Table Schema foreign key: these fields name a row of <paramref name="Resource"/> by its fields (empty resource: this table).</summary>
public sealed record TableForeignKey(IReadOnlyList<string> Fields, string Resource, IReadOnlyList<string> ReferenceFields);
