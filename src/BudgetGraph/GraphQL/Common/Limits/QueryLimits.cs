namespace BudgetGraph.GraphQL.Common.Limits;

/// <summary>
/// How much query text the API reads, checked by one linear pass before the parser, validation or cost analysis run
/// (<see cref="QueryShape"/>). No real client meets them: GraphiQL's introspection query is about 3 KB, 400 tokens,
/// 80 fields after its fragments are expanded.
/// </summary>
public static class QueryLimits
{
    /// <summary>Characters of query text.</summary>
    public const int MaxLength = 32 * 1024;

    public const int MaxTokens = 5_000;

    /// <summary>Field selections as written (a fragment's fields counted once).</summary>
    public const int MaxFields = 1_000;

    public const int MaxFragments = 100;

    /// <summary>Directives on one field, fragment, operation or variable.</summary>
    public const int MaxDirectivesPerLocation = 5;

    /// <summary>
    /// Field selections with every fragment spread replaced by the fragment's fields: what validation and execution
    /// walk. Counted with each fragment's size worked out once, so fragments spreading each other twice cannot make
    /// this count — or the work after it — explode.
    /// </summary>
    public const int MaxExpandedFields = 5_000;

    /// <summary>Nesting of selection sets, lists and objects (the parser's own limit).</summary>
    public const int MaxDepth = 64;
}
