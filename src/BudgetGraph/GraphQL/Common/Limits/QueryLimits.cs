namespace BudgetGraph.GraphQL.Common.Limits;

/// <summary>
/// How much query text the API reads, checked by one linear pass before the parser, validation or cost analysis run
/// (<see cref="QueryShape"/>). No real client meets them: GraphiQL's introspection query is about 3 KB, 400 tokens,
/// 80 fields after its fragments are expanded. Each is configurable (<c>GraphQL:Limits:MaxTokens</c> …).
/// </summary>
public sealed record QueryLimits
{
    public static QueryLimits Default { get; } = new();

    /// <summary>Characters of query text.</summary>
    public int MaxLength { get; init; } = 32 * 1024;

    public int MaxTokens { get; init; } = 5_000;

    /// <summary>Field selections as written (a fragment's fields counted once).</summary>
    public int MaxFields { get; init; } = 1_000;

    public int MaxFragments { get; init; } = 100;

    /// <summary>Directives on one field, fragment, operation or variable.</summary>
    public int MaxDirectivesPerLocation { get; init; } = 5;

    /// <summary>
    /// Field selections with every fragment spread replaced by the fragment's fields: what validation and execution
    /// walk. Counted with each fragment's size worked out once, so fragments spreading each other twice cannot make
    /// this count — or the work after it — explode.
    /// </summary>
    public int MaxExpandedFields { get; init; } = 5_000;

    /// <summary>Nesting of selection sets, lists and objects (the parser's own limit).</summary>
    public int MaxDepth { get; init; } = 64;
}
