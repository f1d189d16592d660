using GraphQL.Types;

namespace BudgetGraph.GraphQL.Common.Enums;

/// <summary>Describes enum values by their GraphQL name; a misspelt name fails at schema construction.</summary>
public static class EnumValueDescriptions
{
    public static void Describe(this EnumerationGraphType type, string name, string description) =>
        (type.Values[name] ?? throw new InvalidOperationException($"{type.Name} has no value {name}.")).Description = description;
}
