using BudgetGraph.Data;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Startup;

/// <summary>
/// The one context of a request's <see cref="ReadSnapshot"/>: every resolver of the request gets it (fields run one
/// after another), and their using blocks leave it open — the snapshot closes it when the request ends. One context per
/// request instead of one per resolver keeps the snapshot as cheap as the pool it replaces.
/// </summary>
public sealed class SnapshotDbContext(DbContextOptions<BudgetDbContext> options) : BudgetDbContext(options)
{
    private bool _closing;

    // A resolver's using block ends here: the context stays open for the request's next reads (CA2215: on purpose,
    // base disposal happens once, in CloseAsync).
#pragma warning disable CA2215
    public override void Dispose()
    {
        if (_closing)
            base.Dispose();
    }

    public override ValueTask DisposeAsync() => _closing ? base.DisposeAsync() : default;
#pragma warning restore CA2215

    /// <summary>Disposes the context for real, at the end of the snapshot.</summary>
    public ValueTask CloseAsync()
    {
        _closing = true;
        return DisposeAsync();
    }
}
