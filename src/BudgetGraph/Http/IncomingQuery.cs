using GraphQL.Transport;

namespace BudgetGraph.Http;

/// <summary>
/// A request that was read: its query's hash (sent as a persisted query, or computed from the text) and the text,
/// which is null when only a hash this process does not know was sent.
/// </summary>
internal sealed record IncomingQuery(GraphQLRequest Request, string Hash, string? Query);
