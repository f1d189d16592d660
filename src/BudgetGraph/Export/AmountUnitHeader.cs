using BudgetGraph.GraphQL.Common.Money;
using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;

namespace BudgetGraph.Export;

/// <summary>
/// The unit an amount column is in, for its header (<c>amount (万元)</c>): the field's <c>unit:</c> argument as the
/// query gives it — a literal, or a variable from the request or its default — else the argument's default (元).
/// An amount field is a Decimal that takes <c>unit: AmountUnit</c> (see <see cref="AmountFieldExtensions"/>).
/// </summary>
internal sealed class AmountUnitHeader(GraphQLOperationDefinition operation, Inputs? variables)
{
    private readonly GraphQLOperationDefinition _operation = operation;
    private readonly Inputs? _variables = variables;

    /// <summary>" (万元)" and the like for an amount field; "" for any other field.</summary>
    public string SuffixFor(FieldType? definition, GraphQLField field)
    {
        if (definition?.ResolvedType?.GetNamedType() is not global::GraphQL.Types.DecimalGraphType
            || definition.Arguments?.Find(AmountFieldExtensions.UnitArgumentName) is not { } argument
            || argument.ResolvedType?.GetNamedType() is not AmountUnitGraphType unitType)
        {
            return "";
        }

        var given = field.Arguments?.Items.FirstOrDefault(a => a.Name.StringValue == AmountFieldExtensions.UnitArgumentName)?.Value;
        var unit = (given is null ? null : UnitOf(given, unitType)) ?? argument.DefaultValue as AmountUnit? ?? AmountUnit.Yuan;
        return unit switch
        {
            AmountUnit.WanYuan => " (万元)",
            AmountUnit.YiYuan => " (亿元)",
            _ => " (元)",
        };
    }

    private AmountUnit? UnitOf(GraphQLValue value, AmountUnitGraphType unitType) => value switch
    {
        GraphQLEnumValue literal => Parse(literal.Name.StringValue, unitType),
        GraphQLVariable variable when _variables?.TryGetValue(variable.Name.StringValue, out var sent) == true => sent is string name ? Parse(name, unitType) : null,
        GraphQLVariable variable => _operation.Variables?.Items
            .FirstOrDefault(definition => definition.Variable.Name.StringValue == variable.Name.StringValue)?.DefaultValue is { } defaultValue
            ? UnitOf(defaultValue, unitType)
            : null,
        _ => null,
    };

    /// <summary>An enum value's name as the schema's AmountUnit type defines it (YUAN, WAN_YUAN, YI_YUAN).</summary>
    private static AmountUnit? Parse(string name, AmountUnitGraphType unitType) => unitType.Values.FindByName(name)?.Value as AmountUnit?;
}
