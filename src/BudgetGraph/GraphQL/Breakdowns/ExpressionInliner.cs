using System.Linq.Expressions;

namespace BudgetGraph.GraphQL.Breakdowns;

/// <summary>Replaces parameters of an expression with other expressions, so one query's expression can be spliced into another's.</summary>
internal sealed class ExpressionInliner(Dictionary<ParameterExpression, Expression> replacements) : ExpressionVisitor
{
    /// <summary>The lambda's body with its parameters replaced, in order, by <paramref name="arguments"/>.</summary>
    public static Expression Inline(LambdaExpression lambda, IReadOnlyList<Expression> arguments) =>
        new ExpressionInliner(lambda.Parameters.Zip(arguments).ToDictionary(p => p.First, p => p.Second)).Visit(lambda.Body);

    protected override Expression VisitParameter(ParameterExpression node) =>
        replacements.TryGetValue(node, out var replacement) ? replacement : base.VisitParameter(node);
}
