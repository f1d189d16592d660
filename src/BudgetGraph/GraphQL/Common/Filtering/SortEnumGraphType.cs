using BudgetGraph.GraphQL.Common.Enums;
using GraphQL.Types;

namespace BudgetGraph.GraphQL.Common.Filtering;

/// <summary>SortEnumType: ASC | DESC.</summary>
public sealed class SortEnumGraphType : EnumerationGraphType<SortDirection>
{
    public SortEnumGraphType()
    {
        Name = "SortEnumType";
        Description = "Sort direction.";
        this.Describe("ASC", "Ascending.");
        this.Describe("DESC", "Descending.");
    }
}
