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
        Description = $"A page of {nodeName} items (Relay cursor connection).";
        AddField(new FieldType
        {
            Name = "edges",
            Description = "The items of this page with their cursors.",
            ResolvedType = new NonNullGraphType(new ListGraphType(new NonNullGraphType(new EdgeGraphType<TNodeType, TNode>(nodeName)))),
            Resolver = new FuncFieldResolver<Connection<TNode>, object>(context => context.Source.Edges),
        });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeType>>>>("nodes")
            .Description("The items of this page.")
            .Resolve(context => context.Source.Edges.Select(edge => edge.Node).ToList());
        Field<NonNullGraphType<PageInfoType>>("pageInfo")
            .Description("Whether more pages exist, and the cursors of this page's ends.")
            .Resolve(context => context.Source.PageInfo);
        Field<NonNullGraphType<IntGraphType>>("totalCount")
            .Description("Number of items matching the filter, over all pages.")
            .ResolveAsync(async context => await context.Source.CountAsync(context.CancellationToken));
    }
}
