namespace BudgetGraph.Ingest.Formats.Reference;

/// <summary>One administrative division: its 6-digit GB/T 2260 code (310107) and the code of the division around it.</summary>
public sealed record Division(string Code, string Name, DivisionLevel Level, string? ParentCode);
