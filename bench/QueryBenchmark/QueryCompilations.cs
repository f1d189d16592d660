using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BudgetGraph.QueryBenchmark;

/// <summary>
/// Counts LINQ queries EF Core compiles (its query cache missed): after warm-up a request should compile none, since
/// compiling costs milliseconds where running a small indexed statement costs tens of microseconds.
/// </summary>
public sealed class QueryCompilations : IQueryExpressionInterceptor
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public Expression QueryCompilationStarting(Expression queryExpression, QueryExpressionEventData eventData)
    {
        Interlocked.Increment(ref _count);
        return queryExpression;
    }
}
