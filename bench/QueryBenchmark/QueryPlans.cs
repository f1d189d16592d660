using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace BudgetGraph.QueryBenchmark;

/// <summary>
/// EXPLAIN QUERY PLAN of statements as the API sent them (same parameter values), printed as SQLite's tree. A read of
/// BudgetLines that is a SCAN, or a SEARCH whose index constraint names neither the department nor the document,
/// reads other departments' lines (a whole year of them, say): the benchmark counts those as wide reads.
/// </summary>
public static partial class QueryPlans
{
    public static async Task<(string Text, int WideReads)> ExplainAsync(string databasePath, IEnumerable<SqlStatement> statements)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly }.ToString());
        await connection.OpenAsync();
        var text = new StringBuilder();
        var wideReads = 0;
        foreach (var (statement, index) in statements.Select((s, i) => (s, i + 1)))
        {
            text.Append("  -- statement ").Append(index).Append(": ").AppendLine(OneLine(statement.Sql));
            await using var command = connection.CreateCommand();
            command.CommandText = "EXPLAIN QUERY PLAN " + statement.Sql;
            foreach (var (name, value) in statement.Parameters)
                command.Parameters.AddWithValue(name, value ?? DBNull.Value);
            var aliases = LinesAlias().Matches(statement.Sql).Select(m => m.Groups["alias"].Value).Append("BudgetLines").ToHashSet(StringComparer.Ordinal);
            var depth = new Dictionary<long, int> { [0] = 0 };
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var (id, parent, detail) = (reader.GetInt64(0), reader.GetInt64(1), reader.GetString(3));
                depth[id] = depth.GetValueOrDefault(parent) + 1;
                var wide = IsWideReadOfLines(detail, aliases);
                text.Append(' ', 4 + (2 * depth[id])).Append(detail).AppendLine(wide ? "   <-- reads other departments' lines" : "");
                if (wide)
                    wideReads++;
            }
        }

        return (text.ToString(), wideReads);
    }

    private static bool IsWideReadOfLines(string detail, HashSet<string> aliases)
    {
        var words = detail.Split(' ');
        if (words.Length < 2 || !aliases.Contains(words[1]))
            return false;
        if (words[0] == "SCAN")
            return true;
        var constraint = detail.Contains('(', StringComparison.Ordinal) ? detail[detail.IndexOf('(', StringComparison.Ordinal)..] : "";
        return words[0] == "SEARCH" && !Restricting().IsMatch(constraint);
    }

    [GeneratedRegex("""FROM "BudgetLines" AS "(?<alias>\w+)"|JOIN "BudgetLines" AS "(?<alias>\w+)"|"BudgetLines" AS "(?<alias>\w+)"|BudgetLines AS (?<alias>\w+)""")]
    private static partial Regex LinesAlias();

    /// <summary>An index constraint that pins the department, the document or the line itself.</summary>
    [GeneratedRegex(@"\b(DepartmentId|DocumentId|Id)=")]
    private static partial Regex Restricting();

    private static string OneLine(string sql)
    {
        var flat = string.Join(' ', sql.Split((char[])['\n', '\r'], StringSplitOptions.RemoveEmptyEntries).Select(l => l.Trim()));
        return flat.Length > 160 ? flat[..160] + " …" : flat;
    }
}
