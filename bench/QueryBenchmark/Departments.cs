using Microsoft.Data.Sqlite;

namespace BudgetGraph.QueryBenchmark;

/// <summary>How many departments (scope DEPARTMENT) a database holds, for the report.</summary>
public static class Departments
{
    public static async Task<long> CountAsync(string databasePath)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM Departments WHERE Scope = 'Department'";
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
