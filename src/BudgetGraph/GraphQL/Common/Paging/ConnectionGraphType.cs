using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQL.Types.Relay;

namespace BudgetGraph.GraphQL.Common.Paging;

/// <summary>
/// XxxConnection in the shape HotChocolate users know: edges { cursor node }, nodes, pageInfo, totalCount.
/// (GraphQL.NET's own ConnectionType calls the node list "items"; the contract says "nodes".)
/// </summary>
public abstract class ConnectionGraphType<TNodeType, TNode> : ObjectGraphType<Connection<TNode>>
    where TNodeType : IGraphType
{
    protected ConnectionGraphType(string nodeName)
    {
        Name = nodeName + "Connection";
        Description = $"分页列表 — a page of {nodeName} items (Relay cursor connection: edges, nodes, pageInfo, totalCount).";
        AddField(new FieldType
        {
            Name = "edges",
            Description = "条目: the items of this page with their cursors.",
            ResolvedType = new NonNullGraphType(new ListGraphType(new NonNullGraphType(new EdgeGraphType<TNodeType, TNode>(nodeName)))),
            Resolver = new FuncFieldResolver<Connection<TNode>, object>(context => context.Source.Edges),
        });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeType>>>>("nodes")
            .Description("节点: the items of this page.")
            .Resolve(context => context.Source.Edges.Select(edge => edge.Node).ToList());
        Field<NonNullGraphType<PageInfoType>>("pageInfo")
            .Description("分页信息: whether more pages exist, and the cursors of this page's ends.")
            .Resolve(context => context.Source.PageInfo);
        Field<NonNullGraphType<IntGraphType>>("totalCount")
            .Description("总数: number of items matching the filter, over all pages.")
            .ResolveAsync(async context => await context.Source.CountAsync(context.CancellationToken));
    }
}
