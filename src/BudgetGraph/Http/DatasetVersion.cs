using System.Diagnostics;
using System.Globalization;
using BudgetGraph.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BudgetGraph.Http;

/// <summary>
/// What changes when the data changes: the number of documents and the latest Document.ImportedAt, which the
/// importer sets on every document it creates or replaces (a re-import of an unchanged file writes nothing, and
/// correctly changes nothing). Documents are never deleted, so the pair changes on every import that changes data.
/// Read at most once per <see cref="GraphQLHttpOptions.DatasetVersionCacheSeconds"/> per process, so cached GETs
/// under load do not each scan the documents (the import may run in another process, so nothing can tell us sooner).
/// </summary>
public sealed class DatasetVersion(IDbContextFactory<BudgetDbContext> contexts, IOptions<GraphQLHttpOptions> options)
{
    // Quoted names are the same on SQLite and PostgreSQL (EF creates them so on both); one row, one round trip.
    private const string Sql = """SELECT COUNT(*), MAX("ImportedAt") FROM "Documents" """;

    private readonly IDbContextFactory<BudgetDbContext> _contexts = contexts;
    private readonly GraphQLHttpOptions _options = options.Value;
    private volatile Reading? _last;

    public async Task<string> ReadAsync(CancellationToken cancellationToken)
    {
        var last = _last;
        if (last is not null && Stopwatch.GetElapsedTime(last.At).TotalSeconds < _options.DatasetVersionCacheSeconds)
            return last.Version;

        var at = Stopwatch.GetTimestamp();
        var version = await QueryAsync(cancellationToken);
        _last = new Reading(version, at);
        return version;
    }

    /// <summary>A plain command, so it is not counted among a query's SQL in tests; the interceptors do not see it, so it gets the request's cap here.</summary>
    private async Task<string> QueryAsync(CancellationToken cancellationToken)
    {
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = Sql;
        command.CommandTimeout = CommandTimeoutInterceptor.SecondsFor(_options);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var count = Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture);
        return count.ToString(CultureInfo.InvariantCulture) + "@" + Latest(reader.GetValue(1));
    }

    /// <summary>SQLite keeps the time as ISO text, PostgreSQL as timestamptz; ticks keep the sub-second part.</summary>
    private static string Latest(object value) => value switch
    {
        DateTime time => time.Ticks.ToString(CultureInfo.InvariantCulture),
        DateTimeOffset time => time.UtcTicks.ToString(CultureInfo.InvariantCulture),
        DBNull => "",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    private sealed record Reading(string Version, long At);
}
