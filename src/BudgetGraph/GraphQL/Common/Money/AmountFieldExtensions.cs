using GraphQL;
using GraphQL.Types;

namespace BudgetGraph.GraphQL.Common.Money;

/// <summary>Declares amount fields: a Decimal with the <c>unit: AmountUnit = YUAN</c> argument every amount takes.</summary>
public static class AmountFieldExtensions
{
    public const string UnitArgumentName = "unit";

    public static void AmountField<TSource>(this ObjectGraphType<TSource> type, string name, string description, Func<TSource, long> amount) =>
        type.Field<NonNullGraphType<DecimalGraphType>>(name)
            .Description(description)
            .UnitArgument()
            .Resolve(context => AmountConverter.Convert(amount(context.Source), context.Unit()));

    public static void NullableAmountField<TSource>(this ObjectGraphType<TSource> type, string name, string description, Func<TSource, long?> amount) =>
        type.Field<DecimalGraphType>(name)
            .Description(description)
            .UnitArgument()
            .Resolve(context => AmountConverter.Convert(amount(context.Source), context.Unit()));

    public static global::GraphQL.Builders.FieldBuilder<TSource, TReturn> UnitArgument<TSource, TReturn>(this global::GraphQL.Builders.FieldBuilder<TSource, TReturn> field) =>
        field.Argument<AmountUnitGraphType>(UnitArgumentName, "Unit of the returned amount (元, 万元, 亿元).", argument => argument.DefaultValue = AmountUnit.Yuan);

    public static AmountUnit Unit(this IResolveFieldContext context) => context.GetArgument(UnitArgumentName, AmountUnit.Yuan);
}
