using BudgetGraph.Data;
using GraphQL.Types.Relay.DataObjects;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.GraphQL.Common.Paging;

/// <summary>Cuts one page out of an ordered query: one query for the page, one more for the total only when asked.</summary>
public static class Paginator
{
    /// <param name="contexts">Opens a context for the page, and another one if the total is asked for later.</param>
    /// <param name="query">The filtered query with a total order (its last key is the id), so positions are stable.</param>
    public static async Task<Connection<T>> PageAsync<T>(
        IDbContextFactory<BudgetDbContext> contexts, Func<BudgetDbContext, IQueryable<T>> query, PageRequest page, CancellationToken cancellationToken)
    {
        async Task<int> CountAsync(CancellationToken token)
        {
            await using var countContext = await contexts.CreateDbContextAsync(token);
            return await query(countContext).CountAsync(token);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var ordered = query(db);
        var start = page.AfterIndex + 1 ?? 0;
        if (page.Last is { } last)
        {
            var end = page.BeforeIndex ?? await ordered.CountAsync(cancellationToken);
            start = Math.Max(start, end - last);
            var items = await ordered.Skip(start).Take(Math.Max(0, end - start)).ToListAsync(cancellationToken);
            return Build(items, start, hasNext: page.BeforeIndex is not null, CountAsync);
        }

        var take = page.First ?? PageRequest.DefaultPageSize;
        if (page.BeforeIndex is { } before)
            take = Math.Max(0, Math.Min(take, before - start));
        // One extra row tells whether another page follows without counting.
        var rows = await ordered.Skip(start).Take(take + 1).ToListAsync(cancellationToken);
        var hasNext = rows.Count > take || page.BeforeIndex is not null;
        return Build(rows.Take(take).ToList(), start, hasNext, CountAsync);
    }

    private static Connection<T> Build<T>(List<T> items, int start, bool hasNext, Func<CancellationToken, Task<int>> count)
    {
        var edges = items.Select((item, offset) => new Edge<T> { Cursor = PageRequest.Encode(start + offset), Node = item }).ToList();
        var pageInfo = new PageInfo
        {
            HasNextPage = hasNext,
            HasPreviousPage = start > 0,
            StartCursor = edges.FirstOrDefault()?.Cursor,
            EndCursor = edges.LastOrDefault()?.Cursor,
        };
        return new Connection<T>(edges, pageInfo, count);
    }
}
