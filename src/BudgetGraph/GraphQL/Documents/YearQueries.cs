using BudgetGraph.Data;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.GraphQL.Documents;

/// <summary>Query.years.</summary>
public sealed class YearQueries(IDbContextFactory<BudgetDbContext> contexts) : IQueryFields
{
    /// <summary>
    /// The distinct years by a loose index scan: each step seeks the smallest year above the last one on
    /// IX_Documents_Year, so the cost grows with the number of years, not of documents (a plain DISTINCT reads all
    /// 100,000 documents of a national database). Plain SQL that SQLite and PostgreSQL both run.
    /// </summary>
    private const string DistinctYears = """
        WITH RECURSIVE years("Value") AS (
            SELECT MIN("Year") FROM "Documents"
            UNION ALL
            SELECT (SELECT MIN(d."Year") FROM "Documents" AS d WHERE d."Year" > years."Value") FROM years WHERE years."Value" IS NOT NULL)
        SELECT "Value" FROM years WHERE "Value" IS NOT NULL ORDER BY "Value"
        """;

    private readonly IDbContextFactory<BudgetDbContext> _contexts = contexts;

    public void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<IntGraphType>>>>("years")
            .Description("预算年度: fiscal years that have data, ascending.")
            .ResolveAsync(async context =>
            {
                await using var db = await _contexts.CreateDbContextAsync(context.CancellationToken);
                return await db.Database.SqlQueryRaw<int>(DistinctYears).ToListAsync(context.CancellationToken);
            });
}
