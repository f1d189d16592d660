using System.Linq.Expressions;
using BudgetGraph.Data;
using BudgetGraph.Data.Entities;
using BudgetGraph.Data.Values;
using BudgetGraph.GraphQL.Common.Filtering;

namespace BudgetGraph.GraphQL.BudgetLines;

/// <summary>BudgetLineFilterInput: fields ANDed, plus and/or lists. Translates to one SQL WHERE clause.</summary>
public sealed class BudgetLineFilter
{
    /// <summary>The and/or branches under this filter, nested ones counted (set as the input is read).</summary>
    internal int Branches { get; set; }

    public List<BudgetLineFilter>? And { get; set; }

    public List<BudgetLineFilter>? Or { get; set; }

    public IntOperationFilter? Year { get; set; }

    public EnumOperationFilter<BudgetStage>? Stage { get; set; }

    public EnumOperationFilter<LineKind>? Kind { get; set; }

    public IdOperationFilter? Department { get; set; }

    public StringOperationFilter? Region { get; set; }

    public StringOperationFilter? Functional { get; set; }

    public StringOperationFilter? EconomicDepartment { get; set; }

    public StringOperationFilter? EconomicGovernment { get; set; }

    public EnumOperationFilter<ExpenditureType>? ExpenditureType { get; set; }

    public EnumOperationFilter<FundingSource>? FundingSource { get; set; }

    public DecimalOperationFilter? Amount { get; set; }

    /// <param name="db">The context the query runs in: department and region conditions are subqueries on it.</param>
    public Expression<Func<BudgetLine, bool>> ToPredicate(BudgetDbContext db)
    {
        var parts = new List<Expression<Func<BudgetLine, bool>>>();
        if (Year is not null)
            parts.Add(Year.ToPredicate().On<BudgetLine, int>(l => l.Year));
        if (Stage is not null)
            parts.Add(Stage.ToPredicate().On<BudgetLine, BudgetStage?>(l => l.Stage));
        if (Kind is not null)
            parts.Add(Kind.ToPredicate().On<BudgetLine, LineKind?>(l => l.Kind));
        if (Department is not null)
            parts.Add(DepartmentPredicate(db, Department));
        if (Region is not null)
        {
            var inRegion = Region.ToPredicate().On<Department, string?>(d => d.RegionCode);
            parts.Add(l => db.Departments.Where(inRegion).Any(d => d.Id == l.DepartmentId));
        }

        if (Functional is not null)
            parts.Add(Functional.ToPredicate().On<BudgetLine, string?>(l => l.FunctionalCode));
        if (EconomicDepartment is not null)
            parts.Add(EconomicDepartment.ToPredicate().On<BudgetLine, string?>(l => l.EconomicDepartmentCode));
        if (EconomicGovernment is not null)
            parts.Add(EconomicGovernment.ToPredicate().On<BudgetLine, string?>(l => l.EconomicGovernmentCode));
        if (ExpenditureType is not null)
            parts.Add(ExpenditureType.ToPredicate().On<BudgetLine, Data.Values.ExpenditureType?>(l => l.ExpenditureType));
        if (FundingSource is not null)
            parts.Add(FundingSource.ToPredicate().On<BudgetLine, Data.Values.FundingSource?>(l => l.FundingSource));
        if (Amount is not null)
            parts.Add(Amount.ToAmountPredicate().On<BudgetLine, long>(l => l.Amount));
        if (And is not null)
            parts.AddRange(And.Select(f => f.ToPredicate(db)));
        if (Or is not null)
            parts.Add(Predicate.Any(Or.Select(f => f.ToPredicate(db)).ToList()));
        return Predicate.All(parts);
    }

    /// <summary>
    /// A department id selects the department's own lines and its units' lines; neq/nin exclude both. The owners are an
    /// IN (subquery) list, so the database seeks the lines' department index for each of them; an OR with a correlated
    /// subquery would make it test every line of the year, i.e. read every other department's lines too.
    /// </summary>
    private static Expression<Func<BudgetLine, bool>> DepartmentPredicate(BudgetDbContext db, IdOperationFilter filter)
    {
        Expression<Func<BudgetLine, bool>> BelongsTo(Expression<Func<string?, bool>> ids)
        {
            var owners = db.Departments.Where(ids.On<Department, string?>(d => d.Id).Or(ids.On<Department, string?>(d => d.ParentId))).Select(d => d.Id);
            return l => owners.Contains(l.DepartmentId);
        }

        var predicate = Predicate.True<BudgetLine>();
        if (filter.Included() is { } included)
            predicate = predicate.And(BelongsTo(included));
        if (filter.Excluded() is { } excluded)
            predicate = predicate.And(BelongsTo(excluded).Not());
        return predicate;
    }
}
