using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace BudgetGraph.Http;

/// <summary>
/// Caps every database command at the request timeout. Npgsql stops a command when the request's token is
/// cancelled, but Microsoft.Data.Sqlite does not while it waits for a lock: it retries until the command timeout
/// (30 s by default). With the cap a blocked SQLite command gives up when the request does, and the handler answers
/// REQUEST_TIMEOUT instead of holding the connection for the full default.
/// </summary>
internal sealed class CommandTimeoutInterceptor(IOptions<GraphQLHttpOptions> options) : DbCommandInterceptor
{
    private readonly int _seconds = SecondsFor(options.Value);

    /// <summary>Whole seconds (the unit of DbCommand.CommandTimeout), rounded up so a command never ends before its request.</summary>
    public static int SecondsFor(GraphQLHttpOptions options) => Math.Max(1, (int)Math.Ceiling(options.RequestTimeoutSeconds));

    public override DbCommand CommandInitialized(CommandEndEventData eventData, DbCommand result)
    {
        if (result.CommandTimeout == 0 || result.CommandTimeout > _seconds)
            result.CommandTimeout = _seconds;
        return result;
    }
}
