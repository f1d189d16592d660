using BudgetGraph.Data;
using BudgetGraph.Data.Entities;
using BudgetGraph.Data.Values;
using BudgetGraph.GraphQL.BudgetLines;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.GraphQL.Breakdowns;

/// <summary>
/// Reads the lines an aggregation adds up, in one query: lines of one kind (so each view counts money once), of one
/// year and stage, matching the filter, from the documents that count (<see cref="QueryRules.Counts"/>: a unit-scope
/// document only where its department published none of that year and stage).
/// </summary>
public static class LineFacts
{
    public static Task<List<LineFact>> LoadAsync(
        BudgetDbContext db, LineKind kind, int year, BudgetStage stage, BudgetLineFilter? where, CancellationToken cancellationToken) =>
        LoadAsync(db, kind, year, year, stage, where, cancellationToken);

    /// <summary>The lines of every year from <paramref name="fromYear"/> to <paramref name="toYear"/>, in one query.</summary>
    public static Task<List<LineFact>> LoadAsync(
        BudgetDbContext db, LineKind kind, int fromYear, int toYear, BudgetStage stage, BudgetLineFilter? where, CancellationToken cancellationToken) =>
        // One year is an equality, not a range, so the (Year, Stage, Kind, DepartmentId) index is used on all four columns.
        LoadAsync(db, fromYear == toYear
            ? db.BudgetLines.Where(l => l.Kind == kind && l.Year == fromYear && l.Stage == stage)
            : db.BudgetLines.Where(l => l.Kind == kind && l.Year >= fromYear && l.Year <= toYear && l.Stage == stage), where, cancellationToken);

    /// <summary>Both years of a comparison of one stage in one query: the index is sought once per year.</summary>
    public static Task<List<LineFact>> LoadTwoYearsAsync(
        BudgetDbContext db, LineKind kind, int year, int otherYear, BudgetStage stage, BudgetLineFilter? where, CancellationToken cancellationToken) =>
        LoadAsync(db, db.BudgetLines.Where(l => l.Kind == kind && (l.Year == year || l.Year == otherYear) && l.Stage == stage), where, cancellationToken);

    private static async Task<List<LineFact>> LoadAsync(BudgetDbContext db, IQueryable<BudgetLine> lines, BudgetLineFilter? where, CancellationToken cancellationToken)
    {
        var facts = Counted(db, lines.AsNoTracking(), where).Select(c => new LineFact(
            c.Line.Year,
            c.OwnerId, c.Line.DocumentId, c.Line.FunctionalCode, c.Line.EconomicDepartmentCode, c.Line.EconomicGovernmentCode,
            c.Line.ExpenditureType, c.Line.FundingSource, c.Line.Marker, c.Line.Amount, c.Line.Source));
        return await facts.ToListAsync(cancellationToken);
    }

    /// <summary>The lines that count (matching the filter, from documents of department scope or standing alone), each with the department whose document it is.</summary>
    public static IQueryable<CountedLine> Counted(BudgetDbContext db, IQueryable<BudgetLine> lines, BudgetLineFilter? where)
    {
        if (where is not null)
            lines = lines.Where(where.ToPredicate(db));
        return QueryRules.Expand(
            from line in lines
            join document in db.Documents on line.DocumentId equals document.Id
            join owner in db.Departments on document.DepartmentId equals owner.Id
            where QueryRules.Counts(db, document, owner)
            select new CountedLine { Line = line, OwnerId = document.DepartmentId });
    }
}
