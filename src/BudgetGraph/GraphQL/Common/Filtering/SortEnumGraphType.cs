using BudgetGraph.GraphQL.Common.Enums;
using GraphQL.Types;

namespace BudgetGraph.GraphQL.Common.Filtering;

/// <summary>SortEnumType: ASC | DESC.</summary>
public sealed class SortEnumGraphType : EnumerationGraphType<SortDirection>
{
    public SortEnumGraphType()
    {
        Name = "SortEnumType";
        Description = "排序方向 — sort direction.";
        this.Describe("ASC", "升序: ascending.");
        this.Describe("DESC", "降序: descending.");
    }
}
