using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BudgetGraph.QueryBenchmark;

/// <summary>Records every SQL statement the API sends, with its parameter values, so its query plan can be asked for.</summary>
public sealed class SqlLog : DbCommandInterceptor
{
    private readonly ConcurrentQueue<SqlStatement> _statements = new();

    public bool Enabled { get; set; }

    public IReadOnlyList<SqlStatement> Take()
    {
        var taken = new List<SqlStatement>();
        while (_statements.TryDequeue(out var statement))
            taken.Add(statement);
        return taken;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Record(command);
        return base.ReaderExecuting(command, eventData, result);
    }

    private void Record(DbCommand command)
    {
        if (Enabled)
            _statements.Enqueue(new SqlStatement(command.CommandText, command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, p.Value)).ToList()));
    }
}

/// <summary>One statement as sent: its text and parameter values.</summary>
public sealed record SqlStatement(string Sql, IReadOnlyList<(string Name, object? Value)> Parameters);
