namespace BudgetGraph.GraphQL.Classification;

/// <summary>An English label and whether it is an official translation (true) or the project's own (false).</summary>
public sealed record EnglishLabel(string Text, bool Official);
