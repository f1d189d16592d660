using Microsoft.Data.Sqlite;

namespace BudgetGraph.QueryBenchmark;

/// <summary>
/// Runs the statements the API sent, as they were sent, straight through Microsoft.Data.Sqlite and reads every row:
/// the SQL part of a request's time, so the rest (EF Core materialisation, resolvers, GraphQL) can be told apart.
/// </summary>
public sealed class RawStatements(string databasePath, IReadOnlyList<SqlStatement> statements)
{
    private readonly string _connectionString = new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly }.ToString();

    public async Task RunAsync()
    {
        await using var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync();
        foreach (var statement in statements)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = statement.Sql;
            foreach (var (name, value) in statement.Parameters)
                command.Parameters.AddWithValue(name, value ?? DBNull.Value);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                for (var column = 0; column < reader.FieldCount; column++)
                    reader.GetValue(column);
            }
        }
    }
}
