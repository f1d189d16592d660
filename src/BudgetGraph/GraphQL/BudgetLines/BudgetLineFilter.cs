using System.Linq.Expressions;
using BudgetGraph.Data;
using BudgetGraph.Data.Entities;
using BudgetGraph.Data.Rollups;
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
            parts.Add(DepartmentPredicate(db, Department).On<BudgetLine, string>(l => l.DepartmentId));
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
    /// The same filter on the rollup of a dimension and level (<see cref="LineRollup"/>), where it names only what rollups
    /// are keyed by: year, stage, department, region, and the dimension's own code as a prefix no longer than the level's
    /// (<c>functional: {startsWith: "201"}</c> at 类 or 款). Null where it names anything else — another dimension, the
    /// kind, a finer code, an amount: those lines are read and grouped instead.
    /// </summary>
    public Expression<Func<LineRollup, bool>>? ToRollupPredicate(BudgetDbContext db, Dimension dimension, int level)
    {
        var parts = new List<Expression<Func<LineRollup, bool>>>();
        if (Kind is not null || ExpenditureType is not null || FundingSource is not null || Amount is not null)
            return null;
        var ownCode = dimension switch
        {
            Dimension.Functional => (Own: Functional, Others: new[] { EconomicDepartment, EconomicGovernment }),
            Dimension.EconomicDepartment => (Own: EconomicDepartment, Others: new[] { Functional, EconomicGovernment }),
            Dimension.EconomicGovernment => (Own: EconomicGovernment, Others: new[] { Functional, EconomicDepartment }),
            _ => (Own: null, Others: new[] { Functional, EconomicDepartment, EconomicGovernment }),
        };
        if (ownCode.Others.Any(o => o is not null))
            return null;
        if (ownCode.Own is { } code)
        {
            if (code is not { Eq: null, Neq: null, In: null, Nin: null, Contains: null, StartsWith: { } prefix } || prefix.Length > LineRollups.CodeLength(dimension, level))
                return null;
            parts.Add(code.ToPredicate().On<LineRollup, string?>(r => r.Code));
        }

        if (Year is not null)
            parts.Add(Year.ToPredicate().On<LineRollup, int>(r => r.Year));
        if (Stage is not null)
            parts.Add(Stage.ToPredicate().On<LineRollup, BudgetStage?>(r => r.Stage));
        if (Department is not null)
            parts.Add(DepartmentPredicate(db, Department).On<LineRollup, string>(r => r.DepartmentId));
        if (Region is not null)
        {
            var inRegion = Region.ToPredicate().On<Department, string?>(d => d.RegionCode);
            parts.Add(r => db.Departments.Where(inRegion).Any(d => d.Id == r.DepartmentId));
        }

        foreach (var branch in And ?? [])
        {
            if (branch.ToRollupPredicate(db, dimension, level) is not { } predicate)
                return null;
            parts.Add(predicate);
        }

        if (Or is not null)
        {
            var branches = Or.Select(f => f.ToRollupPredicate(db, dimension, level)).ToList();
            if (branches.Any(b => b is null))
                return null;
            parts.Add(Predicate.Any(branches!));
        }

        return Predicate.All(parts);
    }

    /// <summary>
    /// A department id selects the department's own lines and its units' lines; neq/nin exclude both. The owners are an
    /// IN (subquery) list, so the database seeks the lines' department index for each of them; an OR with a correlated
    /// subquery would make it test every line of the year, i.e. read every other department's lines too.
    /// </summary>
    private static Expression<Func<string, bool>> DepartmentPredicate(BudgetDbContext db, IdOperationFilter filter)
    {
        Expression<Func<string, bool>> BelongsTo(Expression<Func<string?, bool>> ids)
        {
            var owners = db.Departments.Where(ids.On<Department, string?>(d => d.Id).Or(ids.On<Department, string?>(d => d.ParentId))).Select(d => d.Id);
            return id => owners.Contains(id);
        }

        var predicate = Predicate.True<string>();
        if (filter.Included() is { } included)
            predicate = predicate.And(BelongsTo(included));
        if (filter.Excluded() is { } excluded)
            predicate = predicate.And(BelongsTo(excluded).Not());
        return predicate;
    }
}
