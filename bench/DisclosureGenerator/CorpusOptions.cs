namespace BudgetGraph.DisclosureGenerator;

/// <summary>What to generate: N departments × Y years from a first year, the seed, and the share of Shanghai documents.</summary>
public sealed record CorpusOptions(int Departments, int Years, int FirstYear = 2017, int Seed = 1, int ShanghaiEvery = 4, int Parallelism = 1);
