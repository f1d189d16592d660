using GraphQL;

namespace BudgetGraph.GraphQL.Breakdowns;

/// <summary>What a query asks of the rows a field returns, so a resolver reads only what is selected.</summary>
public static class SelectedFields
{
    /// <summary>
    /// Whether the rows' selection (fragments included) names any of the fields; true when the executor cannot tell,
    /// so an unknown selection reads everything.
    /// </summary>
    public static bool SelectsAny(this IResolveFieldContext context, params string[] fields) =>
        context.SubFields is not { } selected || selected.Values.Any(field => fields.Contains(field.FieldType.Name, StringComparer.Ordinal));
}
