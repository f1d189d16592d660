using GraphQL.Types;

namespace BudgetGraph.GraphQL.Common.Filtering;

/// <summary>XxxOperationFilterInput of an enum (eq neq in nin); one concrete subclass per enum names it.</summary>
public abstract class EnumOperationFilterInputType<TEnumGraphType, TEnum> : OperationFilterInputType<EnumOperationFilter<TEnum>>
    where TEnumGraphType : EnumerationGraphType<TEnum>
    where TEnum : struct, Enum
{
    protected EnumOperationFilterInputType(string enumName)
    {
        Name = enumName + "OperationFilterInput";
        Description = $"枚举条件 — operators on a {enumName}; all given operators must hold.";
        Field<TEnumGraphType>("eq").Description("等于: equal to.");
        Field<TEnumGraphType>("neq").Description("不等于: not equal to.");
        Field<ListGraphType<NonNullGraphType<TEnumGraphType>>>("in").Description("属于: one of these.");
        Field<ListGraphType<NonNullGraphType<TEnumGraphType>>>("nin").Description("不属于: none of these.");
    }
}
