using BudgetGraph.Data;

namespace BudgetGraph.Ingest.Packages;

/// <summary>
/// One CSV file of the data package: its Table Schema and its rows, read from the database in key order, streamed
/// and untracked, so the whole dataset never sits in memory.
/// </summary>
public abstract class TableResource
{
    /// <summary>The resource name, also its file name (<c>budget_lines</c> → <c>budget_lines.csv</c>).</summary>
    public abstract string Name { get; }

    public abstract string Title { get; }

    public abstract string Description { get; }

    public abstract IReadOnlyList<TableField> Fields { get; }

    public abstract IReadOnlyList<string> PrimaryKey { get; }

    public virtual IReadOnlyList<TableForeignKey> ForeignKeys => [];

    public abstract Task<long> CountAsync(BudgetDbContext db, CancellationToken cancellationToken);

    /// <summary>The rows, one cell per field in <see cref="Fields"/> order (null = empty cell).</summary>
    public abstract IAsyncEnumerable<string?[]> RowsAsync(BudgetDbContext db, CancellationToken cancellationToken);
}
