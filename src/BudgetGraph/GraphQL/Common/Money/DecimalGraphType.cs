namespace BudgetGraph.GraphQL.Common.Money;

/// <summary>
/// The Decimal scalar: an exact JSON number, written without trailing zeros (2506500, 195.6). Replaces
/// GraphQL.NET's built-in Decimal so that amounts never print the storage scale (195.6000).
/// </summary>
public sealed class DecimalGraphType : global::GraphQL.Types.DecimalGraphType
{
    public DecimalGraphType()
    {
        Name = "Decimal";
        Description = "精确小数 — an exact decimal number, serialised as a JSON number without trailing zeros (2506500, 195.6).";
    }

    public override object? Serialize(object? value) =>
        value is decimal number ? AmountConverter.Normalize(number) : base.Serialize(value);
}
