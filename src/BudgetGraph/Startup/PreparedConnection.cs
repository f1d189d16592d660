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

    /// <summary>The prepared command for the text of <paramref name="command"/>, with its parameter values and timeout.</summary>
    public SqliteCommand Bind(DbCommand command)
    {
        if (!_commands.TryGetValue(command.CommandText, out var prepared))
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
