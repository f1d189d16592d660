using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using BudgetGraph.Data;
using BudgetGraph.Data.Entities;
using BudgetGraph.Data.Rollups;
using BudgetGraph.Data.Values;
using BudgetGraph.GraphQL.BudgetLines;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace BudgetGraph.GraphQL.Breakdowns;

/// <summary>
/// The sums a breakdown or compare shows: where the filter names only what rollups are keyed by, the groups the importer
/// rolled the documents up in (<see cref="LineRollups"/>: printed subtotals already standing in for their rows); for any
/// other filter — one that can cut a subtotal's rows apart, so no printed subtotal stands in — one statement that reads
/// the same lines as <see cref="LineFacts"/> and sums them per document and group in SQL. Each group labelled. Each statement costs more in EF Core than the few
/// rows of a department it reads, so the subtotals and the labels are correlated subqueries, not statements of their own.
/// </summary>
public static class LineSums
{
    /// <param name="db">The context to query.</param>
    /// <param name="grouping">What the sums are grouped by.</param>
    /// <param name="year">A year to read.</param>
    /// <param name="otherYear">A second year to read in the same statement (compare), or null.</param>
    /// <param name="stage">The stage of the lines.</param>
    /// <param name="where">The query's line filter.</param>
    /// <param name="labelYear">The year whose names label the groups (else the nearest year's, as <see cref="DimensionLabels"/>).</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    public static Task<List<LineSum>> LoadAsync(
        BudgetDbContext db, DimensionGrouping grouping, int year, int? otherYear, BudgetStage stage, BudgetLineFilter? where, int labelYear,
        CancellationToken cancellationToken)
    {
        if (OneDepartment(where) is { } departmentId)
            return ForDepartmentAsync(db, departmentId, grouping, year, otherYear ?? year, stage, labelYear, cancellationToken);
        // One year is an equality, not a disjunction, so the indexes are sought on every column.
        return otherYear is { } other
            ? LoadAsync(db, grouping, r => r.Year == year || r.Year == other, l => l.Year == year || l.Year == other, stage, where, labelYear, cancellationToken)
            : LoadAsync(db, grouping, r => r.Year == year, l => l.Year == year, stage, where, labelYear, cancellationToken);
    }

    /// <summary>
    /// The sums of every year from <paramref name="fromYear"/> to <paramref name="toYear"/> (series), in one statement,
    /// unlabelled: a series labels its keys by the latest year with data, known only once they are read.
    /// </summary>
    public static Task<List<LineSum>> LoadRangeAsync(
        BudgetDbContext db, DimensionGrouping grouping, int fromYear, int toYear, BudgetStage stage, BudgetLineFilter? where, CancellationToken cancellationToken) =>
        LoadAsync(db, grouping, r => r.Year >= fromYear && r.Year <= toYear, l => l.Year >= fromYear && l.Year <= toYear, stage, where, null, cancellationToken);

    /// <summary>The rollup where the filter names only what it is keyed by, else the lines summed per document and group.</summary>
    private static Task<List<LineSum>> LoadAsync(
        BudgetDbContext db, DimensionGrouping grouping, Expression<Func<LineRollup, bool>> rollupYears, Expression<Func<BudgetLine, bool>> lineYears, BudgetStage stage,
        BudgetLineFilter? where, int? labelYear, CancellationToken cancellationToken)
    {
        var rollupFilter = where?.ToRollupPredicate(db, grouping.Dimension, grouping.Level);
        if (where is null || rollupFilter is not null)
            return FromRollupsAsync(db, grouping, rollupYears, stage, rollupFilter, labelYear, cancellationToken);
        var kind = grouping.Kind;
        var lines = db.BudgetLines.Where(l => l.Kind == kind && l.Stage == stage).Where(lineYears);
        var sums = Keyed(LineFacts.Counted(db, lines, where), grouping)
            .GroupBy(s => new { s.Year, s.DocumentId, s.OwnerId, s.Code, s.ExpenditureType, s.FundingSource })
            .Select(g => new LineSum
            {
                Year = g.Key.Year,
                DocumentId = g.Key.DocumentId,
                OwnerId = g.Key.OwnerId,
                Code = g.Key.Code,
                ExpenditureType = g.Key.ExpenditureType,
                FundingSource = g.Key.FundingSource,
                Amount = g.Sum(s => s.Amount),
            });
        return QueryRules.Expand(sums.Select(Completed(labelYear is { } year ? Label(db, grouping, year) : null))).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// A filter of what rollups are keyed by (<see cref="BudgetLineFilter.ToRollupPredicate"/>: departments, regions,
    /// years, the dimension's own code prefix): the groups the importer rolled the documents up in, with the unit-scope
    /// rule and the labels applied here, as for one department.
    /// </summary>
    private static Task<List<LineSum>> FromRollupsAsync(
        BudgetDbContext db, DimensionGrouping grouping, Expression<Func<LineRollup, bool>> years, BudgetStage stage, Expression<Func<LineRollup, bool>>? predicate, int? labelYear,
        CancellationToken cancellationToken)
    {
        var (dimension, level) = (grouping.Dimension, grouping.Level);
        var rollups = db.LineRollups.Where(r => r.Dimension == dimension && r.Level == level && r.Stage == stage).Where(years);
        if (predicate is not null)
            rollups = rollups.Where(predicate);
        var sums = _countedQuery(db, rollups);
        return QueryRules.Expand(sums.AsNoTracking().Select(Completed(labelYear is { } year ? Label(db, grouping, year) : null))).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// The common shape, one department (where: {department: {eq}}): its documents' groups read from the rollup the
    /// importer wrote (<see cref="LineRollups"/>: keys and printed subtotals applied per document), with the rules that
    /// depend on other documents applied here — a unit's document counts only where its parent department publishes
    /// none of the year and stage, and labels come from the nearest year's names. A compiled query: the LINQ pipeline
    /// (parameter extraction and cache lookup of a composed expression) costs more than the statement.
    /// </summary>
    private static async Task<List<LineSum>> ForDepartmentAsync(
        BudgetDbContext db, string departmentId, DimensionGrouping grouping, int year, int otherYear, BudgetStage stage, int labelYear,
        CancellationToken cancellationToken)
    {
        var sums = new List<LineSum>();
        var query = _compiled.GetValue(db.Model, _ => EF.CompileAsyncQuery(_forDepartment));
        var rows = query(db, departmentId, year, otherYear, stage, grouping.Dimension, grouping.Level, grouping.Scheme, labelYear);
        await foreach (var sum in rows.WithCancellation(cancellationToken))
            sums.Add(sum);
        return sums;
    }

    /// <summary>A compiled query is bound to the model it first ran with (tests host several, with other interceptors).</summary>
    private static readonly ConditionalWeakTable<IModel, Func<BudgetDbContext, string, int, int, BudgetStage, Dimension, int, ClassificationScheme?, int, IAsyncEnumerable<LineSum>>> _compiled = [];

    /// <summary>
    /// The rollup rows that count — a unit's document only where its parent department publishes none of the year and
    /// stage — summed per document and group: the one statement both rollup reads are made of (composed, and compiled
    /// into <see cref="_forDepartment"/>).
    /// </summary>
    private static readonly Expression<Func<BudgetDbContext, IQueryable<LineRollup>, IQueryable<LineSum>>> _counted = (db, rollups) =>
        from rollup in rollups
        join document in db.Documents on rollup.DocumentId equals document.Id
        join owner in db.Departments on document.DepartmentId equals owner.Id
        where QueryRules.Counts(db, document, owner)
        group rollup.Amount by new { rollup.Year, rollup.DocumentId, OwnerId = document.DepartmentId, rollup.Code, rollup.ExpenditureType, rollup.FundingSource, rollup.Printed } into g
        select new LineSum
        {
            Year = g.Key.Year,
            DocumentId = g.Key.DocumentId,
            OwnerId = g.Key.OwnerId,
            Code = g.Key.Code,
            ExpenditureType = g.Key.ExpenditureType,
            FundingSource = g.Key.FundingSource,
            Amount = g.Sum(),
            Printed = g.Key.Printed,
        };

    private static readonly Func<BudgetDbContext, IQueryable<LineRollup>, IQueryable<LineSum>> _countedQuery = QueryRules.Expand(_counted).Compile();

    private static readonly Expression<Func<BudgetDbContext, string, int, int, BudgetStage, Dimension, int, ClassificationScheme?, int, IQueryable<LineSum>>> _forDepartment = ForDepartment();

    /// <summary>
    /// The compiled query's expression: one department's rollup rows of the years, <see cref="_counted"/>, labelled with
    /// the dimension a parameter (a department's name, else the classification's name of the label year or the nearest).
    /// </summary>
    private static Expression<Func<BudgetDbContext, string, int, int, BudgetStage, Dimension, int, ClassificationScheme?, int, IQueryable<LineSum>>> ForDepartment()
    {
        Expression<Func<BudgetDbContext, string, int, int, BudgetStage, Dimension, int, IQueryable<LineRollup>>> rollups =
            (db, departmentId, year, otherYear, stage, dimension, level) => db.LineRollups.Where(r =>
                r.Dimension == dimension && r.Level == level && (r.Year == year || r.Year == otherYear) && r.Stage == stage
                && db.Departments.Where(d => d.Id == departmentId || d.ParentId == departmentId).Select(d => d.Id).Contains(r.DepartmentId));
        Expression<Func<LineSum, BudgetDbContext, Dimension, ClassificationScheme?, int, string?>> label = (s, db, dimension, scheme, labelYear) =>
            dimension == Dimension.Department
                ? db.Departments.Where(d => d.Id == s.OwnerId).Select(d => d.Name).FirstOrDefault()
                : QueryRules.NameNear(db, scheme, labelYear, s.Code);

        var db = rollups.Parameters[0];
        var dimension = rollups.Parameters[5];
        var scheme = Expression.Parameter(typeof(ClassificationScheme?), "scheme");
        var labelYear = Expression.Parameter(typeof(int), "labelYear");
        var counted = ExpressionInliner.Inline(_counted, [db, rollups.Body]);
        var labelled = Expression.Lambda<Func<LineSum, string?>>(
            new ExpressionInliner(new() { [label.Parameters[1]] = db, [label.Parameters[2]] = dimension, [label.Parameters[3]] = scheme, [label.Parameters[4]] = labelYear }).Visit(label.Body),
            label.Parameters[0]);
        var body = Expression.Call(typeof(EntityFrameworkQueryableExtensions), nameof(EntityFrameworkQueryableExtensions.AsNoTracking), [typeof(LineSum)],
            Expression.Call(typeof(Queryable), nameof(Queryable.Select), [typeof(LineSum), typeof(LineSum)], counted, Expression.Quote(Completed(labelled))));
        return QueryRules.Expand(Expression.Lambda<Func<BudgetDbContext, string, int, int, BudgetStage, Dimension, int, ClassificationScheme?, int, IQueryable<LineSum>>>(
            body, [.. rollups.Parameters, scheme, labelYear]));
    }

    /// <summary>The department of a filter that is exactly {department: {eq}}, else null.</summary>
    private static string? OneDepartment(BudgetLineFilter? where) =>
        where is
        {
            Department: { Eq: { } id, Neq: null, In: null, Nin: null }, And: null, Or: null, Year: null, Stage: null, Kind: null, Region: null,
            Functional: null, EconomicDepartment: null, EconomicGovernment: null, ExpenditureType: null, FundingSource: null, Amount: null
        }
            ? id
            : null;

    /// <summary>
    /// Each line with the columns of its group: the code prefix of the level, as <see cref="DimensionGrouping.KeyOf"/>;
    /// the same key expressions as the compiled query, with the dimension a parameter. The printed total row of a
    /// document has the empty code (PublishedSubtotal.Code), so DEPARTMENT groups carry "".
    /// </summary>
    private static IQueryable<LineSum> Keyed(IQueryable<CountedLine> lines, DimensionGrouping grouping)
    {
        var dimension = grouping.Dimension;
        var length = grouping.CodeLength;
        return lines.Select(c => new LineSum
        {
            Year = c.Line.Year,
            DocumentId = c.Line.DocumentId,
            OwnerId = c.OwnerId,
            Code = dimension == Dimension.Functional ? c.Line.FunctionalCode!.Substring(0, length)
                : dimension == Dimension.EconomicDepartment ? c.Line.Marker ?? c.Line.EconomicDepartmentCode!.Substring(0, length)
                : dimension == Dimension.EconomicGovernment ? c.Line.Marker ?? c.Line.EconomicGovernmentCode!.Substring(0, length)
                : dimension == Dimension.Department ? "" : null,
            ExpenditureType = dimension == Dimension.ExpenditureType ? c.Line.ExpenditureType : null,
            FundingSource = dimension == Dimension.FundingSource ? c.Line.FundingSource : null,
            Amount = c.Line.Amount,
        });
    }

    /// <summary>The group's name (<see cref="QueryRules.NameNear"/>); null where it labels keys in code.</summary>
    private static Expression<Func<LineSum, string?>>? Label(BudgetDbContext db, DimensionGrouping grouping, int year)
    {
        if (grouping.Dimension == Dimension.Department)
            return s => db.Departments.Where(d => d.Id == s.OwnerId).Select(d => d.Name).FirstOrDefault();
        if (grouping.Scheme is not { } scheme)
            return null;
        ClassificationScheme? schemeOrNull = scheme;
        return s => QueryRules.NameNear(db, schemeOrNull, year, s.Code);
    }

    /// <summary>s => new LineSum { …s, Label = label(s) }.</summary>
    private static Expression<Func<LineSum, LineSum>> Completed(Expression<Func<LineSum, string?>>? label)
    {
        Expression<Func<LineSum, string?, LineSum>> template = (s, name) => new LineSum
        {
            Year = s.Year,
            DocumentId = s.DocumentId,
            OwnerId = s.OwnerId,
            Code = s.Code,
            ExpenditureType = s.ExpenditureType,
            FundingSource = s.FundingSource,
            Amount = s.Amount,
            Printed = s.Printed,
            Label = name,
        };
        var sum = template.Parameters[0];
        var body = new ExpressionInliner(new()
        {
            [template.Parameters[1]] = label is null ? Expression.Constant(null, typeof(string)) : ExpressionInliner.Inline(label, [sum]),
        }).Visit(template.Body);
        return Expression.Lambda<Func<LineSum, LineSum>>(body, sum);
    }
}
