using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQL.Validation.Errors.Custom;
using GraphQLParser.AST;

namespace BudgetGraph.GraphQL.Common.Paging;

/// <summary>
/// The API's cost analysis, in place of GraphQL.NET's: the same model (<see cref="PageComplexity"/>: a field costs 1,
/// introspection fields 0.01, and multiplies its children by its page size or list size) and the same limits (depth
/// <see cref="MaxDepth"/>, cost <see cref="MaxCost"/>), but each fragment is costed once and reused wherever it is
/// spread — the cost of a selection is proportional to its multiplier — so fragments spreading each other cannot make
/// the analysis itself exponential. Runs after variables are read (a page size may be a variable).
/// </summary>
public sealed class QueryCostRule(int maxDepth, double maxCost) : ValidationRuleBase
{
    public int MaxDepth { get; } = maxDepth;

    public double MaxCost { get; } = maxCost;

    public override ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context)
    {
        if (context.HasErrors || context.Operation is not { } operation || context.Schema.Query is not { } query)
            return default;
        var costs = new Costs(context);
        var (cost, depth) = costs.Of(operation.SelectionSet, query);
        if (depth > MaxDepth)
            context.ReportError(new ComplexityError($"Query is too nested to execute. Depth is {depth} levels, maximum allowed on this endpoint is {MaxDepth}."));
        else if (cost > MaxCost)
            context.ReportError(new ComplexityError($"Query is too complex to execute. Complexity is {cost:0}; maximum allowed on this endpoint is {MaxCost:0}."));
        return default;
    }

    /// <summary>Cost (at multiplier 1) and depth of selection sets, each fragment's worked out once.</summary>
    private sealed class Costs(ValidationContext context)
    {
        private readonly Dictionary<string, (double Cost, int Depth)> _fragments = new(StringComparer.Ordinal);
        private readonly HashSet<string> _visiting = new(StringComparer.Ordinal);

        public (double Cost, int Depth) Of(GraphQLSelectionSet selections, IGraphType parent)
        {
            double cost = 0;
            var depth = 0;
            foreach (var selection in selections.Selections)
            {
                var (selectionCost, selectionDepth) = selection switch
                {
                    GraphQLField field => Field(field, parent),
                    GraphQLInlineFragment inline => Of(inline.SelectionSet, TypeOf(inline.TypeCondition?.Type.Name.StringValue) ?? parent),
                    GraphQLFragmentSpread spread => Fragment(spread.FragmentName.Name.StringValue),
                    _ => (0, 0),
                };
                cost += selectionCost;
                depth = Math.Max(depth, selectionDepth);
            }

            return (cost, depth);
        }

        private (double Cost, int Depth) Field(GraphQLField field, IGraphType parent)
        {
            var name = field.Name.StringValue;
            var definition = (parent.GetNamedType() as IComplexGraphType)?.GetField(name);
            var introspection = name.StartsWith("__", StringComparison.Ordinal) || parent.Name.StartsWith("__", StringComparison.Ordinal);
            var impact = introspection ? 0.01 : 1;
            if (field.SelectionSet is null || definition?.ResolvedType is not { } type)
                return (impact, 1);
            var (children, depth) = Of(field.SelectionSet, type.GetNamedType());
            return (impact + (Multiplier(field, parent, definition) * children), depth + 1);
        }

        private (double Cost, int Depth) Fragment(string name)
        {
            if (_fragments.TryGetValue(name, out var known))
                return known;
            if (context.Document.Definitions.OfType<GraphQLFragmentDefinition>().FirstOrDefault(f => f.FragmentName.Name.StringValue == name) is not { } fragment
                || !_visiting.Add(name))
                return (0, 0);
            var result = Of(fragment.SelectionSet, TypeOf(fragment.TypeCondition.Type.Name.StringValue) ?? context.Schema.Query);
            _visiting.Remove(name);
            _fragments[name] = result;
            return result;
        }

        /// <summary>What <see cref="PageComplexity.Impact"/> says a field multiplies its children by.</summary>
        private int Multiplier(GraphQLField field, IGraphType parent, FieldType definition)
        {
            if (definition.Arguments?.Find("first") is not null)
            {
                var size = Argument(field, "first") ?? Argument(field, "last") ?? PageRequest.DefaultPageSize;
                return Math.Clamp(size, 0, PageRequest.MaxPageSize);
            }

            if (parent.Name.EndsWith("Connection", StringComparison.Ordinal))
                return 1;
            return (definition.ResolvedType is NonNullGraphType nonNull ? nonNull.ResolvedType : definition.ResolvedType) is ListGraphType
                ? PageComplexity.DefaultListSize
                : 1;
        }

        private int? Argument(GraphQLField field, string name) =>
            field.Arguments?.Items.FirstOrDefault(a => a.Name.StringValue == name)?.Value switch
            {
                GraphQLIntValue value => int.TryParse(value.Value.Span, out var size) ? size : null,
                GraphQLVariable variable => context.Variables.TryGetValue(variable.Name.StringValue, out var value) ? value as int? : null,
                _ => null,
            };

        private IGraphType? TypeOf(string? name) => name is null ? null : context.Schema.AllTypes[name];
    }
}
