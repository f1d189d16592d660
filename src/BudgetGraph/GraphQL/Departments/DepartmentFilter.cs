using System.Linq.Expressions;
using BudgetGraph.Data.Entities;
using BudgetGraph.Data.Values;
using BudgetGraph.GraphQL.Common.Filtering;

namespace BudgetGraph.GraphQL.Departments;

/// <summary>DepartmentFilterInput: fields ANDed, plus and/or lists.</summary>
public sealed class DepartmentFilter
{
    /// <summary>The and/or branches under this filter, nested ones counted (set as the input is read).</summary>
    internal int Branches { get; set; }

    public List<DepartmentFilter>? And { get; set; }

    public List<DepartmentFilter>? Or { get; set; }

    public StringOperationFilter? Name { get; set; }

    public StringOperationFilter? Code { get; set; }

    public StringOperationFilter? Region { get; set; }

    public EnumOperationFilter<Scope>? Scope { get; set; }

    /// <summary>Whether the filter says anything about scope; if not, departments lists departments only.</summary>
    public bool MentionsScope => Scope is not null || (And ?? []).Any(f => f.MentionsScope) || (Or ?? []).Any(f => f.MentionsScope);

    public Expression<Func<Department, bool>> ToPredicate()
    {
        var parts = new List<Expression<Func<Department, bool>>>();
        if (Name is not null)
            parts.Add(Name.ToPredicate().On<Department, string?>(d => d.Name));
        if (Code is not null)
            parts.Add(Code.ToPredicate().On<Department, string?>(d => d.Code));
        if (Region is not null)
            parts.Add(Region.ToPredicate().On<Department, string?>(d => d.RegionCode));
        if (Scope is not null)
            parts.Add(Scope.ToPredicate().On<Department, Data.Values.Scope?>(d => d.Scope));
        if (And is not null)
            parts.AddRange(And.Select(f => f.ToPredicate()));
        if (Or is not null)
            parts.Add(Predicate.Any(Or.Select(f => f.ToPredicate()).ToList()));
        return Predicate.All(parts);
    }
}
