using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace BudgetGraph.Startup;

/// <summary>
/// One open SQLite connection of <see cref="SqlitePreparedStatements"/> and its prepared commands by SQL text, used
/// by one query at a time. When it holds its limit of statements, it forgets them all and starts again: a simple
/// bound that keeps the API's own few dozen statements prepared whatever filters users send.
/// </summary>
internal sealed class PreparedConnection : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);
    private readonly int _limit;

    public PreparedConnection(string connectionString, int limit, long fileCreated)
    {
        FileCreated = fileCreated;
        _connection = new SqliteConnection(connectionString);
        _connection.Open();
        _limit = limit;
    }

    /// <summary>The creation time (ticks) of the database file when this connection opened it.</summary>
    public long FileCreated { get; }

    /// <summary>A statement failed on it: it may be in any state, so it is closed rather than kept.</summary>
    public bool Failed { get; set; }

    /// <summary>The read transaction of the request that holds this connection; null between requests.</summary>
    private SqliteTransaction? _snapshot;

    /// <summary>Begins a deferred read transaction: the snapshot is taken at its first read.</summary>
    public PreparedConnection BeginSnapshot()
    {
        _snapshot = _connection.BeginTransaction(deferred: true);
        return this;
    }

    /// <summary>Ends the read transaction (nothing to commit).</summary>
    public void EndSnapshot()
    {
        _snapshot?.Dispose();
        _snapshot = null;
    }

    /// <summary>
    /// The prepared command for the text of <paramref name="command"/>, with its parameter values and timeout;
    /// <paramref name="created"/> when this connection had none for that text yet (it is prepared as it runs).
    /// </summary>
    public SqliteCommand Bind(DbCommand command, out bool created)
    {
        created = !_commands.TryGetValue(command.CommandText, out var prepared);
        if (prepared is null)
        {
            if (_commands.Count >= _limit)
                Forget();
            prepared = _connection.CreateCommand();
            prepared.CommandText = command.CommandText;
            _commands.Add(command.CommandText, prepared);
        }

        prepared.Parameters.Clear();
        foreach (SqliteParameter parameter in command.Parameters)
        {
            prepared.Parameters.Add(new SqliteParameter(parameter.ParameterName, parameter.SqliteType)
            {
                Value = parameter.Value,
                Size = parameter.Size,
            });
        }

        prepared.CommandTimeout = command.CommandTimeout;
        prepared.Transaction = _snapshot;
        return prepared;
    }

    public void Dispose()
    {
        Forget();
        _connection.Dispose();
    }

    private void Forget()
    {
        foreach (var command in _commands.Values)
            command.Dispose();
        _commands.Clear();
    }
}
