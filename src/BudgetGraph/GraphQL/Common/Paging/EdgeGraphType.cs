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
        Description = $"An edge of a {nodeName} connection: the node and the cursor to continue after it.";
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("Opaque cursor; pass it to after/before.").Resolve(context => context.Source.Cursor);
        Field<NonNullGraphType<TNodeType>>("node").Description("The item.").Resolve(context => context.Source.Node);
    }
}
