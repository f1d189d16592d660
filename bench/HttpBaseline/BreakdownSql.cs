using System.Data.Common;

namespace BudgetGraph.Bench.HttpBaseline;

/// <summary>
/// The hand-written SQL for a department's functional breakdown by 类: its own and its units' expenditure lines of
/// the year's budget, from documents of department scope, grouped by the first three digits of the code, with the
/// year's 类 names. (The API also substitutes printed subtotals where a document prints them differently from the sum
/// of its rows; on the documents the benchmark uses both agree, which run.sh checks.)
/// </summary>
internal static class BreakdownSql
{
    private const string Sql = """
        SELECT substr(l."FunctionalCode", 1, 3) AS code, n."Name", SUM(l."Amount")
        FROM "BudgetLines" l
        JOIN "Documents" d ON d."Id" = l."DocumentId"
        JOIN "Departments" o ON o."Id" = d."DepartmentId"
        LEFT JOIN "ClassificationNodes" n ON n."Scheme" = 'Functional' AND n."Year" = l."Year" AND n."Code" = substr(l."FunctionalCode", 1, 3)
        WHERE l."Kind" = 'Expenditure' AND l."Year" = @year AND l."Stage" = 'Budget' AND o."Scope" = 'Department'
          AND l."DepartmentId" IN (SELECT "Id" FROM "Departments" WHERE "Id" = @department OR "ParentId" = @department)
        GROUP BY substr(l."FunctionalCode", 1, 3), n."Name"
        ORDER BY code
        """;

    public static async Task<List<BaselineRow>> RunAsync(DbDataSource source, string department, int year, CancellationToken cancellationToken)
    {
        await using var command = source.CreateCommand(Sql);
        AddParameter(command, "department", department);
        AddParameter(command, "year", year);
        var groups = new List<(string Code, string Name, long Amount)>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
                groups.Add((reader.GetString(0), reader.IsDBNull(1) ? reader.GetString(0) : reader.GetString(1), reader.GetInt64(2)));
        }

        var total = groups.Sum(g => g.Amount);
        // Amounts are stored in 1/10,000 元; the query asks for 万元.
        return groups.ConvertAll(g => new BaselineRow(g.Code, g.Name, g.Amount / 100_000_000m, total == 0 ? 0 : (double)g.Amount / total));
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
