using System.Linq.Expressions;
using BudgetGraph.Data.Entities;
using BudgetGraph.Data.Values;
using BudgetGraph.GraphQL.Common.Filtering;

namespace BudgetGraph.GraphQL.Documents;

/// <summary>DocumentFilterInput: all given fields must hold.</summary>
public sealed class DocumentFilter
{
    public IntOperationFilter? Year { get; set; }

    public EnumOperationFilter<BudgetStage>? Stage { get; set; }

    public IdOperationFilter? Department { get; set; }

    public StringOperationFilter? Sha256 { get; set; }

    public Expression<Func<Document, bool>> ToPredicate()
    {
        var parts = new List<Expression<Func<Document, bool>>>();
        if (Year is not null)
            parts.Add(Year.ToPredicate().On<Document, int>(d => d.Year));
        if (Stage is not null)
            parts.Add(Stage.ToPredicate().On<Document, BudgetStage?>(d => d.Stage));
        if (Department is not null)
            parts.Add(Department.ToPredicate().On<Document, string?>(d => d.DepartmentId));
        if (Sha256 is not null)
            parts.Add(Sha256.ToPredicate().On<Document, string?>(d => d.Sha256));
        return Predicate.All(parts);
    }
}
