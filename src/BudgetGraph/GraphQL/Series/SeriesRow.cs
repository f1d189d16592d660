namespace BudgetGraph.GraphQL.Series;

/// <summary>One group's amounts over a range of years; a year without the group has a null amount.</summary>
public sealed record SeriesRow(string Key, string Label, IReadOnlyList<SeriesPoint> Points);
