using GraphQL.Types;

namespace BudgetGraph.GraphQL.Common.Filtering;

/// <summary>XxxOperationFilterInput of an enum (eq neq in nin); one concrete subclass per enum names it.</summary>
public abstract class EnumOperationFilterInputType<TEnumGraphType, TEnum> : InputObjectGraphType<EnumOperationFilter<TEnum>>
    where TEnumGraphType : EnumerationGraphType<TEnum>
    where TEnum : struct, Enum
{
    protected EnumOperationFilterInputType(string enumName)
    {
        Name = enumName + "OperationFilterInput";
        Description = $"Operators on a {enumName}; all given operators must hold.";
        Field<TEnumGraphType>("eq").Description("Equal to.");
        Field<TEnumGraphType>("neq").Description("Not equal to.");
        Field<ListGraphType<NonNullGraphType<TEnumGraphType>>>("in").Description("One of these.");
        Field<ListGraphType<NonNullGraphType<TEnumGraphType>>>("nin").Description("None of these.");
    }
}
