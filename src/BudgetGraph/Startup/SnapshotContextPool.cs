using System.Collections.Concurrent;
using BudgetGraph.Data;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Startup;

/// <summary>
/// The contexts of ended snapshots, kept for the next requests: a context is built once and serves request after
/// request (its connection closed, its transaction released and its tracker cleared in between), as EF's own context
/// pool does for the resolvers' contexts. A request's snapshot made a context of its own before; on PostgreSQL that was
/// about a tenth of the API's CPU per breakdown (bench/RESULTS.md, session 9). On PostgreSQL only (<paramref name="reuse"/>):
/// a SQLite connection keeps its file open and may keep a lock after a cancelled read, and the file may be replaced
/// under a running server, so there each snapshot still has a context of its own.
/// </summary>
public sealed class SnapshotContextPool(DbContextOptions<BudgetDbContext> options, bool reuse)
{
    /// <summary>More idle contexts than this are disposed: a burst of requests does not keep its contexts forever.</summary>
    private const int MaxIdle = 64;

    private readonly ConcurrentQueue<SnapshotDbContext> _idle = new();
    private int _count;

    public SnapshotDbContext Rent()
    {
        if (!reuse || !_idle.TryDequeue(out var context))
            return new SnapshotDbContext(options);
        Interlocked.Decrement(ref _count);
        return context;
    }

    /// <summary>
    /// Takes back a snapshot's context, its transaction released and ended: its connection is closed here. A context that
    /// cannot be put back in that state (a connection that fails to close) is disposed instead.
    /// </summary>
    public async ValueTask ReturnAsync(SnapshotDbContext context)
    {
        if (!reuse)
        {
            await context.CloseAsync();
            return;
        }

        try
        {
            await context.Database.CloseConnectionAsync();
            context.ChangeTracker.Clear();
        }
        catch
        {
            await context.CloseAsync();
            throw;
        }

        if (Interlocked.Increment(ref _count) <= MaxIdle)
        {
            _idle.Enqueue(context);
            return;
        }

        Interlocked.Decrement(ref _count);
        await context.CloseAsync();
    }
}
