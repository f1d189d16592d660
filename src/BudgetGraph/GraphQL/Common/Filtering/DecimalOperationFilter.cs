using System.Linq.Expressions;
using BudgetGraph.GraphQL.Common.Errors;
using MoneyUnits = BudgetGraph.Data.Values.Money;

namespace BudgetGraph.GraphQL.Common.Filtering;

/// <summary>DecimalOperationFilterInput on an amount: values are 元 and compared exactly with the stored 1/10,000 元.</summary>
public sealed class DecimalOperationFilter
{
    public decimal? Eq { get; set; }

    public decimal? Neq { get; set; }

    public List<decimal>? In { get; set; }

    public decimal? Gt { get; set; }

    public decimal? Gte { get; set; }

    public decimal? Lt { get; set; }

    public decimal? Lte { get; set; }

    public Expression<Func<long, bool>> ToAmountPredicate()
    {
        var predicate = Predicate.True<long>();
        if (Eq is { } eq)
        {
            var units = ToUnits(eq);
            predicate = predicate.And(amount => amount == units);
        }

        if (Neq is { } neq)
        {
            var units = ToUnits(neq);
            predicate = predicate.And(amount => amount != units);
        }

        if (In is { } included)
        {
            var units = included.Select(ToUnits).ToList();
            predicate = predicate.And(amount => units.Contains(amount));
        }

        if (Gt is { } gt)
        {
            var units = ToUnits(gt);
            predicate = predicate.And(amount => amount > units);
        }

        if (Gte is { } gte)
        {
            var units = ToUnits(gte);
            predicate = predicate.And(amount => amount >= units);
        }

        if (Lt is { } lt)
        {
            var units = ToUnits(lt);
            predicate = predicate.And(amount => amount < units);
        }

        if (Lte is { } lte)
        {
            var units = ToUnits(lte);
            predicate = predicate.And(amount => amount <= units);
        }

        return predicate;
    }

    private static long ToUnits(decimal yuan)
    {
        try
        {
            return MoneyUnits.FromYuan(yuan);
        }
        catch (Exception exception) when (exception is ArgumentOutOfRangeException or OverflowException)
        {
            throw new BadUserInputError($"Amount {yuan} cannot be compared: amounts are 元 with at most four decimals.");
        }
    }
}
