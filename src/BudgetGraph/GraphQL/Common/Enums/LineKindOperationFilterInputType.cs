using BudgetGraph.GraphQL.Common.Filtering;

namespace BudgetGraph.GraphQL.Common.Enums;

/// <summary>LineKindOperationFilterInput.</summary>
public sealed class LineKindOperationFilterInputType : EnumOperationFilterInputType<LineKindGraphType, Data.Entities.LineKind>
{
    public LineKindOperationFilterInputType()
        : base("LineKind")
    {
    }
}
