using System.Linq.Expressions;
using System.Reflection;
using BudgetGraph.Data;
using BudgetGraph.Data.Entities;
using BudgetGraph.Data.Values;

namespace BudgetGraph.GraphQL.Breakdowns;

/// <summary>
/// The aggregation rules that depend on other documents, applied at query time since a later import changes them, each
/// written once (the rules that depend on one document alone are applied at import: LineRollups). A query calls a
/// rule's marker method (<see cref="Counts"/>, <see cref="NameNear"/>) inside its expression and passes through
/// <see cref="Expand{T}(IQueryable{T})"/>, which splices the rule's expression in for EF Core to translate: the lines, the
/// rollup, the compiled one-department query and the series labels all read the same rule.
/// </summary>
public static class QueryRules
{
    /// <summary>
    /// A unit-scope document (单位预算) restates money its department's document already holds (API.md), so it counts only
    /// where its department published no document of that year and stage — a unit budget that stands alone.
    /// </summary>
    private static readonly Expression<Func<BudgetDbContext, Document, Department, bool>> _counts = (db, document, owner) =>
        owner.Scope == Scope.Department
        || !db.Documents.Any(d => d.DepartmentId == owner.ParentId && d.Year == document.Year && d.Stage == document.Stage);

    /// <summary>
    /// A code's name as published in the label year, else the nearest year's (the later of two as near). The label year's
    /// own name is one key seek and nearly always there; only a code missing from it pays for sorting its years
    /// (COALESCE evaluates its second subquery only when the first is null, on both engines).
    /// </summary>
    private static readonly Expression<Func<BudgetDbContext, ClassificationScheme?, int, string?, string?>> _nameNear = (db, scheme, year, code) =>
        db.ClassificationNodes.Where(n => n.Scheme == scheme && n.Year == year && n.Code == code).Select(n => n.Name).FirstOrDefault()
        ?? db.ClassificationNodes.Where(n => n.Scheme == scheme && n.Code == code)
            .OrderBy(n => Math.Abs(n.Year - year)).ThenByDescending(n => n.Year).Select(n => n.Name).FirstOrDefault();

    private static readonly Dictionary<MethodInfo, LambdaExpression> _rules = new()
    {
        [typeof(QueryRules).GetMethod(nameof(Counts))!] = _counts,
        [typeof(QueryRules).GetMethod(nameof(NameNear))!] = _nameNear,
    };

    /// <summary>Whether a document of <paramref name="owner"/> counts in an aggregation (<see cref="_counts"/>); only inside an expanded query.</summary>
    public static bool Counts(BudgetDbContext db, Document document, Department owner) => throw Outside();

    /// <summary>The name a code is labelled with (<see cref="_nameNear"/>); only inside an expanded query.</summary>
    public static string? NameNear(BudgetDbContext db, ClassificationScheme? scheme, int year, string? code) => throw Outside();

    /// <summary>The query with every rule call replaced by the rule's expression.</summary>
    public static IQueryable<T> Expand<T>(IQueryable<T> query) => query.Provider.CreateQuery<T>(new Expander().Visit(query.Expression));

    /// <summary>The expression with every rule call replaced by the rule's expression (for a compiled query).</summary>
    public static Expression<TDelegate> Expand<TDelegate>(Expression<TDelegate> expression) => (Expression<TDelegate>)new Expander().Visit(expression);

    private static InvalidOperationException Outside() => new("a query rule is an expression for EF Core: call it inside a query passed through QueryRules.Expand");

    private sealed class Expander : ExpressionVisitor
    {
        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            if (!_rules.TryGetValue(node.Method, out var rule))
                return base.VisitMethodCall(node);
            var arguments = node.Arguments.Select(Visit).ToList();
            return Visit(ExpressionInliner.Inline(rule, arguments!));
        }
    }
}
