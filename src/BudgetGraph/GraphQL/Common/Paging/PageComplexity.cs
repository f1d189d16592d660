using GraphQL.Types;
using GraphQL.Validation.Complexity;

namespace BudgetGraph.GraphQL.Common.Paging;

/// <summary>
/// How much a field may return, for GraphQL.NET's complexity analyzer: every field counts 1, and the fields below it
/// count once per item it may return — a connection's page size (first/last, default 50, capped at 500; an
/// oversized page is reported once, as PAGE_SIZE_EXCEEDED), 1 for its nodes/edges (the page was counted already),
/// 5 for any other list. GraphQL.NET's default looks for first/last on enclosing fields too, which counts a nested
/// list as large as the page above it.
/// </summary>
public static class PageComplexity
{
    public const int DefaultListSize = 5;

    public static FieldComplexityResult Impact(FieldImpactContext context)
    {
        var field = context.FieldDefinition;
        if (field.Arguments?.Find("first") is not null)
        {
            var size = context.GetArgument<int?>("first", null) ?? context.GetArgument<int?>("last", null) ?? PageRequest.DefaultPageSize;
            return new FieldComplexityResult(1, Math.Clamp(size, 0, PageRequest.MaxPageSize));
        }

        if (context.ParentType.Name.EndsWith("Connection", StringComparison.Ordinal))
            return new FieldComplexityResult(1, 1);
        return new FieldComplexityResult(1, IsList(field.ResolvedType) ? DefaultListSize : 1);
    }

    private static bool IsList(IGraphType? type) =>
        (type is NonNullGraphType nonNull ? nonNull.ResolvedType : type) is ListGraphType;
}
