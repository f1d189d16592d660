using GraphQLParser;
using GraphQLParser.AST;

namespace BudgetGraph.Export;

/// <summary>
/// The fields of a selection set in selection order, with fragments (named and inline) expanded and each response
/// name once, as GraphQL merges repeated fields into one entry of the response.
/// </summary>
internal static class SelectionFields
{
    public static IEnumerable<GraphQLField> Of(GraphQLSelectionSet? selectionSet, GraphQLDocument document)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        // Validation reports cyclic fragments, but the export's own rule runs beside that check, so guard here too.
        var fragments = new HashSet<string>(StringComparer.Ordinal);
        return Expand(selectionSet, document, fragments).Where(field => seen.Add(ResponseName(field)));
    }

    /// <summary>The key of the field in the response: its alias when it has one.</summary>
    public static string ResponseName(GraphQLField field) => (field.Alias?.Name ?? field.Name).StringValue;

    private static IEnumerable<GraphQLField> Expand(GraphQLSelectionSet? selectionSet, GraphQLDocument document, HashSet<string> fragments)
    {
        foreach (var selection in selectionSet?.Selections ?? [])
        {
            var nested = selection switch
            {
                GraphQLField field => [field],
                GraphQLInlineFragment inline => Expand(inline.SelectionSet, document, fragments),
                GraphQLFragmentSpread spread when fragments.Add(spread.FragmentName.Name.StringValue)
                    && document.FindFragmentDefinition(spread.FragmentName.Name.Value) is { } fragment
                    => Expand(fragment.SelectionSet, document, fragments),
                _ => [],
            };
            foreach (var field in nested)
                yield return field;
        }
    }
}
