using GraphQL.Types;

namespace BudgetGraph.GraphQL;

/// <summary>A feature's fields on the root Query type.</summary>
public interface IQueryFields
{
    void AddTo(ObjectGraphType query);
}
