using BudgetGraph.Data.Values;
using Microsoft.Data.Sqlite;

namespace BudgetGraph.QueryBenchmark;

/// <summary>
/// What a developer would write by hand for "compare one department's spending by 款 between two budget years": one
/// statement that sums the expenditure lines of the department and its units by 款 for both years and labels each 款
/// with its name of the compared year (else of the base year), read through Microsoft.Data.Sqlite.
/// </summary>
public sealed class HandWrittenCompare(string databasePath)
{
    public const string Sql = """
        WITH sums AS (
            SELECT substr(l.FunctionalCode, 1, 5) AS Code,
                   SUM(CASE WHEN l.Year = $base THEN l.Amount END) AS Base,
                   SUM(CASE WHEN l.Year = $year THEN l.Amount END) AS Current
            FROM BudgetLines AS l
            WHERE l.DepartmentId IN (SELECT d.Id FROM Departments AS d WHERE d.Id = $department OR d.ParentId = $department)
              AND l.Year IN ($base, $year) AND l.Stage = 'Budget' AND l.Kind = 'Expenditure'
            GROUP BY substr(l.FunctionalCode, 1, 5))
        SELECT s.Code, COALESCE(n.Name, b.Name, s.Code), s.Base, s.Current
        FROM sums AS s
        LEFT JOIN ClassificationNodes AS n ON n.Scheme = 'Functional' AND n.Year = $year AND n.Code = s.Code
        LEFT JOIN ClassificationNodes AS b ON b.Scheme = 'Functional' AND b.Year = $base AND b.Code = s.Code
        ORDER BY s.Code
        """;

    private readonly string _connectionString = new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly }.ToString();

    public async Task<List<ComparisonAnswer>> RunAsync(string departmentId, int baseYear, int year)
    {
        // A pooled connection per call, as the API's context pool gives each resolver one.
        await using var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = Sql;
        command.Parameters.AddWithValue("$department", departmentId);
        command.Parameters.AddWithValue("$base", baseYear);
        command.Parameters.AddWithValue("$year", year);
        var rows = new List<ComparisonAnswer>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            rows.Add(new ComparisonAnswer(reader.GetString(0), reader.GetString(1), Yuan(reader, 2), Yuan(reader, 3)));
        return rows;
    }

    private static decimal? Yuan(SqliteDataReader reader, int column) => reader.IsDBNull(column) ? null : Money.ToYuan(reader.GetInt64(column));
}
