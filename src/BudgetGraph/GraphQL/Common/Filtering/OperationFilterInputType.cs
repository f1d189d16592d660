using GraphQL.Types;

namespace BudgetGraph.GraphQL.Common.Filtering;

/// <summary>An operator input (eq, in, …) whose lists are bounded as the input is read (<see cref="FilterLimits"/>).</summary>
public abstract class OperationFilterInputType<TFilter> : InputObjectGraphType<TFilter>
{
    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        FilterLimits.CheckLists(value);
        return base.ParseDictionary(value);
    }
}
