using BudgetGraph.GraphQL.Common.Filtering;

namespace BudgetGraph.GraphQL.Common.Enums;

/// <summary>LineKindOperationFilterInput.</summary>
public sealed class LineKindOperationFilterInputType : EnumOperationFilterInputType<LineKindGraphType, Data.Values.LineKind>
{
    public LineKindOperationFilterInputType()
        : base("LineKind")
    {
    }
}
