using GraphQL;

namespace BudgetGraph.Http;

/// <summary>
/// <c>extensions.persistedQuery</c> as Apollo clients send it: <c>{"version": 1, "sha256Hash": "&lt;hex&gt;"}</c>,
/// with or without the query text.
/// </summary>
internal sealed record PersistedQueryRequest(string Hash)
{
    /// <summary>The persisted query the extensions ask for; null when they ask for none.</summary>
    public static PersistedQueryRequest? From(Inputs? extensions)
    {
        if (extensions is null || !extensions.TryGetValue("persistedQuery", out var value) || value is null)
            return null;
        if (value is not IReadOnlyDictionary<string, object?> fields)
            throw new GraphQLRequestException("extensions.persistedQuery must be an object {\"version\": 1, \"sha256Hash\": \"...\"}.");
        if (!fields.TryGetValue("version", out var version) || !IsVersionOne(version))
            throw new GraphQLRequestException("Unsupported persisted query version: only version 1 is supported.");
        if (!fields.TryGetValue("sha256Hash", out var hash) || hash is not string text || !QueryHash.IsWellFormed(text))
            throw new GraphQLRequestException("extensions.persistedQuery.sha256Hash must be the 64 hex digits of the query's SHA-256.");
        return new PersistedQueryRequest(text.ToLowerInvariant());
    }

    /// <summary>Checks that a query sent along with its hash is the query the hash names.</summary>
    public void Verify(string query)
    {
        if (QueryHash.Of(query) != Hash)
            throw new GraphQLRequestException("extensions.persistedQuery.sha256Hash does not match the SHA-256 of the query text.");
    }

    // The JSON reader gives an integer as int, a larger one as long, a fraction as decimal or double.
    private static bool IsVersionOne(object? version) => version switch
    {
        int number => number == 1,
        long number => number == 1,
        decimal number => number == 1,
        double number => number == 1,
        _ => false,
    };
}
