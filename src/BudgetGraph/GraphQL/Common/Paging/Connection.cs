using GraphQL.Types.Relay.DataObjects;

namespace BudgetGraph.GraphQL.Common.Paging;

/// <summary>One page of a Relay connection. The total is counted only when a client asks for it.</summary>
public sealed class Connection<T>(IReadOnlyList<Edge<T>> edges, PageInfo pageInfo, Func<CancellationToken, Task<int>> countAsync)
{
    public IReadOnlyList<Edge<T>> Edges { get; } = edges;

    public PageInfo PageInfo { get; } = pageInfo;

    public Task<int> CountAsync(CancellationToken cancellationToken) => countAsync(cancellationToken);
}
