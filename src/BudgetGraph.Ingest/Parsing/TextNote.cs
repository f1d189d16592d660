namespace BudgetGraph.Ingest.Parsing;

/// <summary>A note printed with a table (注：…, 说明：…), possibly continued over several lines.</summary>
public sealed record TextNote(int Line, string Text);
