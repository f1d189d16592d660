using GraphQL.Types;
using GraphQL.Types.Relay.DataObjects;

namespace BudgetGraph.GraphQL.Common.Paging;

/// <summary>XxxEdge: a node with its opaque cursor.</summary>
public sealed class EdgeGraphType<TNodeType, TNode> : ObjectGraphType<Edge<TNode>>
    where TNodeType : IGraphType
{
    public EdgeGraphType(string nodeName)
    {
        Name = nodeName + "Edge";
        Description = $"分页条目 — an edge of a {nodeName} connection: the node and the cursor to continue after it.";
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("游标: opaque cursor; pass it to after/before.").Resolve(context => context.Source.Cursor);
        Field<NonNullGraphType<TNodeType>>("node").Description("节点: the item.").Resolve(context => context.Source.Node);
    }
}
